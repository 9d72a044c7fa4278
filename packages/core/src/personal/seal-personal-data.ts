/**
 * Sealing on append: every personal field of a proposed event is replaced by an envelope
 * holding its ciphertext under the subject's current key, before the event reaches a store.
 * Call it between the decider and `EventStore.append`; the store then hashes only ciphertext.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { NonEmptyString, type ProposedEvent } from '../envelope.ts';
import type { EventCatalogue } from '../event-catalogue.ts';
import { nonJsonProblem } from '../leaf.ts';
import type { SealError } from './errors.ts';
import { sealFieldValue } from './field-cipher.ts';
import { collectPersonalFields, type PersonalFieldAt } from './field-walk.ts';
import { type JsonPath, replaceAtPaths, toPointer } from './json-path.ts';
import type { SubjectKey } from './key-material.ts';
import type { PersonalKeyStore } from './key-store.ts';
import { isErased } from './marking.ts';
import { findSealedFields, PERSONAL_MARKER, type SealedField } from './sealed-envelope.ts';

/**
 * The event with each personal field (as the catalogue's codec marks it) replaced by a
 * sealed envelope; the event itself when it has none (then the key store is not touched).
 *
 * Refuses, sealing nothing: data the catalogue does not accept (`DecodeError`, also for an
 * unknown type/version), a missing or empty subject id, a subject field that is itself
 * personal, data already holding `$personal`, an erased marker in a personal field, an erased
 * subject, and any key store failure. Deterministic: same event and keys, same bytes.
 *
 * @example
 * const sealed = await sealPersonalData(proposed, catalogue, keys);
 * if (isRight(sealed)) await store.append(sealed.right.streamId, [sealed.right]);
 *
 * @experimental
 */
export async function sealPersonalData(
  event: ProposedEvent,
  catalogue: EventCatalogue,
  keys: PersonalKeyStore,
): Promise<Either<SealError, ProposedEvent>> {
  const reserved = findSealedFields(event.data)[0];
  if (reserved) return left({ _tag: 'ReservedMarkerInData', pointer: `${reserved.pointer}/${PERSONAL_MARKER}` });
  const decoded = catalogue.decodeData(event.type, event.schemaVersion, event.data);
  if (isLeft(decoded)) return decoded;
  const definition = catalogue.definition(event.type, event.schemaVersion);
  const fields = definition ? collectPersonalFields(definition.codec, event.data) : [];
  if (fields.length === 0) return right(event);

  const problem = checkFields(fields);
  if (problem) return left(problem);

  const keyBySubject = new Map<string, SubjectKey>();
  for (const field of fields) {
    const subject = field.subject as string;
    if (keyBySubject.has(subject)) continue;
    const key = await keys.currentKey(subject);
    if (isLeft(key)) return key;
    keyBySubject.set(subject, key.right);
  }

  const replacements = fields.map((field) => {
    const key = keyBySubject.get(field.subject as string) as SubjectKey;
    const sealed: SealedField = {
      [PERSONAL_MARKER]: sealFieldValue(
        key.key,
        {
          subject: key.subject,
          keyId: key.keyId,
          streamId: event.streamId,
          type: event.type,
          occurredAt: event.metadata.occurredAt,
          pointer: field.pointer,
        },
        field.value,
      ),
    };
    return { path: field.path, value: sealed };
  });
  return right({ ...event, data: replaceAtPaths(event.data, replacements) as ProposedEvent['data'] });
}

/** The first reason the found fields cannot be sealed, or null. */
function checkFields(fields: readonly PersonalFieldAt[]): SealError | null {
  const personalPointers = new Set(fields.map((f) => f.pointer));
  for (const field of fields) {
    const { pointer, subjectField } = field;
    if (field.subjectPath === null || !NonEmptyString.is(field.subject)) {
      return { _tag: 'SubjectMissing', pointer, subjectField };
    }
    if (isPersonalPath(field.subjectPath, personalPointers))
      return { _tag: 'SubjectFieldIsPersonal', pointer, subjectField };
    if (isErased(field.value)) return { _tag: 'ErasedMarkerInData', pointer };
    const notJson = nonJsonProblem(field.value, pointer);
    if (notJson) {
      const where = notJson.path === pointer ? '' : ` (at ${notJson.path})`;
      return { _tag: 'PersonalValueNotJson', pointer, reason: `${notJson.reason}${where}` };
    }
  }
  return null;
}

/** True when `path` is, or lies inside, a personal field. */
function isPersonalPath(path: JsonPath, personalPointers: ReadonlySet<string>): boolean {
  for (let end = path.length; end > 0; end--) if (personalPointers.has(toPointer(path.slice(0, end)))) return true;
  return false;
}

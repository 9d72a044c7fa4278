/**
 * Reading sealed events: open envelopes with the key store (plaintext where the key exists,
 * the erased marker where the subject was erased), or hide them all without keys (the public
 * view). Neither needs the event catalogue: envelopes are found by their `$personal` key.
 * Open the event as recorded, before any upcaster moves fields: envelopes are bound to
 * their place.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type DecodeError, decodeWith } from '../decode-error.ts';
import type { EventCatalogue } from '../event-catalogue.ts';
import type { OpenError } from './errors.ts';
import { openFieldValue } from './field-cipher.ts';
import { type Replacement, replaceAtPaths } from './json-path.ts';
import type { SubjectKey } from './key-material.ts';
import type { KeyLookup, PersonalKeyStore } from './key-store.ts';
import type { ErasedPersonalData } from './marking.ts';
import { findSealedFields, PERSONAL_MARKER, SealedFieldBody } from './sealed-envelope.ts';

/** The parts of an event (proposed or recorded) that sealing and opening read. */
export interface SealableEvent {
  readonly streamId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: { readonly occurredAt: string };
}

/** Options of {@link openPersonalData}. */
export interface OpenOptions {
  /**
   * Subjects whose envelopes stay sealed even where the key store holds their key: e.g. a
   * vote's inspection key, which only an inspection on objection may use, not every reader.
   */
  readonly keepSealed?: (subject: string) => boolean;
}

function subjectOf(body: unknown): string {
  const subject = typeof body === 'object' && body !== null ? (body as { subject?: unknown }).subject : undefined;
  return typeof subject === 'string' ? subject : '';
}

const BODY_KEYS = ['alg', 'ct', 'keyId', 'nonce', 'subject', 'tag', 'v'].join();

/**
 * The event with every envelope replaced by its plaintext or, where the subject's keys were
 * destroyed, by `{erased: true, subject}`; the event itself when it holds no envelope.
 * A malformed envelope, a key the store does not know for a subject that was not erased,
 * and a failed authentication (tampering, a moved envelope, a wrong key) are errors, never
 * read as erased.
 *
 * @example
 * for await (const event of store.readAll()) {
 *   const opened = await openPersonalData(event, keys);
 *   if (isLeft(opened)) throw new Error(describePersonalDataError(opened.left));
 * }
 *
 * @experimental
 */
export async function openPersonalData<E extends SealableEvent>(
  event: E,
  keys: PersonalKeyStore,
  options: OpenOptions = {},
): Promise<Either<OpenError, E>> {
  const found = findSealedFields(event.data).filter(
    ({ raw }) => !options.keepSealed?.(subjectOf(raw[PERSONAL_MARKER])),
  );
  if (found.length === 0) return right(event);
  const lookups = new Map<string, KeyLookup>();
  const replacements: Replacement[] = [];
  for (const { path, pointer, raw } of found) {
    const malformed = (reason: string): Either<OpenError, E> =>
      left({ _tag: 'SealedFieldMalformed', streamId: event.streamId, pointer, reason });
    if (Object.keys(raw).length !== 1) return malformed(`an envelope holds only "${PERSONAL_MARKER}"`);
    const body = raw[PERSONAL_MARKER];
    const decoded = decodeWith(SealedFieldBody, body);
    if (isLeft(decoded)) return malformed(decoded.left.problems.map((p) => `${p.path}: ${p.reason}`).join('; '));
    if (
      Object.keys(body as object)
        .sort()
        .join() !== BODY_KEYS
    )
      return malformed('unexpected keys in the envelope');
    const envelope = decoded.right;
    const lookupKey = `${envelope.subject}\u0000${envelope.keyId}`;
    let lookup = lookups.get(lookupKey);
    if (!lookup) {
      const answer = await keys.findKey(envelope.subject, envelope.keyId);
      if (isLeft(answer)) return answer;
      lookup = answer.right;
      lookups.set(lookupKey, lookup);
    }
    const where = { streamId: event.streamId, pointer, subject: envelope.subject, keyId: envelope.keyId };
    if (lookup._tag === 'KeyDestroyed') {
      replacements.push({ path, value: erasedMarker(envelope.subject) });
      continue;
    }
    if (lookup._tag === 'KeyNotFound') return left({ _tag: 'PersonalKeyUnknown', ...where });
    const opened = openWith(lookup.key, event, pointer, envelope);
    if (isLeft(opened)) return left({ _tag: 'PersonalDataUnauthentic', ...where, reason: opened.left });
    replacements.push({ path, value: opened.right });
  }
  return right({ ...event, data: replaceAtPaths(event.data, replacements) as E['data'] });
}

function openWith(
  key: SubjectKey,
  event: SealableEvent,
  pointer: string,
  envelope: SealedFieldBody,
): Either<string, unknown> {
  if (key.subject !== envelope.subject || key.keyId !== envelope.keyId)
    return left('the key store answered with another key');
  return openFieldValue(
    key.key,
    {
      subject: envelope.subject,
      keyId: envelope.keyId,
      streamId: event.streamId,
      type: event.type,
      occurredAt: event.metadata.occurredAt,
      pointer,
    },
    envelope,
  );
}

function erasedMarker(subject: string): ErasedPersonalData {
  return { erased: true, subject };
}

/**
 * The public view of an event: every envelope replaced by `{erased: true, subject}`, with no
 * key store involved, so nothing personal can leak through it. Total: an envelope too
 * malformed to name its subject is hidden with `subject: ""`.
 */
export function erasedView<E extends SealableEvent>(event: E): E {
  const found = findSealedFields(event.data);
  if (found.length === 0) return event;
  const replacements = found.map(({ path, raw }) => ({ path, value: erasedMarker(subjectOf(raw[PERSONAL_MARKER])) }));
  return { ...event, data: replaceAtPaths(event.data, replacements) as E['data'] };
}

/**
 * Decodes a sealed event's `data` with its catalogue codec without any key: envelopes are
 * checked as erased markers, which every personal marking accepts. For verifiers and
 * projections that never read personal fields.
 */
export function decodeSealedData(
  catalogue: EventCatalogue,
  event: SealableEvent & { readonly schemaVersion: number },
): Either<DecodeError, unknown> {
  return catalogue.decodeData(event.type, event.schemaVersion, erasedView(event).data);
}

/**
 * Erasure: the `PersonalDataErased` event and the two steps of erasing a data subject.
 *
 * Stream convention: one stream per subject, `personal-data-<subject>`, appended with
 * expected version `no-stream`: the ledger itself refuses a second erasure of a subject, and
 * `readAll({streamPrefix: PERSONAL_DATA_STREAM_PREFIX})` finds every erasure.
 *
 * Order: record first, destroy second. A crash between the two leaves a recorded erasure
 * whose keys still exist; {@link reconcileErasures} finds and completes it (destroying is
 * idempotent). The other order could leave keys destroyed with no record of who asked and
 * why: an irreversible act outside the ledger, which the ledger exists to prevent. And when
 * the append is refused (a conflict, an invalid request), nothing irreversible has happened.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { type DecodeError, decodeWith } from '../decode-error.ts';
import { type Actor, NonEmptyString, ProposedEvent } from '../envelope.ts';
import { type DataOf, defineEvent } from '../event-catalogue.ts';
import type { StreamAppend } from '../store.ts';
import type { ErasureError, KeyStoreError } from './errors.ts';
import type { ErasedSubject, PersonalKeyStore } from './key-store.ts';

/** The prefix of every erasure stream. */
export const PERSONAL_DATA_STREAM_PREFIX = 'personal-data-';

/** The stream recording the erasure of `subject`. */
export function personalDataStreamId(subject: string): string {
  return `${PERSONAL_DATA_STREAM_PREFIX}${subject}`;
}

/**
 * A data subject was erased: its keys are destroyed, so its sealed fields read as erased.
 * Holds no personal data: the pseudonymous subject id, who asked (an actor id), why (free
 * text: write no personal data in it, it is recorded in plaintext) and the destroyed key ids.
 */
export const PersonalDataErased = defineEvent(
  'PersonalDataErased',
  t.type(
    {
      subject: NonEmptyString,
      requestedBy: NonEmptyString,
      reason: NonEmptyString,
      keyIds: t.array(NonEmptyString),
    },
    'PersonalDataErased',
  ),
);
/** The `data` of a {@link PersonalDataErased} event. */
export type PersonalDataErasedData = DataOf<typeof PersonalDataErased>;

/** What an erasure needs: whose, who asked and why, who performs it and when. */
export interface ErasureRequest {
  readonly subject: string;
  /** The id of the actor who asked (e.g. the subject's own pseudonymous id, or an officer). */
  readonly requestedBy: string;
  /** Why, in plain words without personal data (e.g. "PIPL art. 47 request of 2024-05-02"). */
  readonly reason: string;
  /** Who performs the erasure (the event's `metadata.actor`). */
  readonly actor: Actor;
  /** ISO-8601 UTC time of the erasure. */
  readonly occurredAt: string;
  readonly correlationId?: string;
}

/**
 * Step 1: the append that records an erasure, listing the subject's current key ids. Touches
 * no key. Refuses an unknown subject (a mistyped id would otherwise be tombstoned), an
 * already erased one, and an invalid request.
 */
export async function proposeErasure(
  request: ErasureRequest,
  keys: PersonalKeyStore,
): Promise<Either<ErasureError, StreamAppend>> {
  const status = await keys.subjectStatus(request.subject);
  if (isLeft(status)) return status;
  if (status.right._tag === 'Unknown') return left({ _tag: 'SubjectUnknown', subject: request.subject });
  if (status.right._tag === 'Erased') return left({ _tag: 'SubjectAlreadyErased', subject: request.subject });
  const data: PersonalDataErasedData = {
    subject: request.subject,
    requestedBy: request.requestedBy,
    reason: request.reason,
    keyIds: [...status.right.keyIds],
  };
  const candidate = {
    streamId: personalDataStreamId(request.subject),
    type: PersonalDataErased.type,
    schemaVersion: PersonalDataErased.schemaVersion,
    data,
    metadata: {
      actor: request.actor,
      occurredAt: request.occurredAt,
      ...(request.correlationId === undefined ? {} : { correlationId: request.correlationId }),
    },
  };
  const envelope = decodeWith(ProposedEvent, candidate);
  if (isLeft(envelope)) return envelope;
  const checked = decodeWith(PersonalDataErased.exact, data);
  if (isLeft(checked)) return checked;
  return right({ streamId: candidate.streamId, expectedVersion: 'no-stream', events: [candidate] });
}

/**
 * Step 2, after the event is recorded: destroys every key of the erased subject. Idempotent,
 * so it can be repeated after a crash.
 */
export async function completeErasure(
  event: { readonly data: unknown },
  keys: PersonalKeyStore,
): Promise<Either<DecodeError | KeyStoreError, ErasedSubject>> {
  const data = decodeWith(PersonalDataErased.exact, event.data);
  if (isLeft(data)) return data;
  return keys.destroySubjectKeys(data.right.subject);
}

/** The outcome of a completed erasure: what the append returned and the tombstone. */
export interface ErasureDone<R> {
  readonly recorded: R;
  readonly erased: ErasedSubject;
}

/**
 * Erases a subject in the safe order: propose, `append` (e.g. `(g) => store.appendBatch([g])`),
 * then destroy. A refused append is `ErasureNotRecorded` and destroys nothing; a key store
 * failure after recording leaves a pending erasure for {@link reconcileErasures}.
 *
 * @experimental
 */
export async function erasePersonalData<E, R>(
  request: ErasureRequest,
  keys: PersonalKeyStore,
  append: (group: StreamAppend) => Promise<Either<E, R>>,
): Promise<Either<ErasureError, ErasureDone<R>>> {
  const proposed = await proposeErasure(request, keys);
  if (isLeft(proposed)) return proposed;
  const recorded = await append(proposed.right);
  if (isLeft(recorded)) return left({ _tag: 'ErasureNotRecorded', subject: request.subject, cause: recorded.left });
  const event = proposed.right.events[0] as ProposedEvent;
  const erased = await completeErasure(event, keys);
  if (isLeft(erased)) return erased;
  return right({ recorded: recorded.right, erased: erased.right });
}

/**
 * Completes every recorded erasure whose keys still exist (after a crash between recording
 * and destroying, or when a key store backup was restored). Pass the log's erasure events,
 * e.g. `store.readAll({ streamPrefix: PERSONAL_DATA_STREAM_PREFIX })`; other events are
 * skipped. Returns the subjects erased now. Run it whenever a ledger is opened for writing.
 */
export async function reconcileErasures(
  events:
    | AsyncIterable<{ readonly type: string; readonly data: unknown }>
    | Iterable<{ readonly type: string; readonly data: unknown }>,
  keys: PersonalKeyStore,
): Promise<Either<DecodeError | KeyStoreError, readonly ErasedSubject[]>> {
  const completed: ErasedSubject[] = [];
  for await (const event of events) {
    if (event.type !== PersonalDataErased.type) continue;
    const data = decodeWith(PersonalDataErased.exact, event.data);
    if (isLeft(data)) return data;
    const status = await keys.subjectStatus(data.right.subject);
    if (isLeft(status)) return status;
    if (status.right._tag === 'Erased') continue;
    const erased = await keys.destroySubjectKeys(data.right.subject);
    if (isLeft(erased)) return erased;
    completed.push(erased.right);
  }
  return right(completed);
}

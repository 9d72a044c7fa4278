/**
 * The ledger's clock. `recordedAt` — the time a store assigns when it records an entry,
 * never going back — is the time rules trust for deadlines and periods; `occurredAt` is what
 * the submitter claims about the act. A claim is accepted only within a documented skew of
 * the recording: never later than the recording, and not earlier than `maxBackdateMs`
 * before it, unless the act is explicitly marked back-filled (metadata `backfilled: true`),
 * which every reader then shows. Deciders receive both times and stay pure.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { monotonicTime } from './store-helpers.ts';

/** Default of {@link TimePolicy.maxBackdateMs}: 72 hours, long enough for a weekend's paper records. */
export const DEFAULT_MAX_BACKDATE_MS = 72 * 60 * 60 * 1000;

/** How far a submitter's `occurredAt` may lie before the ledger's recording time. */
export interface TimePolicy {
  /** Largest accepted `recordedAt − occurredAt` in milliseconds for an act not marked back-filled. */
  readonly maxBackdateMs: number;
}

/** The default policy: {@link DEFAULT_MAX_BACKDATE_MS}. */
export const DEFAULT_TIME_POLICY: TimePolicy = { maxBackdateMs: DEFAULT_MAX_BACKDATE_MS };

/** An act claims to have happened after the ledger recorded it. */
export interface OccurredAfterRecording {
  readonly _tag: 'OccurredAfterRecording';
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly message: string;
}

/** An act claims a time further back than the policy allows and is not marked back-filled. */
export interface OccurredBeforeSkew {
  readonly _tag: 'OccurredBeforeSkew';
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly maxBackdateMs: number;
  readonly message: string;
}

/** Why an act's claimed time is refused. */
export type OccurredAtRefused = OccurredAfterRecording | OccurredBeforeSkew;

/**
 * Checks a claimed `occurredAt` against the ledger's `recordedAt`. A back-filled act may be
 * dated any time before its recording, never after it.
 *
 * @example
 * checkOccurredAt('2024-03-01T08:00:00Z', '2024-03-01T09:00:00Z', false) // right(undefined)
 */
export function checkOccurredAt(
  occurredAt: string,
  recordedAt: string,
  backfilled: boolean,
  policy: TimePolicy = DEFAULT_TIME_POLICY,
): Either<OccurredAtRefused, void> {
  const occurred = Date.parse(occurredAt);
  const recorded = Date.parse(recordedAt);
  if (occurred > recorded) {
    return left({
      _tag: 'OccurredAfterRecording',
      occurredAt,
      recordedAt,
      message: `an act dated ${occurredAt} cannot be recorded earlier, at ${recordedAt} (the ledger's clock)`,
    });
  }
  if (!backfilled && recorded - occurred > policy.maxBackdateMs) {
    const hours = policy.maxBackdateMs / 3_600_000;
    return left({
      _tag: 'OccurredBeforeSkew',
      occurredAt,
      recordedAt,
      maxBackdateMs: policy.maxBackdateMs,
      message: `an act dated ${occurredAt} is more than ${hours} h before its recording at ${recordedAt}; record it as back-filled ("backfilled": true) if it is a late record of an earlier act`,
    });
  }
  return right(undefined);
}

/**
 * The time the next append will record, read once from `clock` and never earlier than the
 * ledger's last `recordedAt`: what an executor hands its deciders and then asks the store to
 * record (see `AppendOptions.recordedAt`).
 */
export function nextRecordingTime(clock: () => Date, lastRecordedAt: string | null): string {
  return monotonicTime(clock(), lastRecordedAt);
}

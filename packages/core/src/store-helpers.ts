/**
 * Small pieces every store shares: the monotonic record clock and the readAll filter.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from './envelope.ts';
import type { AppendOptions, ReadAllOptions, RecordedAtBehind } from './store.ts';

/**
 * The `recordedAt` for a new append: the clock's time, but never earlier than the last one
 * recorded, so "as of a time" is a prefix of the log even if the system clock steps back.
 */
export function monotonicTime(now: Date, last: string | null): string {
  const iso = now.toISOString();
  return last !== null && last > iso ? last : iso;
}

/**
 * The `recordedAt` of an append: the time the caller asked for (refused when the ledger
 * already recorded later), or else the clock's, made monotonic.
 */
export function recordingTime(
  clock: () => Date,
  last: string | null,
  options: AppendOptions | undefined,
): Either<RecordedAtBehind, string> {
  const requested = options?.recordedAt;
  if (requested === undefined) return right(monotonicTime(clock(), last));
  if (last !== null && Date.parse(last) > Date.parse(requested)) {
    return left({ _tag: 'RecordedAtBehind', requested, lastRecordedAt: last });
  }
  return right(requested);
}

/** True when an event passes the `types` and `streamPrefix` filters of a readAll. */
export function matchesFilter(event: RecordedEvent, options: Pick<ReadAllOptions, 'types' | 'streamPrefix'>): boolean {
  if (options.types && !options.types.includes(event.type)) return false;
  if (options.streamPrefix !== undefined && !event.streamId.startsWith(options.streamPrefix)) return false;
  return true;
}

/**
 * Small pieces every store shares: the monotonic record clock, the readAll filter and the
 * check of a size against the head.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from './envelope.ts';
import type { AppendOptions, ReadAllOptions, RecordedAtBehind } from './store.ts';
import { coreError } from './errors/thrown-errors.ts';

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

/**
 * Throws `GL_ARGUMENT_OUT_OF_RANGE` (a RangeError) unless `size` is an integer from 0 to
 * `head`: a tree size, checkpoint or snapshot past the ledger's head is a caller's bug, and
 * every store and log view refuses it with the same words.
 *
 * @example checkSizeWithin('checkpoint size', checkpoint.size, head.size)
 */
export function checkSizeWithin(name: string, size: number, head: number): void {
  if (!Number.isSafeInteger(size) || size < 0 || size > head) {
    throw coreError(
      'GL_ARGUMENT_OUT_OF_RANGE',
      `${name} must be an integer from 0 to the ledger size ${head}, got ${size}`,
    );
  }
}

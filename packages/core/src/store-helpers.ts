/**
 * Small pieces every store shares: the monotonic record clock and the readAll filter.
 */
import type { RecordedEvent } from './envelope.ts';
import type { ReadAllOptions } from './store.ts';

/**
 * The `recordedAt` for a new append: the clock's time, but never earlier than the last one
 * recorded, so "as of a time" is a prefix of the log even if the system clock steps back.
 */
export function monotonicTime(now: Date, last: string | null): string {
  const iso = now.toISOString();
  return last !== null && last > iso ? last : iso;
}

/** True when an event passes the `types` and `streamPrefix` filters of a readAll. */
export function matchesFilter(event: RecordedEvent, options: Pick<ReadAllOptions, 'types' | 'streamPrefix'>): boolean {
  if (options.types && !options.types.includes(event.type)) return false;
  if (options.streamPrefix !== undefined && !event.streamId.startsWith(options.streamPrefix)) return false;
  return true;
}

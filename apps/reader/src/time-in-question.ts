/**
 * The time in question for answers that depend on time (is a complaint overdue, is a notice
 * on display, which resolutions are late): the `at` parameter when given; else the asOf
 * time; else, for an asOf index, the time that entry was recorded; else now, truncated to
 * the minute so that answers (and their ETags) stay stable within a minute.
 */
import type { AsOf, EventStore } from '@govledger/core';

/** A resolved time in question. */
export interface TimeInQuestion {
  /** ISO-8601 UTC. */
  readonly at: string;
  /** True when it came from the wall clock (the answer then changes with time, not only with the ledger). */
  readonly fromClock: boolean;
}

/** Resolves the time in question (see the module comment). */
export async function timeInQuestion(
  store: EventStore,
  clock: () => Date,
  at: string | undefined,
  asOf: AsOf | undefined,
): Promise<TimeInQuestion> {
  if (at !== undefined) return { at, fromClock: false };
  if (asOf && 'time' in asOf) return { at: asOf.time, fromClock: false };
  if (asOf && 'index' in asOf) {
    for await (const entry of store.readAll({ from: asOf.index, limit: 1 })) {
      return { at: entry.metadata.recordedAt, fromClock: false };
    }
  }
  const now = clock().getTime();
  return { at: new Date(now - (now % 60_000)).toISOString(), fromClock: true };
}

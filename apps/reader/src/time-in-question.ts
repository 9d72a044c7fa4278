/**
 * The time in question for answers that depend on time (is a complaint overdue, is a notice
 * on display, which resolutions are late): the `at` parameter when given; else the asOf
 * time; else, for an asOf index, the time that entry was recorded; else now, truncated to
 * the minute so that answers (and their ETags) stay stable within a minute. A bare date in
 * `asOf` is the end of that day in China Standard Time (see {@link LEDGER_UTC_OFFSET_MINUTES}).
 */
import type { AsOf, EventStore } from '@govledger/core';

/**
 * The time zone of the ledger's users, in minutes east of UTC: China Standard Time. A bare date
 * in `asOf` (`2024-06-30`) means the end of that day there (`2024-06-30T15:59:59.999Z`), not
 * 23:59 UTC, which is already 07:59 the next morning in China.
 */
export const LEDGER_UTC_OFFSET_MINUTES = 480;

/** A resolved time in question. */
export interface TimeInQuestion {
  /** ISO-8601 UTC. */
  readonly at: string;
  /** For a time read from the wall clock, its minute in ms since the epoch (the answer then changes with time, not only with the ledger); else null. */
  readonly minuteMs: number | null;
  /** For a wall-clock time, `-<minutes since the epoch>`, which ETags carry; else empty. */
  readonly etagSuffix: string;
}

/**
 * Resolves the time in question (see the module comment). Synchronous unless it must read
 * the asOf entry, so the hot path takes no extra turn of the event loop.
 */
export function timeInQuestion(
  store: EventStore,
  nowMs: () => number,
  at: string | undefined,
  asOf: AsOf | undefined,
): TimeInQuestion | Promise<TimeInQuestion> {
  if (at !== undefined) return { at, minuteMs: null, etagSuffix: '' };
  if (asOf && 'time' in asOf) return { at: asOf.time, minuteMs: null, etagSuffix: '' };
  if (asOf && 'index' in asOf) return recordedAtOf(store, asOf.index, nowMs);
  return now(nowMs);
}

/** The last minute seen, formatted once: most requests fall in the minute of the one before. */
let lastMinute = { ms: Number.NaN, time: { at: '', minuteMs: null, etagSuffix: '' } as TimeInQuestion };

function now(nowMs: () => number): TimeInQuestion {
  const ms = nowMs();
  const minuteMs = ms - (ms % 60_000);
  if (minuteMs !== lastMinute.ms)
    lastMinute = {
      ms: minuteMs,
      time: { at: new Date(minuteMs).toISOString(), minuteMs, etagSuffix: `-${minuteMs / 60_000}` },
    };
  return lastMinute.time;
}

async function recordedAtOf(store: EventStore, index: number, nowMs: () => number): Promise<TimeInQuestion> {
  for await (const entry of store.readAll({ from: index, limit: 1 }))
    return { at: entry.metadata.recordedAt, minuteMs: null, etagSuffix: '' };
  return now(nowMs);
}

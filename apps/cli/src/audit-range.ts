/**
 * The range an audit verb asks about: `--from T1` and `--to T2`, each a ledger index
 * (inclusive) or an ISO-8601 UTC time, resolved to ledger sizes. A reversed range is a
 * usage error naming both points.
 */
import { type AsOf, type EventStore, parseAsOf, rangeOf } from '@govledger/core';
import { usageError } from './cli-error.ts';
import { CHINA_STANDARD_TIME_MINUTES } from './local-time.ts';

/** Parses a point option (`--from`, `--to`). */
export function pointOption(option: string, value: string | undefined): AsOf | undefined {
  if (value === undefined) return undefined;
  const point = parseAsOf(value, CHINA_STANDARD_TIME_MINUTES);
  if (!point) {
    throw usageError(
      `${option} must be a ledger index (0, 1, …) a date (the end of that day in China Standard Time) or an ISO-8601 UTC time such as 2024-06-30T23:59:59Z, got ${JSON.stringify(value)}`,
    );
  }
  return point;
}

/** Ledger sizes of a range: entries `fromSize` … `toSize - 1` lie between the two points. */
export interface SizeRange {
  readonly fromSize: number;
  readonly toSize: number;
}

/**
 * Resolves `--from`/`--to` on `store`. Without `--from` the range starts at the empty
 * ledger; without `--to` it ends at the head.
 */
export async function resolveRange(
  store: EventStore,
  from: string | undefined,
  to: string | undefined,
): Promise<SizeRange> {
  const start = pointOption('--from', from);
  const end = pointOption('--to', to);
  const range = await rangeOf(store, start ?? { index: -1 }, end);
  if (range._tag === 'Left') {
    throw usageError(
      `--to (${to}) lies before --from (${from}): the state as of --from has ${range.left.fromSize} entries, as of --to ${range.left.toSize}`,
    );
  }
  return range.right;
}

/** The `recordedAt` of entry `index`, or null when there is none. */
export async function recordedAtOf(store: EventStore, index: number): Promise<string | null> {
  if (index < 0) return null;
  for await (const event of store.readAll({ from: index, limit: 1 })) return event.metadata.recordedAt;
  return null;
}

/**
 * Replay benchmark: every event read, parsed and folded by a projection, beside a raw
 * better-sqlite3 iterate + JSON.parse of the same rows in the same run.
 */
import { ledgerStatistics, ProjectionRunner } from '@govledger/core';
import { openSqliteStore } from '@govledger/store-sqlite';
import Database from 'better-sqlite3';
import { type BenchRow, perSecond } from './table.ts';

/** The machine's read limit for a ledger file: raw iterate + JSON.parse of every leaf. */
export function rawReadLimit(path: string): { count: number; ms: number } {
  const raw = new Database(path, { readonly: true });
  const started = performance.now();
  let count = 0;
  for (const row of raw.prepare('SELECT leaf FROM entries ORDER BY idx').raw().iterate() as Iterable<[Buffer]>) {
    JSON.parse(row[0].toString('utf8'));
    count++;
  }
  const ms = performance.now() - started;
  raw.close();
  return { count, ms };
}

/** Full replay of `path` through `ledgerStatistics`. */
export async function benchReplay(path: string): Promise<BenchRow> {
  const { count: rawCount, ms: rawMs } = rawReadLimit(path);

  const store = openSqliteStore(path, { readonly: true });
  const started = performance.now();
  const { size } = await new ProjectionRunner(store, [ledgerStatistics]).replayAsOf();
  const oursMs = performance.now() - started;
  await store.close();
  if (size !== rawCount) throw new Error(`replay saw ${size} events, raw ${rawCount}`);
  return {
    name: `full replay (${size.toLocaleString('en-US')} events, ledgerStatistics)`,
    ours: perSecond(size, oursMs),
    limit: `${perSecond(rawCount, rawMs)} raw iterate+JSON.parse`,
    ratio: `${(rawMs / oursMs).toFixed(2)}x`,
    goal: '>= 0.70x',
  };
}

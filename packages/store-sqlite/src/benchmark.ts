/**
 * A self-contained benchmark of the store against plain better-sqlite3 on the same schema
 * and the same rows, callable from `bench/` or a demo. Each figure is events per second of
 * wall time; `ratio` is store ÷ raw (1 = no overhead). These are measurements, not tests:
 * nothing here asserts a speed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './open-store.ts';
import { migrate } from './schema.ts';
import { syntheticBatch } from './synthetic-events.ts';

/** One comparison: the store's rate, the raw rate, and store ÷ raw. */
export interface BenchmarkFigure {
  readonly events: number;
  /** Events per second through the store. */
  readonly storeEventsPerSecond: number;
  /** Events per second through plain better-sqlite3 doing the bare minimum. */
  readonly rawEventsPerSecond: number;
  readonly ratio: number;
}

/** What {@link benchmarkSqliteStore} measures. */
export interface SqliteBenchmarkResult {
  /**
   * `appendBatch` of synthetic events (validation, canonical leaf, Merkle hashes, insert;
   * one transaction per batch) vs inserting the very same finished rows with one prepared
   * INSERT per row and one `BEGIN IMMEDIATE` transaction per batch.
   */
  readonly append: BenchmarkFigure;
  /**
   * `readAll()` (paged, parsed into RecordedEvents) vs one `iterate()` over the leaf column
   * with `JSON.parse` of each leaf; best of `replayRounds` alternated rounds each.
   */
  readonly replay: BenchmarkFigure;
  /** Average canonical leaf size in bytes. */
  readonly leafBytes: number;
}

/** Workload of {@link benchmarkSqliteStore}. */
export interface SqliteBenchmarkOptions {
  /** Events to append (default 100,000). */
  readonly events?: number;
  /** Events per `appendBatch` and per raw transaction (default 1,000). */
  readonly batchSize?: number;
  /** Approximate leaf size (default 400 bytes). */
  readonly leafBytes?: number;
  readonly synchronous?: 'full' | 'normal';
  /** Replays of each kind, alternated; the best round of each counts (default 3). */
  readonly replayRounds?: number;
}

type Row = [number, string, number, string, string, Buffer, Buffer];

const rate = (events: number, ms: number): number => Math.round((events / ms) * 1000);
const figure = (events: number, storeMs: number, rawMs: number): BenchmarkFigure => ({
  events,
  storeEventsPerSecond: rate(events, storeMs),
  rawEventsPerSecond: rate(events, rawMs),
  ratio: Math.round((rawMs / storeMs) * 100) / 100,
});

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Milliseconds to append `events` synthetic events to a fresh store at `path`. */
async function timeStoreAppend(path: string, events: number, options: SqliteBenchmarkOptions): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  const batches = [];
  for (let n = 0; n < events; n += batchSize) {
    batches.push(syntheticBatch(n, Math.min(batchSize, events - n), { leafBytes: options.leafBytes }));
  }
  const store = openSqliteStore(path, { synchronous: options.synchronous });
  const started = performance.now();
  for (const batch of batches) {
    const result = await store.appendBatch(batch);
    if (result._tag === 'Left') throw new Error(`benchmark batch refused: ${JSON.stringify(result.left)}`);
  }
  const ms = performance.now() - started;
  await store.close();
  return ms;
}

/** Milliseconds to insert `rows` into `raw` (same schema) with one transaction per batch. */
function timeRawAppend(raw: Database.Database, rows: readonly Row[], batchSize: number): number {
  const insert = raw.prepare<Row>('INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertMany = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) insert.run(...(rows[i] as Row));
  });
  const started = performance.now();
  for (let n = 0; n < rows.length; n += batchSize) insertMany.immediate(n, Math.min(n + batchSize, rows.length));
  return performance.now() - started;
}

/** Best-of-`rounds` milliseconds for a store `readAll()` and for a raw iterate + parse, alternated. */
async function timeReplays(storePath: string, raw: Database.Database, events: number, rounds: number) {
  const reader = openSqliteStore(storePath, { readonly: true });
  const rawLeaves = raw.prepare<[], [Buffer]>('SELECT leaf FROM entries').raw();
  let storeMs = Number.POSITIVE_INFINITY;
  let rawMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    let replayed = 0;
    for await (const _event of reader.readAll()) replayed++;
    storeMs = Math.min(storeMs, performance.now() - started);
    started = performance.now();
    let parsed = 0;
    for (const [leaf] of rawLeaves.iterate()) {
      JSON.parse(leaf.toString('utf8'));
      parsed++;
    }
    rawMs = Math.min(rawMs, performance.now() - started);
    if (replayed !== events || parsed !== events)
      throw new Error(`replayed ${replayed} and parsed ${parsed} of ${events}`);
  }
  await reader.close();
  return { storeMs, rawMs };
}

/**
 * Appends `events` synthetic events to a fresh store in `dir`, inserts the resulting rows
 * into a fresh raw database with the same schema and pragmas, then replays both. Leaves
 * no files behind.
 *
 * @example const { append, replay } = await benchmarkSqliteStore(mkdtempSync(join(tmpdir(), 'bench-')));
 */
export async function benchmarkSqliteStore(
  dir: string,
  options: SqliteBenchmarkOptions = {},
): Promise<SqliteBenchmarkResult> {
  const events = options.events ?? 100_000;
  const storePath = join(dir, 'bench-store.db');
  const rawPath = join(dir, 'bench-raw.db');
  removeDb(storePath);
  removeDb(rawPath);
  try {
    const storeAppendMs = await timeStoreAppend(storePath, events, options);
    const source = new Database(storePath, { readonly: true });
    const rows = source.prepare<[], Row>('SELECT * FROM entries ORDER BY idx').raw().all();
    source.close();
    const raw = new Database(rawPath);
    try {
      raw.pragma('journal_mode = WAL');
      raw.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
      migrate(raw, rawPath);
      const rawAppendMs = timeRawAppend(raw, rows, options.batchSize ?? 1000);
      const replay = await timeReplays(storePath, raw, events, options.replayRounds ?? 3);
      return {
        append: figure(events, storeAppendMs, rawAppendMs),
        replay: figure(events, replay.storeMs, replay.rawMs),
        leafBytes: Math.round(rows.reduce((sum, row) => sum + row[5].length, 0) / Math.max(1, rows.length)),
      };
    } finally {
      raw.close();
    }
  } finally {
    removeDb(storePath);
    removeDb(rawPath);
  }
}

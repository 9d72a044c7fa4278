/**
 * Benchmarks of the store against plain better-sqlite3 on the same schema and rows, for the
 * workspace's `bench/` runner (which cannot reach better-sqlite3 itself). Each figure is
 * events per second of wall time; `ratio` is store ÷ raw (1 = no overhead). These are
 * measurements, not tests: nothing here asserts a speed.
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
  /** `readAll()` (paged, parsed into RecordedEvents) vs one `iterate()` over the rows with `JSON.parse` of each leaf. */
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

/**
 * Appends `events` synthetic events to a fresh store in `dir`, copies the resulting rows
 * into a fresh raw database with the same schema and pragmas, then replays both. Leaves
 * no files behind.
 *
 * @example const { append, replay } = await benchmarkSqliteStore(mkdtempSync(...));
 */
export async function benchmarkSqliteStore(
  dir: string,
  options: SqliteBenchmarkOptions = {},
): Promise<SqliteBenchmarkResult> {
  const events = options.events ?? 100_000;
  const batchSize = options.batchSize ?? 1000;
  const synchronous = options.synchronous ?? 'full';
  const storePath = join(dir, 'bench-store.db');
  const rawPath = join(dir, 'bench-raw.db');
  removeDb(storePath);
  removeDb(rawPath);
  try {
    const batches = [];
    for (let n = 0; n < events; n += batchSize) {
      batches.push(syntheticBatch(n, Math.min(batchSize, events - n), { leafBytes: options.leafBytes }));
    }
    const store = openSqliteStore(storePath, { synchronous });
    let started = performance.now();
    for (const batch of batches) {
      const result = await store.appendBatch(batch);
      if (result._tag === 'Left') throw new Error(`benchmark batch refused: ${JSON.stringify(result.left)}`);
    }
    const storeAppendMs = performance.now() - started;
    await store.close();

    const source = new Database(storePath, { readonly: true });
    const rows = source.prepare<[], Row>('SELECT * FROM entries ORDER BY idx').raw().all();
    source.close();
    const leafBytes = Math.round(rows.reduce((sum, row) => sum + row[5].length, 0) / Math.max(1, rows.length));
    const raw = new Database(rawPath);
    raw.pragma('journal_mode = WAL');
    raw.pragma(`synchronous = ${synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    migrate(raw, rawPath);
    const insert = raw.prepare<Row>('INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertMany = raw.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) insert.run(...(rows[i] as Row));
    });
    started = performance.now();
    for (let n = 0; n < rows.length; n += batchSize) insertMany.immediate(n, Math.min(n + batchSize, rows.length));
    const rawAppendMs = performance.now() - started;

    const reader = openSqliteStore(storePath, { readonly: true });
    started = performance.now();
    let replayed = 0;
    for await (const _event of reader.readAll()) replayed++;
    const storeReplayMs = performance.now() - started;
    await reader.close();
    started = performance.now();
    let parsed = 0;
    for (const [leaf] of raw.prepare<[], [Buffer]>('SELECT leaf FROM entries').raw().iterate()) {
      JSON.parse(leaf.toString('utf8'));
      parsed++;
    }
    const rawReplayMs = performance.now() - started;
    raw.close();
    if (replayed !== events || parsed !== events)
      throw new Error(`replayed ${replayed} and parsed ${parsed} of ${events}`);
    return {
      append: figure(events, storeAppendMs, rawAppendMs),
      replay: figure(events, storeReplayMs, rawReplayMs),
      leafBytes,
    };
  } finally {
    removeDb(storePath);
    removeDb(rawPath);
  }
}

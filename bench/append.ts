/**
 * Append benchmarks: batched durable append and single-event durable append, each beside a
 * raw better-sqlite3 insert of the same rows into the same schema in the same run.
 */
import { leafHash, MerkleFrontier, prepareAppend } from '@govledger/core';
import { MIGRATIONS, openSqliteStore } from '@govledger/store-sqlite';
import Database from 'better-sqlite3';
import { benchBatch, benchEvent } from './sample-events.ts';
import { scratchFile } from './scratch.ts';
import { type BenchRow, percentile, perSecond } from './table.ts';

interface RawRow {
  idx: number;
  streamId: string;
  streamVersion: number;
  type: string;
  recordedAt: string;
  leaf: Buffer;
  hashes: Buffer;
}

/** The exact rows our store writes, computed up front so the raw insert does no CPU work. */
function precomputeRows(count: number): RawRow[] {
  const rows: RawRow[] = [];
  const versions = new Map<string, number>();
  const frontier = new MerkleFrontier();
  let id = 0;
  for (let i = 0; i < count; i++) {
    const batch = benchBatch(i, 1);
    const prepared = prepareAppend(batch, {
      size: i,
      versionOf: (s) => versions.get(s) ?? 'no-stream',
      recordedAt: '2024-06-01T00:00:00.000Z',
      newEventId: () => `0190a000-0000-7000-8000-${(id++).toString(16).padStart(12, '0')}`,
    });
    if (prepared._tag === 'Left') throw new Error('bench event refused');
    const { event, leaf } = prepared.right[0]!;
    versions.set(event.streamId, event.streamVersion);
    rows.push({
      idx: i,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      type: event.type,
      recordedAt: event.metadata.recordedAt,
      leaf,
      hashes: frontier.appendBlob(leafHash(leaf)),
    });
  }
  return rows;
}

function rawDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  for (const m of MIGRATIONS) db.exec(m.sql);
  return db;
}

function rawInsert(db: Database.Database): (row: RawRow) => void {
  const insert = db.prepare(
    'INSERT INTO entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return (r) => insert.run(r.idx, r.streamId, r.streamVersion, r.type, r.recordedAt, r.leaf, r.hashes);
}

/** Batched durable append of `count` events in batches of `batchSize`. */
export async function benchBatchedAppend(count: number, batchSize: number): Promise<BenchRow[]> {
  const rows = precomputeRows(count);
  const raw = rawDatabase(scratchFile('raw-batched.db'));
  const insert = rawInsert(raw);
  const rawBatch = raw.transaction((slice: RawRow[]) => {
    for (const r of slice) insert(r);
  });
  let started = performance.now();
  for (let i = 0; i < count; i += batchSize) rawBatch(rows.slice(i, i + batchSize));
  const rawMs = performance.now() - started;
  raw.close();

  // The same batches, each its own durable transaction, through the pipelined bulk appender
  // (encoding and hashing here, inserts and fsyncs on the writer thread).
  const store = openSqliteStore(scratchFile('ours-batched.db'));
  started = performance.now();
  const begun = await store.bulkAppend({ commit: 'chunk' });
  if (begun._tag === 'Left') throw new Error(`bulk append did not start: ${begun.left._tag}`);
  const bulk = begun.right;
  for (let i = 0; i < count; i += batchSize) {
    const result = await bulk.add(benchBatch(i, Math.min(batchSize, count - i)));
    if (result._tag === 'Left') throw new Error(`append refused: ${result.left._tag}`);
  }
  const done = await bulk.commit();
  if (done._tag === 'Left') throw new Error(`bulk append failed: ${done.left._tag}`);
  const oursMs = performance.now() - started;

  // And one appendBatch call per batch on this thread alone, for comparison.
  const serial = openSqliteStore(scratchFile('ours-serial.db'));
  started = performance.now();
  for (let i = 0; i < count; i += batchSize) {
    const result = await serial.appendBatch(benchBatch(i, Math.min(batchSize, count - i)));
    if (result._tag === 'Left') throw new Error(`append refused: ${result.left._tag}`);
  }
  const serialMs = performance.now() - started;
  await serial.close();
  await store.close();
  const label = `${count.toLocaleString('en-US')} events, ${batchSize}/batch`;
  return [
    {
      name: `batched durable append, pipelined (${label})`,
      ours: perSecond(count, oursMs),
      limit: `${perSecond(count, rawMs)} raw insert`,
      ratio: `${(rawMs / oursMs).toFixed(2)}x`,
      goal: '>= 0.70x',
    },
    {
      name: `batched durable append, appendBatch (${label})`,
      ours: perSecond(count, serialMs),
      limit: `${perSecond(count, rawMs)} raw insert`,
      ratio: `${(rawMs / serialMs).toFixed(2)}x`,
      goal: 'report',
    },
  ];
}

/** Single-event durable appends: p50/p99 latency beside single-row raw insert transactions. */
export async function benchSingleAppend(count: number): Promise<BenchRow> {
  const rows = precomputeRows(count);
  const raw = rawDatabase(scratchFile('raw-single.db'));
  const insert = rawInsert(raw);
  const one = raw.transaction((r: RawRow) => insert(r));
  const rawLatencies: number[] = [];
  for (const row of rows) {
    const t0 = performance.now();
    one(row);
    rawLatencies.push(performance.now() - t0);
  }
  raw.close();
  const store = openSqliteStore(scratchFile('ours-single.db'));
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const event = benchEvent(i);
    const t0 = performance.now();
    const result = await store.append(event.streamId, [event]);
    latencies.push(performance.now() - t0);
    if (result._tag === 'Left') throw new Error('append refused');
  }
  await store.close();
  latencies.sort((a, b) => a - b);
  rawLatencies.sort((a, b) => a - b);
  const fmt = (l: number[]) => `p50 ${percentile(l, 50).toFixed(3)} ms, p99 ${percentile(l, 99).toFixed(3)} ms`;
  return {
    name: `single-event durable append (${count.toLocaleString('en-US')} appends)`,
    ours: fmt(latencies),
    limit: `${fmt(rawLatencies)} raw`,
    ratio: `${(percentile(rawLatencies, 50) / percentile(latencies, 50)).toFixed(2)}x at p50`,
    goal: 'report',
  };
}

/**
 * PostgreSQL store benchmarks on a throw-away local server (Unix socket, `fsync` on), each
 * beside a raw query of the same rows with the same driver and server in the same run:
 * batched durable append vs a raw batched insert, single-event append vs a raw single-row
 * insert (the cost of the locked head row uncontended), four concurrent writers vs four raw
 * writers (its cost contended), replay vs raw SELECT + JSON.parse, proof latency, and the
 * drivers compared on the raw insert and read (why the store uses `postgres`, not `pg`).
 * Skipped, saying why, where the PostgreSQL server binaries are absent.
 */
import { loadavg } from 'node:os';
import { leafHash, MerkleFrontier, prepareAppend } from '@govledger/core';
import { openPostgresStore, type PostgresStore } from '@govledger/store-postgres';
import { startTestServer, type TestServer, whyNoServer } from '@govledger/store-postgres/test-server';
import pg from 'pg';
import postgres from 'postgres';
import { benchBatch } from './sample-events.ts';
import { type BenchRow, percentile, perSecond } from './table.ts';

interface Rows {
  idx: number[];
  stream: string[];
  version: number[];
  type: string[];
  at: string[];
  leaf: Buffer[];
  hashes: Buffer[];
}

/** Where {@link precompute} continues: stream versions, the Merkle frontier, the next event id. */
interface Continuation {
  readonly versions: Map<string, number>;
  readonly frontier: MerkleFrontier;
  id: number;
}

/** The exact rows the store writes for `count` benchmark events, computed up front (no CPU in the raw insert). */
function precompute(
  count: number,
  from = 0,
  at: Continuation = { versions: new Map(), frontier: new MerkleFrontier(), id: 0 },
): Rows {
  const rows: Rows = { idx: [], stream: [], version: [], type: [], at: [], leaf: [], hashes: [] };
  const { versions, frontier } = at;
  for (let i = from; i < from + count; i++) {
    const prepared = prepareAppend(benchBatch(i, 1), {
      size: i,
      versionOf: (s) => versions.get(s) ?? 'no-stream',
      recordedAt: '2024-06-01T00:00:00.000Z',
      newEventId: () => `0190a000-0000-7000-8000-${(at.id++).toString(16).padStart(12, '0')}`,
    });
    if (prepared._tag === 'Left') throw new Error('bench event refused');
    const { event, leaf } = prepared.right[0]!;
    versions.set(event.streamId, event.streamVersion);
    rows.idx.push(i);
    rows.stream.push(event.streamId);
    rows.version.push(event.streamVersion);
    rows.type.push(event.type);
    rows.at.push(event.metadata.recordedAt);
    rows.leaf.push(leaf);
    rows.hashes.push(frontier.appendBlob(leafHash(leaf)));
  }
  return rows;
}

const slice = (rows: Rows, from: number, to: number) =>
  [rows.idx, rows.stream, rows.version, rows.type, rows.at, rows.leaf, rows.hashes].map((c) => c.slice(from, to));

const INSERT = (schema: string) =>
  `INSERT INTO ${schema}.entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes)
   SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bytea[], $7::bytea[])`;

/** An empty ledger schema for raw inserts (the store's own tables, created by the store). */
async function emptyLedger(server: TestServer, name: string): Promise<string> {
  await (await openPostgresStore(server.socketUrl(name), { create: true })).close();
  return `"govledger_${name}"`;
}

/**
 * The batched durable append beside the raw batched insert of the same rows, alternating batch
 * by batch (raw, then ours) so a change in the shared machine's load falls on both columns.
 * The first batch of each is a warm-up, not timed: it prepares the statements on the new
 * connections and starts the store's encoding thread. Returns both totals in ms.
 */
async function appendBesideRaw(
  server: TestServer,
  store: PostgresStore,
  rows: Rows,
  batch: number,
): Promise<{ oursMs: number; rawMs: number; timed: number }> {
  const schema = await emptyLedger(server, 'raw_postgres');
  const sql = postgres(server.socketUrl('x').replace(/&ledger=x$/, ''), { max: 1, onnotice: () => {} });
  let oursMs = 0;
  let rawMs = 0;
  let timed = 0;
  for (let i = 0; i < rows.idx.length; i += batch) {
    const count = Math.min(batch, rows.idx.length - i);
    // Only appendBatch is timed: the caller's events exist before it is called, as the raw rows do.
    const proposed = benchBatch(i, count);
    let t0 = performance.now();
    await sql.begin((tx) => tx.unsafe(INSERT(schema), slice(rows, i, i + batch) as never, { prepare: true }));
    const raw = performance.now() - t0;
    t0 = performance.now();
    const done = await store.appendBatch(proposed);
    const ours = performance.now() - t0;
    if (done._tag === 'Left') throw new Error('bench append refused');
    if (i === 0) continue;
    rawMs += raw;
    oursMs += ours;
    timed += count;
  }
  await sql.end();
  return { oursMs, rawMs, timed };
}

/** The same with node-postgres (`pg`), for the driver comparison. */
async function rawPgInsert(server: TestServer, rows: Rows, batch: number): Promise<number> {
  const schema = await emptyLedger(server, 'raw_pg');
  const client = new pg.Client({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await client.connect();
  const started = performance.now();
  for (let i = 0; i < rows.idx.length; i += batch) {
    await client.query('BEGIN');
    await client.query(INSERT(schema), slice(rows, i, i + batch));
    await client.query('COMMIT');
  }
  const ms = performance.now() - started;
  await client.end();
  return ms;
}

/** Raw replay: keyset pages of (idx, leaf), each leaf JSON-parsed, as the store pages. */
async function rawReplay(server: TestServer, schema: string, size: number): Promise<{ postgres: number; pg: number }> {
  const page = 2000;
  const sql = postgres(server.socketUrl('x').replace(/&ledger=x$/, ''), { max: 1, onnotice: () => {} });
  let started = performance.now();
  let parsed = 0;
  for (let from = 0; from < size; from += page) {
    const rows = await sql.unsafe<{ idx: string; leaf: Buffer }[]>(
      `SELECT idx, leaf FROM ${schema}.entries WHERE idx >= $1 AND idx < $2 ORDER BY idx LIMIT ${page}`,
      [from, size],
    );
    for (const row of rows) parsed += JSON.parse(row.leaf.toString('utf8')) ? 1 : 0;
  }
  const postgresMs = performance.now() - started;
  await sql.end();
  const client = new pg.Client({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await client.connect();
  started = performance.now();
  for (let from = 0; from < size; from += page) {
    const { rows } = await client.query<{ idx: string; leaf: Buffer }>(
      `SELECT idx, leaf FROM ${schema}.entries WHERE idx >= $1 AND idx < $2 ORDER BY idx LIMIT ${page}`,
      [from, size],
    );
    for (const row of rows) parsed += JSON.parse(row.leaf.toString('utf8')) ? 1 : 0;
  }
  const pgMs = performance.now() - started;
  await client.end();
  if (parsed !== 2 * size) throw new Error(`raw replay read ${parsed} of ${2 * size} leaves`);
  return { postgres: postgresMs, pg: pgMs };
}

function ratioRow(name: string, count: number, oursMs: number, limitMs: number, goal: number): BenchRow {
  const ratio = limitMs / oursMs;
  return {
    name,
    ours: perSecond(count, oursMs),
    limit: perSecond(count, limitMs),
    ratio: `${ratio.toFixed(2)}x ${ratio >= goal ? 'met' : 'missed'}`,
    goal: `>= ${goal}x`,
  };
}

/** Single-event latencies: our append vs a raw one-row insert, alternating, p50/p99. */
async function singleAppends(server: TestServer, store: PostgresStore, samples: number): Promise<BenchRow> {
  const schema = await emptyLedger(server, 'raw_single');
  const sql = postgres(server.socketUrl('x').replace(/&ledger=x$/, ''), { max: 1, onnotice: () => {} });
  const rows = precompute(samples);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < samples; i++) {
    let t0 = performance.now();
    await sql.unsafe(INSERT(schema), slice(rows, i, i + 1) as never);
    raw.push(performance.now() - t0);
    t0 = performance.now();
    const done = await store.appendBatch(benchBatch(1_000_000 + i, 1));
    if (done._tag === 'Left') throw new Error('single append refused');
    ours.push(performance.now() - t0);
  }
  await sql.end();
  ours.sort((a, b) => a - b);
  raw.sort((a, b) => a - b);
  return {
    name: `single-event durable append (${samples}, alternating with the raw insert)`,
    ours: `p50 ${percentile(ours, 50).toFixed(2)} ms, p99 ${percentile(ours, 99).toFixed(2)} ms`,
    limit: `raw 1-row insert p50 ${percentile(raw, 50).toFixed(2)} ms, p99 ${percentile(raw, 99).toFixed(2)} ms`,
    ratio: `${(percentile(raw, 50) / percentile(ours, 50)).toFixed(2)}x at p50`,
    goal: 'report',
  };
}

/** Four writers at once: ours serialise on the head row; raw inserts (no index to assign) do not. */
async function contended(server: TestServer, perWriter: number): Promise<BenchRow> {
  const writers = 4;
  const url = server.socketUrl('contended');
  await (await openPostgresStore(url, { create: true })).close();
  const stores = await Promise.all(
    Array.from({ length: writers }, () => openPostgresStore(url, { maxConnections: 1 })),
  );
  let started = performance.now();
  await Promise.all(
    stores.map(async (store, w) => {
      for (let i = 0; i < perWriter; i++) await store.appendBatch(benchBatch(w * perWriter + i, 1));
    }),
  );
  const oursMs = performance.now() - started;
  await Promise.all(stores.map((s) => s.close()));
  const schema = await emptyLedger(server, 'raw_contended');
  const rows = precompute(writers * perWriter);
  const pools = Array.from({ length: writers }, () =>
    postgres(server.socketUrl('x').replace(/&ledger=x$/, ''), { max: 1, onnotice: () => {} }),
  );
  started = performance.now();
  await Promise.all(
    pools.map(async (sql, w) => {
      for (let i = 0; i < perWriter; i++) {
        const at = w * perWriter + i;
        await sql.unsafe(INSERT(schema), slice(rows, at, at + 1) as never);
      }
    }),
  );
  const rawMs = performance.now() - started;
  await Promise.all(pools.map((sql) => sql.end()));
  const row = ratioRow(
    `4 writers × ${perWriter} single-event appends (dense index: head-row lock)`,
    writers * perWriter,
    oursMs,
    rawMs,
    0,
  );
  return { ...row, ratio: `${(rawMs / oursMs).toFixed(2)}x`, goal: 'report (cost of commit order)' };
}

/**
 * A bench-only bulk load of `count` benchmark events into a new ledger: the very rows the
 * store writes (core's leaves, the Merkle hashes of each entry, the head row with its
 * frontier), made here and inserted 10,000 a transaction with `synchronous_commit = off`.
 * Much faster than appending through the store; the store's own tree head over the loaded
 * tables is checked against the root computed while loading.
 */
async function bulkLoaded(server: TestServer, name: string, count: number): Promise<PostgresStore> {
  const schema = await emptyLedger(server, name);
  const sql = postgres(server.socketUrl('x').replace(/&ledger=x$/, ''), {
    max: 1,
    onnotice: () => {},
    connection: { synchronous_commit: 'off' },
  });
  const at: Continuation = { versions: new Map(), frontier: new MerkleFrontier(), id: 0 };
  const chunk = 10_000;
  let last = '';
  for (let from = 0; from < count; from += chunk) {
    const rows = precompute(Math.min(chunk, count - from), from, at);
    last = rows.at[rows.at.length - 1] ?? last;
    await sql.unsafe(INSERT(schema), slice(rows, 0, rows.idx.length) as never, { prepare: true });
  }
  await sql.unsafe(`UPDATE ${schema}.head SET size = $1, last_recorded_at = $2, frontier = $3`, [
    count,
    last,
    Buffer.concat(at.frontier.subtreeHashes()),
  ] as never);
  await sql.unsafe(`VACUUM ANALYZE ${schema}.entries`);
  await sql.end();
  const store = await openPostgresStore(server.socketUrl(name));
  const head = await store.log.treeHead();
  if (head.size !== count || !Buffer.from(head.root).equals(at.frontier.root())) {
    throw new Error('the bulk-loaded ledger does not give the root computed while loading');
  }
  return store;
}

/**
 * Proof latency at the ledger's size over the local socket: p50/p99 of `samples` random
 * inclusion and consistency proofs, each beside the machine's limit measured alternately in
 * the same run: one raw prepared query of the same server fetching 8 random `hashes` rows
 * (about what a proof reads), so a tail the machine's load puts on every round trip shows in
 * both columns. The load average is printed with it.
 */
async function proofs(server: TestServer, store: PostgresStore, samples: number): Promise<BenchRow[]> {
  const { size } = await store.head();
  const sql = postgres(server.socketUrl('x').replace(/&ledger=x$/, ''), { max: 1, onnotice: () => {} });
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const raw = async (): Promise<number> => {
    const wanted = Array.from({ length: 8 }, () => next() % size);
    const t0 = performance.now();
    await sql.unsafe(
      'SELECT idx, hashes FROM "govledger_proofs".entries WHERE idx = ANY($1::bigint[])',
      [wanted] as never,
      {
        prepare: true,
      },
    );
    return performance.now() - t0;
  };
  const inclusion: number[] = [];
  const consistency: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const n = 1 + (next() % size);
    let t0 = performance.now();
    await store.log.inclusionProof(next() % n, n);
    inclusion.push(performance.now() - t0);
    rawTimes.push(await raw());
    t0 = performance.now();
    await store.log.consistencyProof(1 + (next() % n), n);
    consistency.push(performance.now() - t0);
    rawTimes.push(await raw());
  }
  await sql.end();
  rawTimes.sort((a, b) => a - b);
  const load = loadavg()[0]!.toFixed(1);
  const row = (name: string, l: number[]): BenchRow => {
    l.sort((a, b) => a - b);
    return {
      name: `${name} proof at ${size.toLocaleString('en-US')} entries, local socket (${samples} random; load ${load})`,
      ours: `p50 ${percentile(l, 50).toFixed(3)} ms, p99 ${percentile(l, 99).toFixed(3)} ms`,
      limit: `raw 8-row query p50 ${percentile(rawTimes, 50).toFixed(3)} ms, p99 ${percentile(rawTimes, 99).toFixed(3)} ms`,
      ratio: percentile(l, 99) <= 2 ? 'met' : 'missed',
      goal: 'p99 <= 2 ms',
    };
  };
  return [row('inclusion', inclusion), row('consistency', consistency)];
}

/** Proof latencies on a bulk-loaded ledger of `entries` (its own schema on the same server). */
async function proofsAt(server: TestServer, entries: number): Promise<BenchRow[]> {
  const started = performance.now();
  const store = await bulkLoaded(server, 'proofs', entries);
  process.stderr.write(`bulk-loaded ${entries} entries in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  try {
    return await proofs(server, store, 5000);
  } finally {
    await store.close();
  }
}

/**
 * Every PostgreSQL row, on a server started (and removed) for the run: appends and replay
 * over `events`, proofs over a bulk-loaded ledger of `proofEntries`.
 */
export async function benchPostgres(events: number, proofEntries: number, batch = 1000): Promise<BenchRow[]> {
  const why = whyNoServer();
  if (why !== null) return [{ name: 'PostgreSQL store', ours: 'skipped', limit: '-', ratio: '-', goal: why }];
  const server = await startTestServer();
  try {
    const rows = precompute(events);
    const pgMs = await rawPgInsert(server, rows, batch);
    const store = await openPostgresStore(server.socketUrl('ours'), { create: true });
    try {
      const appended = await appendBesideRaw(server, store, rows, batch);
      // The raw postgres.js insert per event, from the alternating run, for the driver row.
      const rawMs = (appended.rawMs * events) / appended.timed;
      const started = performance.now();
      let replayed = 0;
      for await (const _ of store.readAll()) replayed++;
      const replayMs = performance.now() - started;
      if (replayed !== events) throw new Error(`replayed ${replayed} of ${events}`);
      const raw = await rawReplay(server, '"govledger_ours"', events);
      const out: BenchRow[] = [
        ratioRow(
          `pg batched durable append (${batch}/batch, ${appended.timed.toLocaleString('en-US')} timed after a warm-up batch, alternating with the raw insert; load ${loadavg()[0]!.toFixed(1)})`,
          appended.timed,
          appended.oursMs,
          appended.rawMs,
          0.7,
        ),
        ratioRow('pg replay (readAll, parse each leaf)', events, replayMs, raw.postgres, 0.7),
        ...(await proofsAt(server, proofEntries)),
        await singleAppends(server, store, 300),
        await contended(server, 100),
        {
          name: 'driver: raw batched insert, postgres vs pg',
          ours: perSecond(events, rawMs),
          limit: perSecond(events, pgMs),
          ratio: `${(pgMs / rawMs).toFixed(2)}x`,
          goal: 'choose the faster',
        },
        {
          name: 'driver: raw replay read, postgres vs pg',
          ours: perSecond(events, raw.postgres),
          limit: perSecond(events, raw.pg),
          ratio: `${(raw.pg / raw.postgres).toFixed(2)}x`,
          goal: 'choose the faster',
        },
      ];
      return out;
    } finally {
      await store.close();
    }
  } finally {
    server.destroy();
  }
}

/**
 * `govledger append` and `govledger import` of many events through the CLI's own code path
 * (its command functions, in this process: reading the NDJSON file, checking every line,
 * the bulk writer, the checkpoint), each beside a raw better-sqlite3 insert of exactly the
 * rows that command wrote, into the same schema, in one durable transaction, in the same run.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import { MIGRATIONS, openSqliteStore } from '@govledger/store-sqlite';
import Database from 'better-sqlite3';
import { runCli } from '../apps/cli/src/program.ts';
import { benchBatch, benchEvent } from './sample-events.ts';
import { scratchFile } from './scratch.ts';
import { type BenchRow, perSecond } from './table.ts';

interface Row {
  idx: number;
  stream_id: string;
  stream_version: number;
  type: string;
  recorded_at: string;
  leaf: Buffer;
  hashes: Buffer;
}

/** Runs `govledger args…` in this process; throws on a non-zero exit. Returns its standard output. */
async function cli(args: string[]): Promise<string> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c));
  const stderr = new PassThrough().on('data', (c: Buffer) => err.push(c));
  const code = await runCli(args, { stdin: Readable.from([]), stdout, stderr, env: {}, cwd: scratchFile('.') });
  if (code !== 0) throw new Error(`govledger ${args.join(' ')} exited ${code}: ${Buffer.concat(err)}`);
  return Buffer.concat(out).toString('utf8');
}

/** The rows the command wrote, read back from its ledger. */
function rowsOf(path: string): Row[] {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare('SELECT idx, stream_id, stream_version, type, recorded_at, leaf, hashes FROM entries ORDER BY idx')
    .all() as Row[];
  db.close();
  return rows;
}

/** Wall and process CPU milliseconds of one timed step (CPU: every thread of this process, user + system). */
interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
}

/** Times `run` in wall-clock and process CPU time. */
async function timed(run: () => Promise<unknown> | unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Milliseconds (wall and CPU) to insert `rows` raw, in one durable transaction, into a new file of the same schema. */
function rawInsert(rows: readonly Row[], name: string): Promise<Timing> {
  const db = new Database(scratchFile(name));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  for (const m of MIGRATIONS) db.exec(m.sql);
  const insert = db.prepare(
    'INSERT INTO entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const all = db.transaction((list: readonly Row[]) => {
    for (const r of list) insert.run(r.idx, r.stream_id, r.stream_version, r.type, r.recorded_at, r.leaf, r.hashes);
  });
  const timing = timed(() => all(rows));
  return timing.finally(() => db.close());
}

/** The wall-clock row and, below it, the same comparison in process CPU time (which other load moves far less). */
function rows(name: string, count: number, ours: Timing, raw: Timing, goal = '>= 0.70x'): BenchRow[] {
  return [
    {
      name,
      ours: perSecond(count, ours.ms),
      limit: `${perSecond(count, raw.ms)} raw insert`,
      ratio: `${(raw.ms / ours.ms).toFixed(2)}x`,
      goal,
    },
    {
      name: `  the same in process CPU time`,
      ours: `${Math.round(ours.cpuMs).toLocaleString('en-US')} ms CPU`,
      limit: `${Math.round(raw.cpuMs).toLocaleString('en-US')} ms CPU raw`,
      ratio: `${(raw.cpuMs / ours.cpuMs).toFixed(2)}x`,
      goal: 'report',
    },
  ];
}

/**
 * The write alone, as the verbs hand it to the store: one `appendBatch` of every event (one
 * group each, as `append` groups a file's lines), then one `importLeaves` of its leaves,
 * each into a new ledger. Milliseconds of each, and the leaves.
 */
async function storeWrites(count: number): Promise<{ append: Timing; import: Timing }> {
  const batch = benchBatch(0, count).map((group) => ({
    ...group,
    events: group.events.map((event) => ({ ...event, type: 'BenchComplaintRecorded' })),
  }));
  const appended = openSqliteStore(scratchFile('store-append.db'));
  const append = await timed(async () => {
    const result = await appended.appendBatch(batch);
    if (result._tag === 'Left') throw new Error(`append refused: ${result.left._tag}`);
  });
  const leaves: Buffer[] = [];
  for await (const { leaf } of appended.readLeaves(0, count)) leaves.push(Buffer.from(leaf));
  await appended.close();
  const imported = openSqliteStore(scratchFile('store-import.db'));
  const importing = await timed(async () => {
    const done = await imported.importLeaves(leaves);
    if (done._tag === 'Left') throw new Error(`import refused: ${done.left._tag}`);
  });
  await imported.close();
  return { append, import: importing };
}

/** `govledger append` of `count` events from a file, then `govledger import` of its export. */
export async function benchCliWrite(count: number): Promise<BenchRow[]> {
  const input = scratchFile('cli-append.ndjson');
  const lines: string[] = new Array(count);
  // `append` refuses governance acts (they go through their rules), so the same event under its own type.
  for (let i = 0; i < count; i++) lines[i] = JSON.stringify({ ...benchEvent(i), type: 'BenchComplaintRecorded' });
  writeFileSync(input, `${lines.join('\n')}\n`);
  lines.length = 0;
  await cli(['init', '--db', 'cli-append.db', '--origin', 'bench.example/ledger']);
  const append = await timed(() => cli(['append', '--db', 'cli-append.db', input]));
  const appended = rowsOf(scratchFile('cli-append.db'));
  const rawAppend = await rawInsert(appended, 'cli-append-raw.db');

  const exported = scratchFile('cli-export.ndjson');
  writeFileSync(exported, appended.map((r) => `${r.leaf.toString('utf8')}\n`).join(''));
  appended.length = 0;
  await cli(['init', '--db', 'cli-import.db', '--origin', 'bench.example/ledger', '--key', 'cli-append.key']);
  const importing = await timed(() => cli(['import', '--db', 'cli-import.db', '--key', 'cli-append.key', exported]));
  const imported = rowsOf(scratchFile('cli-import.db'));
  const rawImport = await rawInsert(imported, 'cli-import-raw.db');
  const store = await storeWrites(count);
  const load = os.loadavg()[0]!.toFixed(1);
  const label = `${count.toLocaleString('en-US')} events, whole command, load ${load}`;
  const storeLabel = `${count.toLocaleString('en-US')} events, one batch, the store's write alone`;
  return [
    ...rows(`govledger append of an NDJSON file (${label})`, count, append, rawAppend),
    ...rows(`govledger import of its export (${label})`, count, importing, rawImport),
    ...rows(
      `SqliteStore.appendBatch, as append/submit hand it (${storeLabel})`,
      count,
      store.append,
      rawAppend,
      'report',
    ),
    ...rows(`SqliteStore.importLeaves, as import hands it (${storeLabel})`, count, store.import, rawImport, 'report'),
  ];
}

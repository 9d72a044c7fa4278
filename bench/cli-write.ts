/**
 * `govledger append` and `govledger import` of many events through the CLI's own code path
 * (its command functions, in this process: reading the NDJSON file, checking every line,
 * the bulk writer, the checkpoint), each beside a raw better-sqlite3 insert of exactly the
 * rows that command wrote, into the same schema, in one durable transaction, in the same run.
 */
import { writeFileSync } from 'node:fs';
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

/** Milliseconds to insert `rows` raw, in one durable transaction, into a new file of the same schema. */
function rawInsertMs(rows: readonly Row[], name: string): number {
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
  const started = performance.now();
  all(rows);
  const ms = performance.now() - started;
  db.close();
  return ms;
}

function row(name: string, count: number, oursMs: number, rawMs: number): BenchRow {
  return {
    name,
    ours: perSecond(count, oursMs),
    limit: `${perSecond(count, rawMs)} raw insert`,
    ratio: `${(rawMs / oursMs).toFixed(2)}x`,
    goal: '>= 0.70x',
  };
}

/**
 * The write alone, as the verbs hand it to the store: one `appendBatch` of every event (one
 * group each, as `append` groups a file's lines), then one `importLeaves` of its leaves,
 * each into a new ledger. Milliseconds of each, and the leaves.
 */
async function storeWriteMs(count: number): Promise<{ appendMs: number; importMs: number }> {
  const batch = benchBatch(0, count).map((group) => ({
    ...group,
    events: group.events.map((event) => ({ ...event, type: 'BenchComplaintRecorded' })),
  }));
  const appended = openSqliteStore(scratchFile('store-append.db'));
  let started = performance.now();
  const result = await appended.appendBatch(batch);
  const appendMs = performance.now() - started;
  if (result._tag === 'Left') throw new Error(`append refused: ${result.left._tag}`);
  const leaves: Buffer[] = [];
  for await (const { leaf } of appended.readLeaves(0, count)) leaves.push(Buffer.from(leaf));
  await appended.close();
  const imported = openSqliteStore(scratchFile('store-import.db'));
  started = performance.now();
  const done = await imported.importLeaves(leaves);
  const importMs = performance.now() - started;
  if (done._tag === 'Left') throw new Error(`import refused: ${done.left._tag}`);
  await imported.close();
  return { appendMs, importMs };
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
  let started = performance.now();
  await cli(['append', '--db', 'cli-append.db', input]);
  const appendMs = performance.now() - started;
  const appended = rowsOf(scratchFile('cli-append.db'));
  const rawAppendMs = rawInsertMs(appended, 'cli-append-raw.db');

  const exported = scratchFile('cli-export.ndjson');
  writeFileSync(exported, appended.map((r) => `${r.leaf.toString('utf8')}\n`).join(''));
  appended.length = 0;
  await cli(['init', '--db', 'cli-import.db', '--origin', 'bench.example/ledger', '--key', 'cli-append.key']);
  started = performance.now();
  await cli(['import', '--db', 'cli-import.db', '--key', 'cli-append.key', exported]);
  const importMs = performance.now() - started;
  const imported = rowsOf(scratchFile('cli-import.db'));
  const rawImportMs = rawInsertMs(imported, 'cli-import-raw.db');
  const store = await storeWriteMs(count);
  const label = `${count.toLocaleString('en-US')} events, whole command`;
  const storeLabel = `${count.toLocaleString('en-US')} events, one batch, the store's write alone`;
  return [
    row(`govledger append of an NDJSON file (${label})`, count, appendMs, rawAppendMs),
    row(`govledger import of its export (${label})`, count, importMs, rawImportMs),
    {
      ...row(`SqliteStore.appendBatch, as append/submit hand it (${storeLabel})`, count, store.appendMs, rawAppendMs),
      goal: 'report',
    },
    {
      ...row(`SqliteStore.importLeaves, as import hands it (${storeLabel})`, count, store.importMs, rawImportMs),
      goal: 'report',
    },
  ];
}

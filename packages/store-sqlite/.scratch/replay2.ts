import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openSqliteStore, syntheticBatch } from '../src/index.ts';
const path = '/tmp/replay2.db';
for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
const w = openSqliteStore(path, { synchronous: 'normal' });
for (let n = 0; n < 100_000; n += 1000) await w.appendBatch(syntheticBatch(n, 1000));
await w.close();
const store = openSqliteStore(path, { readonly: true });
const raw = new Database(path, { readonly: true });
const best = { store: Infinity, raw: Infinity, rawText: Infinity };
for (let r = 0; r < 7; r++) {
  let t = performance.now(); let n = 0;
  for await (const _e of store.readAll()) n++;
  best.store = Math.min(best.store, performance.now() - t);
  t = performance.now();
  for (const [leaf] of raw.prepare<[], [Buffer]>('SELECT leaf FROM entries').raw().iterate()) JSON.parse(leaf.toString('utf8'));
  best.raw = Math.min(best.raw, performance.now() - t);
  t = performance.now();
  for (const row of raw.prepare('SELECT * FROM entries').iterate() as Iterable<{ leaf: Buffer }>) JSON.parse(row.leaf as unknown as string);
  best.rawText = Math.min(best.rawText, performance.now() - t);
}
console.log(best, 'ratio vs raw leaf iterate', (best.raw / best.store).toFixed(2), 'vs SELECT * iterate', (best.rawText / best.store).toFixed(2));

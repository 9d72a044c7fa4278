import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openSqliteStore, syntheticBatch } from '../src/index.ts';
const batches = [];
for (let n = 0; n < 100_000; n += 1000) batches.push(syntheticBatch(n, 1000));
for (const variant of ['none', 'type', 'none', 'type', 'none', 'type']) {
  const path = `/tmp/typeidx-${variant}.db`;
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  openSqliteStore(path).close();
  if (variant === 'type') { const db = new Database(path); db.exec('CREATE INDEX entries_by_type ON entries(type)'); db.close(); }
  const store = openSqliteStore(path);
  const t = performance.now();
  for (const b of batches) await store.appendBatch(b);
  console.log(variant, Math.round(100_000 / (performance.now() - t) * 1000), 'events/s');
  await store.close();
}

import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
const N = 100_000, B = 1000;
const types = ['ComplaintFiled','ComplaintAssigned','BallotCast','FundDeposited','NoticePublished','RatingPublished','VotingOpened','ComplaintResolved'];
const rows = [];
for (let i = 0; i < N; i++) {
  const s = `complaint-${i % 5000}`;
  const leaf = Buffer.from(JSON.stringify({data:{text:'x'.repeat(250), n:i}, eventId: randomUUID(), metadata:{actor:{id:'a',role:'r'},occurredAt:'2024-01-01T00:00:00.000Z',recordedAt:'2024-01-01T00:00:00.000Z'}, schemaVersion:1, streamId:s, streamVersion: Math.floor(i/5000), type: types[i%8]}));
  rows.push([i, s, Math.floor(i/5000), types[i % 8], '2024-01-01T00:00:00.000Z', leaf, createHash('sha256').update(leaf).digest()]);
}
for (const variant of ['none', 'type', 'type+sync-normal']) {
  const path = `/tmp/idx-${variant}.db`;
  for (const f of [path, path+'-wal', path+'-shm']) fs.rmSync(f, {force:true});
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(variant.includes('normal') ? 'synchronous = NORMAL' : 'synchronous = FULL');
  db.exec(`CREATE TABLE entries(idx INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, stream_version INTEGER NOT NULL, type TEXT NOT NULL, recorded_at TEXT NOT NULL, leaf BLOB NOT NULL, hashes BLOB NOT NULL) STRICT;
  CREATE UNIQUE INDEX entries_stream ON entries(stream_id, stream_version);`);
  if (variant !== 'none') db.exec('CREATE INDEX entries_type ON entries(type)');
  const ins = db.prepare('INSERT INTO entries VALUES (?,?,?,?,?,?,?)');
  const tx = db.transaction((from) => { for (let i = from; i < from + B; i++) ins.run(...rows[i]); });
  const t0 = performance.now();
  for (let i = 0; i < N; i += B) tx.immediate(i);
  const dt = performance.now() - t0;
  console.log(variant, Math.round(N / dt * 1000), 'rows/s');
  console.log(db.prepare("EXPLAIN QUERY PLAN SELECT idx, leaf FROM entries WHERE type IN ('BallotCast','FundDeposited') AND idx >= 5 ORDER BY idx LIMIT 1000").all().map(r=>r.detail));
  console.log(db.prepare("EXPLAIN QUERY PLAN SELECT idx, leaf FROM entries WHERE idx IN (SELECT idx FROM entries WHERE type = 'BallotCast' AND idx >= 5 ORDER BY idx LIMIT 1000) OR idx IN (SELECT idx FROM entries WHERE type = 'FundDeposited' AND idx >= 5 ORDER BY idx LIMIT 1000) ORDER BY idx LIMIT 1000").all().map(r=>r.detail));
  console.log(db.prepare("EXPLAIN QUERY PLAN SELECT idx, leaf FROM entries WHERE idx IN (SELECT idx FROM (SELECT idx FROM entries WHERE type = 'BallotCast' AND idx >= 5 ORDER BY idx LIMIT 1000) UNION ALL SELECT idx FROM (SELECT idx FROM entries WHERE type = 'FundDeposited' AND idx >= 5 ORDER BY idx LIMIT 1000)) ORDER BY idx LIMIT 1000").all().map(r=>r.detail));
  db.close();
}

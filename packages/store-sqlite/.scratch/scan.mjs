import Database from 'better-sqlite3';
for (const path of ['/tmp/idx-none.db', '/tmp/idx-type.db']) {
const db = new Database(path, { readonly: true });
const q1 = db.prepare("SELECT idx, leaf FROM entries WHERE idx >= ? AND type IN ('Nope','BallotCast') ORDER BY idx LIMIT 1000").raw();
const q2 = db.prepare("SELECT idx, leaf FROM entries WHERE idx >= ? AND substr(stream_id,1,length(?)) = ? ORDER BY idx LIMIT 1000").raw();
const q3 = db.prepare("SELECT idx, leaf FROM entries WHERE idx IN (SELECT idx FROM (SELECT idx FROM entries WHERE type = @t1 AND idx >= @from ORDER BY idx LIMIT 1000) UNION ALL SELECT idx FROM (SELECT idx FROM entries WHERE type = @t2 AND idx >= @from ORDER BY idx LIMIT 1000)) ORDER BY idx LIMIT 1000").raw();
for (let r = 0; r < 2; r++) {
let t = performance.now(), n = 0, from = 0;
for (;;) { const rows = q1.all(from); if (!rows.length) break; n += rows.length; from = rows.at(-1)[0] + 1; }
console.log(path, 'residual type scan', n, (performance.now() - t).toFixed(1), 'ms');
t = performance.now(); n = 0; from = 0;
for (;;) { const rows = q3.all({t1:'Nope',t2:'BallotCast',from}); if (!rows.length) break; n += rows.length; from = rows.at(-1)[0] + 1; }
console.log(path, 'union type', n, (performance.now() - t).toFixed(1), 'ms');
t = performance.now(); n = 0; from = 0;
for (;;) { const rows = q2.all(from, 'complaint-12', 'complaint-12'); if (!rows.length) break; n += rows.length; from = rows.at(-1)[0] + 1; }
console.log(path, 'prefix scan', n, (performance.now() - t).toFixed(1), 'ms');
t = performance.now(); n = 0;
for (const row of db.prepare('SELECT idx, leaf FROM entries').iterate()) { JSON.parse(row.leaf); n++; }
console.log(path, 'raw iterate+parse', n, (performance.now() - t).toFixed(1), 'ms');
}
}

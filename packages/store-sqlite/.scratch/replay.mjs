import Database from 'better-sqlite3';
const db = new Database('/tmp/idx-none.db', { readonly: true });
const blob = db.prepare('SELECT idx, leaf FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx LIMIT 1000').raw();
const text = db.prepare('SELECT idx, CAST(leaf AS TEXT) FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx LIMIT 1000').raw();
function raw() { let n = 0; for (const row of db.prepare('SELECT * FROM entries').iterate()) { JSON.parse(row.leaf); n++; } return n; }
function paged(stmt) { let n = 0, from = 0; for (;;) { const rows = stmt.all(from, 1e15); if (!rows.length) break; for (const r of rows) { const e = JSON.parse(typeof r[1] === 'string' ? r[1] : r[1].toString('utf8')); const ev = { index: r[0], ...e }; n++; } from = rows.at(-1)[0] + 1; } return n; }
async function* gen(stmt) { let from = 0; for (;;) { const rows = stmt.all(from, 1e15); if (!rows.length) return; for (const r of rows) yield { index: r[0], ...JSON.parse(r[1]) }; from = rows.at(-1)[0] + 1; } }
async function viaGen(stmt) { let n = 0; for await (const e of gen(stmt)) n++; return n; }
function iter(stmt) { let from = 0, rows = [], i = 0; return { [Symbol.asyncIterator]() { return this; }, next() { if (i >= rows.length) { rows = stmt.all(from, 1e15); i = 0; if (!rows.length) return Promise.resolve({ done: true, value: undefined }); from = rows.at(-1)[0] + 1; } const r = rows[i++]; return Promise.resolve({ done: false, value: { index: r[0], ...JSON.parse(r[1]) } }); } }; }
async function viaIter(stmt) { let n = 0; for await (const e of iter(stmt)) n++; return n; }
for (let k = 0; k < 3; k++) {
  for (const [name, f] of [['raw', raw], ['blob', () => paged(blob)], ['text', () => paged(text)], ['gen', () => viaGen(text)], ['iter', () => viaIter(text)]]) {
    const t = performance.now(); const n = await f(); console.log(name, n, (performance.now() - t).toFixed(0), 'ms');
  }
}

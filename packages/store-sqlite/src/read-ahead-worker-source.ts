/**
 * The read-ahead worker for whole-log audits, as source text: it owns a read-only connection
 * to the ledger file and reads packed pages of leaves and their stored hashes while the main
 * thread hashes the previous page, so `verify` costs about the hashing alone instead of the
 * hashing plus SQLite's row-by-row Buffer allocation.
 *
 * A page is one statement that concatenates the page's leaves (and, separately, their hash
 * blobs) into one BLOB each, in index order, with their lengths; a page with a gap in its
 * indexes also carries the indexes, so the auditor still sees exactly which entry is missing.
 * Plain JavaScript run with `new Worker(source, { eval: true })`: it needs nothing of core.
 */

/** Messages the main thread sends: one credit per page it is ready to receive. */
export type ReadAheadRequest = { readonly kind: 'more' };

/** One packed page of entries `from`… in index order. */
export interface PackedPage {
  readonly kind: 'page';
  /** Rows in the page. */
  readonly count: number;
  /** The rows' indexes when they are not exactly `from, from + 1, …`; null when contiguous. */
  readonly indexes: Float64Array | null;
  readonly from: number;
  readonly leaves: Uint8Array;
  /** End offset in `leaves` of each row's leaf. */
  readonly leafEnds: Int32Array;
  readonly hashes: Uint8Array;
  /** End offset in `hashes` of each row's hash blob. */
  readonly hashEnds: Int32Array;
}

/** Replies of the worker: pages in order, then `done`; or `failed`. */
export type ReadAheadReply =
  | PackedPage
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string };

/** The worker program. `workerData`: `{ path, sqlitePath, from, to, pageRows }`. */
export const READ_AHEAD_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
const { path, from, to, pageRows } = workerData;
const db = new Database(path, { readonly: true, fileMustExist: true });
const packed = db.prepare(
  "SELECT count(*), min(idx), max(idx)," +
  " CAST(group_concat(leaf, '' ORDER BY idx) AS BLOB), group_concat(length(leaf), ',' ORDER BY idx)," +
  " CAST(group_concat(hashes, '' ORDER BY idx) AS BLOB), group_concat(length(hashes), ',' ORDER BY idx)" +
  " FROM entries WHERE idx >= ? AND idx < ?"
).raw();
const indexesOf = db.prepare('SELECT idx FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx').pluck();
const empty = new Uint8Array(0);
function ends(list, count) {
  const out = new Int32Array(count);
  if (count === 0) return out;
  let total = 0, i = 0;
  for (const part of list.split(',')) { total += Number(part); out[i++] = total; }
  return out;
}
// The buffers SQLite hands back are copies owned by this thread; transfer them, never copy again.
function own(bytes) {
  if (bytes === null) return empty.slice();
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
}
let cursor = from;
function next() {
  try {
    if (cursor >= to) { parentPort.postMessage({ kind: 'done' }); return; }
    const end = Math.min(to, cursor + pageRows);
    const [count, first, last, leaves, leafLengths, hashes, hashLengths] = packed.get(cursor, end);
    const contiguous = count === end - cursor && first === cursor && last === end - 1;
    const page = {
      kind: 'page',
      from: cursor,
      count,
      indexes: contiguous || count === 0 ? null : Float64Array.from(indexesOf.all(cursor, end)),
      leaves: own(leaves),
      leafEnds: ends(leafLengths, count),
      hashes: own(hashes),
      hashEnds: ends(hashLengths, count),
    };
    cursor = end;
    const transfer = [page.leaves.buffer, page.leafEnds.buffer, page.hashes.buffer, page.hashEnds.buffer];
    if (page.indexes) transfer.push(page.indexes.buffer);
    parentPort.postMessage(page, transfer);
  } catch (error) {
    parentPort.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
parentPort.on('message', (m) => { if (m.kind === 'more') next(); });
`;

/**
 * The bulk writer's worker thread, as source text: it owns a second connection to the ledger
 * file, hashes each leaf into the Merkle tree (`worker-tree-source.ts`), inserts the rows and
 * commits, so the main thread can validate and canonicalise the next chunk while this one
 * is hashed, written and fsynced.
 *
 * It is kept as plain JavaScript run with `new Worker(source, { eval: true })` so that it
 * loads the same way from TypeScript sources, tests and the bundled `govledger` executable;
 * better-sqlite3 is required by the absolute path the main thread resolved.
 */

import { WORKER_TREE_SOURCE } from './worker-tree-source.ts';

/** Messages the main thread sends. */
export type WorkerRequest =
  | { readonly kind: 'begin' }
  /** The tree at `size`: its perfect-subtree hashes, largest first, concatenated. */
  | { readonly kind: 'frontier'; readonly size: number; readonly subtrees: Uint8Array }
  | {
      readonly kind: 'chunk';
      readonly expectedSize: number;
      readonly count: number;
      readonly streamIds: readonly string[];
      readonly types: readonly string[];
      readonly versions: Int32Array;
      readonly recordedAt: string;
      readonly leaves: Uint8Array;
      readonly leafEnds: Int32Array;
      /** Commit after this chunk (per-chunk durability) instead of at `commit`. */
      readonly commit: boolean;
    }
  | { readonly kind: 'commit' }
  | { readonly kind: 'rollback' };

/** Replies of the worker, one per request, in order. */
export type WorkerReply =
  | { readonly kind: 'head'; readonly size: number; readonly lastRecordedAt: string | null }
  | { readonly kind: 'written'; readonly size: number }
  | { readonly kind: 'conflict'; readonly expectedSize: number; readonly actualSize: number }
  | { readonly kind: 'failed'; readonly message: string };

/** The worker program. `workerData`: `{ path, sqlitePath, synchronous, busyTimeoutMs }`. */
export const WRITE_WORKER_SOURCE = `${WORKER_TREE_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
db.pragma('synchronous = ' + workerData.synchronous);
const head = db.prepare('SELECT idx, recorded_at FROM entries ORDER BY idx DESC LIMIT 1').raw();
const insert = db.prepare('INSERT INTO entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes) VALUES (?, ?, ?, ?, ?, ?, ?)');
let open = false;
let tree = null;
// After a failed or conflicting chunk every later chunk of the run is refused, so an
// all-or-nothing run never commits a tail without its head.
let failed = null;
function size() { const last = head.get(); return last ? last[0] + 1 : 0; }
function begin() { if (!open) { db.exec('BEGIN IMMEDIATE'); open = true; } }
function end(sql) { if (open) { open = false; db.exec(sql); } }
parentPort.on('message', (m) => {
  try {
    if (m.kind === 'begin') {
      begin();
      const last = head.get();
      parentPort.postMessage({ kind: 'head', size: last ? last[0] + 1 : 0, lastRecordedAt: last ? last[1] : null });
    } else if (m.kind === 'frontier') {
      tree = createWorkerTree(m.size, m.subtrees);
      parentPort.postMessage({ kind: 'written', size: m.size });
    } else if (m.kind === 'chunk') {
      if (failed) { parentPort.postMessage({ kind: 'failed', message: failed }); return; }
      if (!tree || tree.size !== m.expectedSize) throw new Error('the bulk writer has no tree at size ' + m.expectedSize);
      begin();
      const actual = size();
      if (actual !== m.expectedSize) {
        end('ROLLBACK');
        failed = 'another writer appended during the bulk run';
        parentPort.postMessage({ kind: 'conflict', expectedSize: m.expectedSize, actualSize: actual });
        return;
      }
      const leaves = Buffer.from(m.leaves.buffer, m.leaves.byteOffset, m.leaves.byteLength);
      tree.mark();
      let leafStart = 0;
      for (let i = 0; i < m.count; i++) {
        const leafEnd = m.leafEnds[i];
        const leaf = leaves.subarray(leafStart, leafEnd);
        insert.run(m.expectedSize + i, m.streamIds[i], m.versions[i], m.types[i], m.recordedAt, leaf, tree.appendLeaf(leaf));
        leafStart = leafEnd;
      }
      if (m.commit) end('COMMIT');
      parentPort.postMessage({ kind: 'written', size: m.expectedSize + m.count });
    } else if (m.kind === 'commit') {
      if (failed) { end('ROLLBACK'); failed = null; parentPort.postMessage({ kind: 'failed', message: 'run failed earlier' }); return; }
      end('COMMIT');
      parentPort.postMessage({ kind: 'written', size: size() });
    } else if (m.kind === 'rollback') {
      end('ROLLBACK');
      failed = null;
      parentPort.postMessage({ kind: 'written', size: size() });
    }
  } catch (error) {
    try { end('ROLLBACK'); } catch {}
    if (tree) tree.reset();
    failed = String(error && error.message || error);
    parentPort.postMessage({ kind: 'failed', message: String(error && error.message || error) });
  }
});
`;

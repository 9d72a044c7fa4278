/**
 * The bulk writer's thread: it owns a second connection to the ledger file, hashes each leaf
 * into the Merkle tree with core's `MerkleFrontier`, inserts the rows and commits, so the
 * main thread can validate and canonicalise the next chunk while this one is hashed, written
 * and fsynced. Started by `bulk-appender.ts` (see `write-worker-url.ts` for where the file is
 * found from sources, the package build and the bundled `govledger`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { leafHash, MerkleFrontier } from '@govledger/core';
import Database from 'better-sqlite3';
import { EntryTable } from './entry-table.ts';
import { storedSubtreeReader } from './subtree-reader.ts';
import type { WorkerReply, WorkerRequest, WriteWorkerData } from './write-worker-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('write-worker.ts runs only as a worker thread');
const data = workerData as WriteWorkerData;
const db = new Database(data.path, { timeout: data.busyTimeoutMs });
db.pragma(`synchronous = ${data.synchronous}`);
const entries = new EntryTable(db);
const insert = db.prepare(
  'INSERT INTO entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes) VALUES (?, ?, ?, ?, ?, ?, ?)',
);
let open = false;
let tree: MerkleFrontier | null = null;
// The tree before the current chunk, to undo the leaves of a chunk that failed.
let marked: MerkleFrontier | null = null;
// After a failed or conflicting chunk every later chunk of the run is refused, so an
// all-or-nothing run never commits a tail without its head.
let failed: string | null = null;
// SQLite's code of the error behind `failed`, when SQLite raised it.
let failedCode: string | undefined;

const reply = (message: WorkerReply) => port.postMessage(message);

function begin(): void {
  if (!open) {
    db.exec('BEGIN IMMEDIATE');
    open = true;
  }
}

function end(sql: 'COMMIT' | 'ROLLBACK'): void {
  if (open) {
    open = false;
    db.exec(sql);
  }
}

/** A `failed` reply, with SQLite's code of the failure when there is one. */
function failure(message: string): WorkerReply {
  return failedCode === undefined ? { kind: 'failed', message } : { kind: 'failed', message, code: failedCode };
}

function isBusy(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'SQLITE_BUSY';
}

function writeChunk(m: Extract<WorkerRequest, { kind: 'chunk' }>): void {
  if (failed) {
    reply(failure(failed));
    return;
  }
  if (!tree || tree.size !== m.expectedSize) throw new Error(`the bulk writer has no tree at size ${m.expectedSize}`);
  begin();
  const actual = entries.head().size;
  if (actual !== m.expectedSize) {
    end('ROLLBACK');
    failed = 'another writer appended during the bulk run';
    reply({ kind: 'conflict', expectedSize: m.expectedSize, actualSize: actual });
    return;
  }
  const leaves = Buffer.from(m.leaves.buffer, m.leaves.byteOffset, m.leaves.byteLength);
  marked = tree.clone();
  const times = m.recordedAt;
  let leafStart = 0;
  for (let i = 0; i < m.count; i++) {
    const leafEnd = m.leafEnds[i] as number;
    const leaf = leaves.subarray(leafStart, leafEnd);
    const recordedAt = typeof times === 'string' ? times : (times[i] as string);
    insert.run(
      m.expectedSize + i,
      m.streamIds[i],
      m.versions[i],
      m.types[i],
      recordedAt,
      leaf,
      tree.appendBlob(leafHash(leaf)),
    );
    leafStart = leafEnd;
  }
  if (m.commit) end('COMMIT');
  reply({ kind: 'written', size: m.expectedSize + m.count });
}

port.on('message', (m: WorkerRequest) => {
  try {
    if (m.kind === 'begin') {
      try {
        begin();
      } catch (error) {
        if (!isBusy(error)) throw error;
        reply({ kind: 'busy', message: String((error as Error).message) });
        return;
      }
      const head = entries.head();
      tree = MerkleFrontier.fromReader(storedSubtreeReader(entries), head.size);
      reply({ kind: 'head', size: head.size, lastRecordedAt: head.lastRecordedAt });
    } else if (m.kind === 'chunk') {
      writeChunk(m);
    } else if (m.kind === 'commit') {
      if (failed) {
        end('ROLLBACK');
        failed = null;
        reply({ kind: 'failed', message: 'run failed earlier' });
        return;
      }
      end('COMMIT');
      reply({ kind: 'written', size: entries.head().size });
    } else {
      end('ROLLBACK');
      failed = null;
      reply({ kind: 'written', size: entries.head().size });
    }
  } catch (error) {
    try {
      end('ROLLBACK');
    } catch {}
    if (marked) tree = marked;
    failed = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    failedCode = typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
    reply(failure(failed));
  }
});

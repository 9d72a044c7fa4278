/**
 * The store's `VerifiableLog`: core's `LogView` answering for the ledger's head as it is in the
 * database now. Each call reads the head, then fetches exactly the stored subtree hashes the
 * answer needs in one query (see `subtree-fetch.ts`) and lets a `LogView` over them compute
 * it, so the argument checks, tree heads and proofs are core's own. The rows of upper subtrees
 * stay cached for the store's lifetime (they never change), so a proof at a million entries
 * fetches about half a dozen rows with its head, in one round trip of prepared statements.
 */
import {
  HASH_BYTES,
  type HashedLeaf,
  LogView,
  type StoredCheckpoint,
  type SubtreeReader,
  type VerifiableLog,
} from '@govledger/core';
import type { Pool } from './connection.ts';
import {
  fetchedReader,
  recordSubtreeReads,
  SubtreeRowCache,
  subtreeRowsQuery,
  withStoredSubtrees,
} from './subtree-fetch.ts';

/** What the log needs of its store besides the pool. */
export interface PgLogBackend {
  readonly sql: () => Pool;
  readonly quotedSchema: string;
  size(): Promise<number>;
  readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf>;
  saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void>;
  checkpoint(size?: number): Promise<StoredCheckpoint | null>;
  checkpoints(): Promise<readonly StoredCheckpoint[]>;
}

/** A reader for calls that read no subtree (leaf hashes come from `readHashedLeaves`). */
const noReads: SubtreeReader = () => new Uint8Array(HASH_BYTES);

/** Builds the log over `backend`. */
export function pgLog(backend: PgLogBackend): VerifiableLog {
  const cache = new SubtreeRowCache();
  const view = (size: number, reader: SubtreeReader) =>
    new LogView({
      reader,
      size: () => size,
      readHashedLeaves: backend.readHashedLeaves,
      saveCheckpoint: backend.saveCheckpoint,
      checkpoint: backend.checkpoint,
      checkpoints: backend.checkpoints,
    });
  /**
   * Runs `call` twice over a LogView: dry (recording reads), then over the fetched hashes.
   * Core's tree code reads synchronously before its first await, so the dry run records every
   * read; a bad argument rejects both runs with core's RangeError. When the caller names the
   * size, the head and the hashes are fetched together in one round trip; the real run then
   * checks that size against the head before it reads anything.
   */
  const answer = async <T>(call: (log: LogView) => Promise<T>, requested?: number): Promise<T> => {
    if (requested === undefined || !Number.isSafeInteger(requested) || requested < 0) {
      const size = await backend.size();
      return withStoredSubtrees(backend.sql(), backend.quotedSchema, (reader) => call(view(size, reader)), cache);
    }
    const needs = recordSubtreeReads((reader) => call(view(requested, reader)), cache);
    const sql = backend.sql();
    const [[head], rows] = await sql.batch([
      sql.unsafe<{ size: number }[]>(`SELECT size FROM ${backend.quotedSchema}.head`, [], { prepare: true }),
      subtreeRowsQuery(sql, backend.quotedSchema, needs.fetch),
    ]);
    cache.keep(rows);
    return call(view(head?.size ?? 0, fetchedReader(rows, needs.held)));
  };
  return {
    treeHead: (size) => answer((log) => log.treeHead(size), size),
    leafHash: (index) => answer((log) => log.leafHash(index)),
    subtreeHashes: async (level, index, count) => {
      if (level === 0) {
        // Leaf hashes: one range read of the stored hashes (each starts with its leaf hash).
        const size = await backend.size();
        return view(size, noReads).subtreeHashes(0, index, count);
      }
      return answer((log) => log.subtreeHashes(level, index, count));
    },
    inclusionProof: (index, size) => answer((log) => log.inclusionProof(index, size), size),
    consistencyProof: (from, to) => answer((log) => log.consistencyProof(from, to), to),
    readHashedLeaves: (from, to) => backend.readHashedLeaves(from, to),
    saveCheckpoint: (checkpoint) => backend.saveCheckpoint(checkpoint),
    checkpoint: (size) => backend.checkpoint(size),
    checkpoints: () => backend.checkpoints(),
  };
}

/**
 * The store's `VerifiableLog`: core's `LogView` over the local cache, except that every tree
 * head and proof first catches the cache up with EventStoreDB, so it answers for the ledger's
 * head there, never for a stale cache (another process may have appended since).
 */
import type { LogView, VerifiableLog } from '@govledger/core';

/** Wraps `view` so its reads run after `sync()`. */
export function syncedLog(view: LogView, sync: () => Promise<unknown>): VerifiableLog {
  const synced = async <T>(read: () => Promise<T>): Promise<T> => {
    await sync();
    return read();
  };
  return {
    treeHead: (size) => synced(() => view.treeHead(size)),
    leafHash: (index) => synced(() => view.leafHash(index)),
    subtreeHashes: (level, index, count) => synced(() => view.subtreeHashes(level, index, count)),
    inclusionProof: (index, size) => synced(() => view.inclusionProof(index, size)),
    consistencyProof: (from, to) => synced(() => view.consistencyProof(from, to)),
    readHashedLeaves: (from, to) => view.readHashedLeaves(from, to),
    saveCheckpoint: (checkpoint) => view.saveCheckpoint(checkpoint),
    checkpoint: (size) => view.checkpoint(size),
    checkpoints: () => view.checkpoints(),
  };
}

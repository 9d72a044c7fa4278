/**
 * Test helper: recompute a store's whole Merkle log from its leaf bytes with core's
 * `LogRecomputer` (which trusts no stored hash) and compare with what the store serves.
 */
import { type EventStore, LogRecomputer, type LogMismatch } from '@govledger/core';

/** What a full recomputation found: the first bad entry (if any) and whether the roots agree. */
export interface LogCheck {
  readonly size: number;
  readonly indexes: readonly number[];
  readonly firstMismatch: LogMismatch | undefined;
  readonly rootMatches: boolean;
}

/** Recomputes every entry's hashes and the root from the leaves and compares with the store. */
export async function checkStoredLog(store: EventStore): Promise<LogCheck> {
  const { size } = await store.head();
  const recomputer = new LogRecomputer();
  const indexes: number[] = [];
  for await (const { index, leaf, hashes } of store.log.readHashedLeaves(0, size)) {
    indexes.push(index);
    recomputer.push(index, leaf, hashes);
  }
  const head = await store.log.treeHead(size);
  return {
    size,
    indexes,
    firstMismatch: recomputer.firstMismatch,
    rootMatches: Buffer.from(head.root).equals(recomputer.root()),
  };
}

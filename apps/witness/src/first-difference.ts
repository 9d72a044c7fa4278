/**
 * Naming the first record where a state note's tree and the witness's replay differ, from
 * the operator's record proofs alone: the witness asks for the proof of the leftmost record
 * of a subtree and compares, level by level, the sibling hashes with its own proof of that
 * record (both are the roots of the same subtrees); the first differing sibling is the
 * subtree to descend into. O(log n) proofs of O(log n) hashes each.
 */
import { encodeHash, type StateCommitmentHead, verifyInclusion } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { StateReplay } from './state-replay.ts';

/** The subtrees whose roots are the inclusion path of the leftmost leaf of `[lo, hi)`, leaf upwards (RFC 9162 §2.1.3.1). */
export function siblingRanges(lo: number, hi: number): [number, number][] {
  if (hi - lo <= 1) return [];
  let k = 1;
  while (k * 2 < hi - lo) k *= 2;
  return [...siblingRanges(lo, lo + k), [lo + k, hi]];
}

const named = (model: string, key: string, index: number) => `${model}/${key} (leaf ${index})`;

/**
 * Why the state note `head` differs from the replay at the same size, naming the first
 * record that differs (or saying why the operator's proofs cannot tell).
 */
export async function firstDifferingRecord(replay: StateReplay, head: StateCommitmentHead): Promise<string> {
  const own = replay.layout().records;
  if (own.length > head.records) {
    const [model, key] = own[head.records]!;
    return `the note commits ${head.records} records, the replay ${own.length}: first record missing from the note: ${named(model, key, head.records)}`;
  }
  if (own.length < head.records) {
    return `the note commits ${head.records} records, the replay only ${own.length}: the note's leaves from ${own.length} on are not records of the replay`;
  }
  if (own.length === 0) return 'the note commits no records, yet its root is not the empty tree’s';
  const noteRoot = encodeHash(head.stateRoot);
  let [lo, hi] = [0, own.length];
  for (;;) {
    const [model, key] = own[lo]!;
    const mine = replay.proveLeaf(lo)!;
    let theirs: Awaited<ReturnType<StateReplay['source']['recordProof']>>;
    try {
      theirs = await replay.source.recordProof(model, key, head.size);
    } catch (error) {
      return `the state root differs; asking the log for its proof of ${named(model, key, lo)} failed: ${(error as Error).message}`;
    }
    if (theirs === undefined)
      return `first differing record: ${named(model, key, lo)} is in the replay, the log has no such record`;
    if (theirs.index !== lo || theirs.size !== own.length) {
      return `first differing record: ${named(model, key, lo)} is at leaf ${theirs.index} of ${theirs.size} in the log's state`;
    }
    if (theirs.root !== noteRoot || isLeft(verifyInclusion(theirs))) {
      return `the state root differs; the log's proof of ${named(model, key, lo)} does not lead to the note's root`;
    }
    if (theirs.leafHash !== mine.leafHash) {
      return `first differing record: ${named(model, key, lo)}: the replay has ${JSON.stringify(mine.record)}, the note's state ${JSON.stringify(theirs.record)}`;
    }
    const ranges = siblingRanges(lo, hi);
    const j = ranges.findIndex((_, level) => theirs.path[level] !== mine.path[level]);
    if (j < 0) return `the state root differs, but the log's proofs do not show where (from leaf ${lo})`;
    [lo, hi] = ranges[j]!;
  }
}

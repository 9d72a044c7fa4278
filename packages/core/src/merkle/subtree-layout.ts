/**
 * Where the log keeps its hashes, and the tree geometry shared by the frontier, the tree
 * reader and the stream verifier.
 *
 * Storage model: entry `i` stores one blob `hashes` = leafHash(i) followed by the hash of
 * every perfect subtree that appending leaf `i` completed, level 1, level 2, … up to level
 * `k` = the number of trailing 1 bits of `i`. The perfect subtree at (level `L`, index `j`)
 * covers leaves `[j·2^L, (j+1)·2^L)` and is therefore found in the blob of entry
 * `(j+1)·2^L − 1` at byte offset `32·L`. Every hash any proof needs is one such read.
 *
 * Sizes and indexes are JS numbers up to `Number.MAX_SAFE_INTEGER`; the arithmetic here
 * avoids 32-bit bit operators so it stays exact past 2^31.
 */
import { HASH_BYTES } from './hash.ts';
import { coreError } from '../errors/thrown-errors.ts';

/**
 * How a store hands stored subtree hashes to core: the 32-byte hash of the perfect subtree
 * at (`level`, `index`) — level 0 is leaf hashes. Synchronous, so core's proof code stays
 * pure; a store reads its blob column (see {@link subtreeLocation}). It may return a view
 * into a larger buffer, but later reads must not overwrite it (one call may hold several
 * before copying them); core never mutates it. Throwing is for a subtree the store does not hold.
 */
export type SubtreeReader = (level: number, index: number) => Uint8Array;

/** A perfect subtree: `level` (leaf count is 2^level) and `index` among subtrees of that level. */
export interface SubtreeId {
  readonly level: number;
  readonly index: number;
}

/** Where a perfect subtree's hash is stored: in entry `entry`'s blob at byte `offset`. */
export interface SubtreeLocation {
  readonly entry: number;
  readonly offset: number;
}

/**
 * The entry whose `hashes` blob holds subtree (`level`, `index`), and the byte offset in it.
 *
 * @example subtreeLocation(2, 1) // { entry: 7, offset: 64 } — leaves 4..7, completed by leaf 7
 */
export function subtreeLocation(level: number, index: number): SubtreeLocation {
  const width = 2 ** level;
  return { entry: (index + 1) * width - 1, offset: HASH_BYTES * level };
}

/** Number of perfect subtrees (levels ≥ 1) appending leaf `index` completes: its trailing 1 bits. */
export function completedLevels(index: number): number {
  let levels = 0;
  let rest = index;
  while (rest % 2 === 1) {
    levels += 1;
    rest = (rest - 1) / 2;
  }
  return levels;
}

/** Exact byte length of entry `index`'s `hashes` blob: 32 × (1 + {@link completedLevels}). */
export function hashesBlobBytes(index: number): number {
  return HASH_BYTES * (1 + completedLevels(index));
}

/** The largest power of two strictly below `n` (n ≥ 2): RFC 6962's split point `k`. */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** If `width` is a power of two, its exponent; otherwise -1. */
export function exactLog2(width: number): number {
  if (width < 1 || !Number.isInteger(width)) return -1;
  let level = 0;
  let rest = width;
  while (rest > 1) {
    if (rest % 2 !== 0) return -1;
    rest /= 2;
    level += 1;
  }
  return level;
}

/**
 * The perfect subtrees that make up the first `size` leaves, left (largest) to right
 * (smallest): one per set bit of `size`. Their hashes are the tree's compact range; the
 * root folds them from the right.
 *
 * @example frontierSubtrees(6) // [{ level: 2, index: 0 }, { level: 1, index: 2 }]
 */
export function frontierSubtrees(size: number): SubtreeId[] {
  const out: SubtreeId[] = [];
  let width = 1;
  while (width * 2 <= size) width *= 2;
  let start = 0;
  let level = exactLog2(width);
  for (; width >= 1 && start < size; width /= 2, level -= 1) {
    if (start + width <= size) {
      out.push({ level, index: start / width });
      start += width;
    }
  }
  return out;
}

/**
 * Calls `read` and checks the answer is a 32-byte hash; a wrong length means the store is
 * broken, so it throws an Error naming the subtree.
 */
export function readSubtree(read: SubtreeReader, level: number, index: number): Uint8Array {
  const hash = read(level, index);
  if (hash.length !== HASH_BYTES) {
    throw coreError(
      'GL_INTERNAL',
      `subtree reader returned ${hash.length} bytes for level ${level} index ${index}, expected ${HASH_BYTES}`,
    );
  }
  return hash;
}

/** Throws a RangeError naming `name` unless `value` is a safe integer ≥ `min`. For bugs, not input. */
export function assertCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `${name} must be a safe integer >= ${min}, got ${value}`);
  }
}

/**
 * The right edge of the log's Merkle tree: what an appender needs to extend the tree and
 * compute its root without reading anything else.
 */
import { EMPTY_ROOT, HASH_BYTES, nodeHash } from './hash.ts';
import { assertCount, frontierSubtrees, readSubtree, type SubtreeReader } from './subtree-layout.ts';
import { coreError } from '../errors/thrown-errors.ts';

/**
 * The compact range of a log of `size` leaves: the hashes of the perfect subtrees of the
 * binary decomposition of `size`, largest (leftmost) first. Appending leaf `i` merges the
 * trailing subtrees it completes, which are exactly the hashes entry `i`'s `hashes` blob
 * stores (see `subtree-layout.ts`).
 *
 * Invariant: `subtreeHashes().length` equals the number of set bits of `size`.
 *
 * `new MerkleFrontier()` is the empty log.
 *
 * @example
 * const frontier = new MerkleFrontier();
 * const blob = frontier.appendBlob(leafHash(leafBytes)); // store beside the leaf
 * frontier.root(); // the tree head after this entry
 *
 * @experimental
 */
export class MerkleFrontier {
  #size = 0;
  /** Perfect subtree hashes, left to right; never mutated once pushed. */
  #stack: Buffer[] = [];
  /** Cached root of the current size, cleared by every append. */
  #root: Buffer | undefined;

  static #of(size: number, stack: Buffer[]): MerkleFrontier {
    const frontier = new MerkleFrontier();
    frontier.#size = size;
    frontier.#stack = stack;
    return frontier;
  }

  /**
   * Rebuilds the frontier of the first `size` leaves from stored subtree hashes, in one read
   * per set bit of `size` (at most 53). Used by a store to resume appending.
   */
  static fromReader(read: SubtreeReader, size: number): MerkleFrontier {
    assertCount('size', size, 0);
    const stack = frontierSubtrees(size).map(({ level, index }) => Buffer.from(readSubtree(read, level, index)));
    return MerkleFrontier.#of(size, stack);
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.#size;
  }

  /**
   * Appends one leaf by its 32-byte leaf hash and returns what entry `size − 1` must store:
   * `[leafHash, level-1 hash, level-2 hash, …]`, one hash per subtree this leaf completed.
   * The returned Buffers are shared with the frontier: do not mutate them.
   */
  append(leafHash: Uint8Array): Buffer[] {
    if (leafHash.length !== HASH_BYTES) {
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `leafHash must be ${HASH_BYTES} bytes, got ${leafHash.length}`);
    }
    let hash: Buffer = Buffer.from(leafHash);
    const completed = [hash];
    let rest = this.#size;
    while (rest % 2 === 1) {
      const left = this.#stack.pop();
      if (left === undefined) throw coreError('GL_INTERNAL', 'MerkleFrontier: compact range shorter than its size');
      hash = nodeHash(left, hash);
      completed.push(hash);
      rest = (rest - 1) / 2;
    }
    this.#stack.push(hash);
    this.#size += 1;
    this.#root = undefined;
    return completed;
  }

  /** {@link append}, returning the entry's `hashes` blob as one fresh Buffer (32 × hashes). */
  appendBlob(leafHash: Uint8Array): Buffer {
    const completed = this.append(leafHash);
    return Buffer.concat(completed, HASH_BYTES * completed.length);
  }

  /** The RFC 6962 root of the leaves so far (`EMPTY_ROOT` when empty); a fresh Buffer. */
  root(): Buffer {
    if (this.#root === undefined) {
      let root: Buffer | undefined;
      for (let i = this.#stack.length - 1; i >= 0; i -= 1) {
        const left = this.#stack[i] as Buffer;
        root = root === undefined ? left : nodeHash(left, root);
      }
      this.#root = root ?? EMPTY_ROOT;
    }
    return Buffer.from(this.#root);
  }

  /** The compact range itself, largest subtree first (shared Buffers: do not mutate). */
  subtreeHashes(): readonly Buffer[] {
    return this.#stack.slice();
  }

  /** An independent copy: appending to one does not change the other. */
  clone(): MerkleFrontier {
    return MerkleFrontier.#of(this.#size, this.#stack.slice());
  }
}

/**
 * `govledger verify`'s engine: recompute the whole Merkle log from the leaf bytes and compare
 * it, entry by entry, with the hashes the store kept. Any changed, removed, reordered or
 * inserted entry shows up as the first index whose stored hashes disagree with the
 * recomputation; an operator who rewrote the stored hashes consistently is caught by
 * comparing {@link LogRecomputer.root} with signed checkpoints as the stream passes their sizes.
 */
import { MerkleFrontier } from './frontier.ts';
import { HASH_BYTES, leafHash, nodeHash } from './hash.ts';
import { completedLevels, frontierSubtrees } from './subtree-layout.ts';

/** Entry `index`'s leaf bytes do not hash to the leaf hash stored for it. */
export interface LeafHashMismatch {
  readonly _tag: 'LeafHashMismatch';
  readonly index: number;
  readonly computed: Buffer;
  readonly stored: Buffer;
}

/**
 * The subtree at `level` completed by entry `index` hashes differently from what the store
 * kept: an earlier leaf or stored hash was changed.
 */
export interface NodeHashMismatch {
  readonly _tag: 'NodeHashMismatch';
  readonly index: number;
  readonly level: number;
  readonly computed: Buffer;
  readonly stored: Buffer;
}

/** Entry `index`'s `hashes` blob has the wrong length for its position (32 × (1 + completed levels)). */
export interface HashesLengthMismatch {
  readonly _tag: 'HashesLengthMismatch';
  readonly index: number;
  readonly expectedBytes: number;
  readonly storedBytes: number;
}

/** The stream skipped or repeated an index: entries were removed, inserted or reordered. */
export interface UnexpectedIndex {
  readonly _tag: 'UnexpectedIndex';
  readonly expected: number;
  readonly actual: number;
}

/** The first thing found wrong with one entry of the stored log. */
export type LogMismatch = LeafHashMismatch | NodeHashMismatch | HashesLengthMismatch | UnexpectedIndex;

const view = (bytes: Uint8Array, start: number): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, HASH_BYTES);

/**
 * Recomputes the log from leaves fed in index order and checks each entry's stored
 * `hashes` blob. It never trusts stored hashes: after a mismatch it carries on with its own
 * recomputation, so later reports and {@link root} describe the tree of the actual leaves.
 *
 * @example
 * const recomputer = new LogRecomputer();
 * for await (const { index, leaf, hashes } of entries) {
 *   const mismatch = recomputer.push(index, leaf, hashes);
 *   if (mismatch) return mismatch;                       // first bad index
 *   if (checkpointSizes.has(recomputer.size)) compare(recomputer.root());
 * }
 *
 * @experimental
 */
export class LogRecomputer {
  /** The recomputed compact range (perfect subtree hashes, largest first), as in MerkleFrontier. */
  readonly #stack: Buffer[];
  #size: number;
  #firstMismatch: LogMismatch | undefined;

  /** Starts from the empty log, or from a trusted frontier (verifying only later entries). */
  constructor(start?: MerkleFrontier) {
    this.#stack = start === undefined ? [] : [...start.subtreeHashes()];
    this.#size = start === undefined ? 0 : start.size;
  }

  /** Entries pushed so far (including a trusted start): the index `push` expects next. */
  get size(): number {
    return this.#size;
  }

  /** The first mismatch any `push` reported, if any. */
  get firstMismatch(): LogMismatch | undefined {
    return this.#firstMismatch;
  }

  /**
   * Feeds entry `index` (which must equal {@link size}) with its exact leaf bytes and its
   * stored `hashes` blob. Returns null when the blob matches the recomputation, else what
   * is wrong with this entry; the entry then still counts as appended, with the recomputed
   * hashes. An `UnexpectedIndex` appends nothing: the stream itself is out of order.
   */
  push(index: number, leaf: Uint8Array, hashes: Uint8Array): LogMismatch | null {
    const size = this.#size;
    if (index !== size) return this.#report({ _tag: 'UnexpectedIndex', expected: size, actual: index });
    const stack = this.#stack;
    let node = leafHash(leaf);
    let mismatch: LogMismatch | null = null;
    const levels = completedLevels(size);
    const expectedBytes = HASH_BYTES * (1 + levels);
    if (hashes.length < HASH_BYTES || node.compare(hashes, 0, HASH_BYTES) !== 0) {
      const stored = Buffer.from(hashes.length < HASH_BYTES ? hashes : view(hashes, 0));
      mismatch = { _tag: 'LeafHashMismatch', index, computed: node, stored };
    } else if (hashes.length !== expectedBytes) {
      mismatch = { _tag: 'HashesLengthMismatch', index, expectedBytes, storedBytes: hashes.length };
    }
    // Merge the subtrees this leaf completes (as MerkleFrontier.append), checking each.
    for (let level = 1; level <= levels; level += 1) {
      node = nodeHash(stack.pop() as Buffer, node);
      const offset = HASH_BYTES * level;
      if (mismatch === null && node.compare(hashes, offset, offset + HASH_BYTES) !== 0) {
        const stored = Buffer.from(view(hashes, offset));
        mismatch = { _tag: 'NodeHashMismatch', index, level, computed: node, stored };
      }
    }
    stack.push(node);
    this.#size = size + 1;
    return mismatch === null ? null : this.#report(mismatch);
  }

  /** The RFC 6962 root of the leaves pushed so far, recomputed (O(log size) node hashes). */
  root(): Buffer {
    return this.frontier().root();
  }

  /** A copy of the recomputed frontier (e.g. to resume verification later from here). */
  frontier(): MerkleFrontier {
    const ids = frontierSubtrees(this.#size);
    const position = (level: number, index: number) => ids.findIndex((id) => id.level === level && id.index === index);
    return MerkleFrontier.fromReader((level, index) => this.#stack[position(level, index)] as Buffer, this.#size);
  }

  #report(mismatch: LogMismatch): LogMismatch {
    this.#firstMismatch ??= mismatch;
    return mismatch;
  }
}

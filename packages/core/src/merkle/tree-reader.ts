/**
 * Tree heads, proof paths and the JSON proofs a store serves, in O(log n) reads: RFC 6962
 * §2.1.1 / §2.1.2 (RFC 9162 §2.1.3.1 / §2.1.4.1) computed from the perfect subtrees the
 * store keeps (see `subtree-layout.ts`) instead of from the leaves.
 *
 * Every node of the tree of size `n` is either a perfect subtree (one read) or lies on the
 * right edge, covering `[begin, n)`; a right-edge node is the fold of the trailing perfect
 * subtrees of `n`'s decomposition, which one call reads and folds at most once each.
 */
import { encodeHash } from './base64.ts';
import { EMPTY_ROOT, nodeHash } from './hash.ts';
import type { ConsistencyProof, InclusionProof } from './proof-types.ts';
import {
  assertCount,
  exactLog2,
  frontierSubtrees,
  largestPowerOfTwoBelow,
  readSubtree,
  type SubtreeId,
  type SubtreeReader,
} from './subtree-layout.ts';
import { coreError } from '../errors/thrown-errors.ts';

export type { SubtreeReader } from './subtree-layout.ts';

/** Node hashes of the tree of one size, memoised for the duration of one call. */
class SizedTree {
  readonly #read: SubtreeReader;
  readonly size: number;
  readonly #edge: SubtreeId[];
  /** `#suffix[t]`: hash of the right-edge node made of subtrees `t..` of `#edge`. */
  readonly #suffix: (Buffer | undefined)[];
  /** Start leaf of each `#edge` subtree. */
  readonly #starts: number[];

  constructor(read: SubtreeReader, size: number) {
    this.#read = read;
    this.size = size;
    this.#edge = frontierSubtrees(size);
    this.#suffix = new Array<Buffer | undefined>(this.#edge.length);
    this.#starts = [];
    let start = 0;
    for (const { level } of this.#edge) {
      this.#starts.push(start);
      start += 2 ** level;
    }
  }

  /** MTH of leaves `[begin, end)`, which must be a node of this tree. */
  hash(begin: number, end: number): Buffer {
    const width = end - begin;
    const level = exactLog2(width);
    if (level >= 0 && begin % width === 0) return asBuffer(readSubtree(this.#read, level, begin / width));
    if (end !== this.size)
      throw coreError('GL_INTERNAL', `[${begin}, ${end}) is not a node of the tree of size ${this.size}`);
    return this.#rightEdge(begin);
  }

  #rightEdge(begin: number): Buffer {
    const first = this.#starts.indexOf(begin);
    if (first < 0)
      throw coreError('GL_INTERNAL', `[${begin}, ${this.size}) is not a node of the tree of size ${this.size}`);
    let t = this.#edge.length - 1;
    while (t > first && this.#suffix[t - 1] !== undefined) t -= 1;
    let hash = this.#suffix[t] ?? this.#subtree(t);
    this.#suffix[t] = hash;
    for (t -= 1; t >= first; t -= 1) {
      hash = nodeHash(this.#subtree(t), hash);
      this.#suffix[t] = hash;
    }
    return hash;
  }

  #subtree(t: number): Buffer {
    const id = this.#edge[t] as SubtreeId;
    return asBuffer(readSubtree(this.#read, id.level, id.index));
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Throws a RangeError naming `name` unless `value` is a safe integer with min ≤ value ≤ max. */
function assertWithin(name: string, value: number, min: number, max: number, maxName: string): void {
  assertCount(name, value, min);
  if (value > max) throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `${name} must be <= ${maxName} (${max}), got ${value}`);
}

/** Throws a RangeError unless 0 ≤ index < size. */
function assertIndex(index: number, size: number): void {
  assertCount('index', index, 0);
  if (index >= size) throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `index must be < size (${size}), got ${index}`);
}

/**
 * Read-only view of a log of `size` leaves whose subtree hashes `read` returns: tree heads
 * and RFC 6962 proof paths for any size up to `size`, each in O(log size) reads.
 * Arguments out of range throw a RangeError naming the argument: callers validate user
 * input first, so a throw here is a bug. Returned hashes are fresh copies: mutating one
 * cannot reach the store's buffers or this view's memo.
 *
 * @experimental
 */
export class TreeReader {
  readonly #read: SubtreeReader;
  /** The log size this view may read up to. */
  readonly size: number;
  /** The last size's memoised nodes: a proof and its root share right-edge reads. */
  #last: SizedTree | undefined;

  constructor(read: SubtreeReader, size: number) {
    assertCount('size', size, 0);
    this.#read = read;
    this.size = size;
  }

  #tree(size: number): SizedTree {
    if (this.#last?.size !== size) this.#last = new SizedTree(this.#read, size);
    return this.#last;
  }

  /** The RFC 6962 root of the first `size` leaves (`EMPTY_ROOT` for 0). */
  rootAt(size: number = this.size): Buffer {
    assertWithin('size', size, 0, this.size, 'the log size');
    if (size === 0) return Buffer.from(EMPTY_ROOT);
    return Buffer.from(this.#tree(size).hash(0, size));
  }

  /** The stored leaf hash of entry `index` (< size). */
  leafHashAt(index: number): Buffer {
    assertIndex(index, this.size);
    return Buffer.from(readSubtree(this.#read, 0, index));
  }

  /**
   * RFC 6962 PATH(index, D[0:size]): sibling hashes from the leaf up to the root.
   * Requires 0 ≤ index < size ≤ this.size.
   */
  inclusionPath(index: number, size: number = this.size): Buffer[] {
    assertWithin('size', size, 1, this.size, 'the log size');
    assertIndex(index, size);
    const tree = this.#tree(size);
    const topDown: Buffer[] = [];
    let begin = 0;
    let end = size;
    while (end - begin > 1) {
      const split = begin + largestPowerOfTwoBelow(end - begin);
      if (index < split) {
        topDown.push(tree.hash(split, end));
        end = split;
      } else {
        topDown.push(tree.hash(begin, split));
        begin = split;
      }
    }
    return topDown.reverse().map((hash) => Buffer.from(hash));
  }

  /**
   * RFC 6962 PROOF(from, D[0:to]): the consistency path from the tree of `from` leaves to
   * the tree of `to` leaves, innermost node first. Requires 0 < from ≤ to ≤ this.size; the
   * path is empty when from = to.
   */
  consistencyPath(from: number, to: number = this.size): Buffer[] {
    assertWithin('to', to, 1, this.size, 'the log size');
    assertWithin('from', from, 1, to, 'to');
    const tree = this.#tree(to);
    const topDown: Buffer[] = [];
    let begin = 0;
    let end = to;
    while (from !== end) {
      const split = begin + largestPowerOfTwoBelow(end - begin);
      if (from <= split) {
        topDown.push(tree.hash(split, end));
        end = split;
      } else {
        topDown.push(tree.hash(begin, split));
        begin = split;
      }
    }
    const path = topDown.reverse();
    // Unless the old tree is itself a node (begin = 0), the verifier needs that node too.
    if (begin !== 0) path.unshift(tree.hash(begin, end));
    return path.map((hash) => Buffer.from(hash));
  }
}

/**
 * The RFC 6962 root of the first `size` entries (`EMPTY_ROOT` for 0) in at most one read
 * per set bit of `size`. `read` must serve that size (the caller checks it against its log).
 */
export function rootAt(read: SubtreeReader, size: number): Buffer {
  return new TreeReader(read, size).rootAt(size);
}

/**
 * Proof that entry `index` is in the tree of `size` entries, as DESIGN.md prints it:
 * `{"index","size","leafHash","path","root"}`. Requires 0 ≤ index < size; `read` must serve
 * that size. Throws a RangeError naming the bad argument (callers validate input first).
 */
export function inclusionProof(read: SubtreeReader, index: number, size: number): InclusionProof {
  const tree = new TreeReader(read, size);
  const path = tree.inclusionPath(index, size);
  return {
    index,
    size,
    leafHash: encodeHash(tree.leafHashAt(index)),
    path: path.map(encodeHash),
    root: encodeHash(tree.rootAt(size)),
  };
}

/**
 * Proof that the tree of `from` entries is a prefix of the tree of `to` entries, as DESIGN.md
 * prints it: `{"from","to","path","fromRoot","toRoot"}`. Requires 0 < from ≤ to; `read` must
 * serve size `to`. Throws a RangeError naming the bad argument (callers validate input first).
 */
export function consistencyProof(read: SubtreeReader, from: number, to: number): ConsistencyProof {
  const tree = new TreeReader(read, to);
  const path = tree.consistencyPath(from, to);
  const toRoot = tree.rootAt(to); // shares the path's memoised right edge
  return { from, to, path: path.map(encodeHash), fromRoot: encodeHash(tree.rootAt(from)), toRoot: encodeHash(toRoot) };
}

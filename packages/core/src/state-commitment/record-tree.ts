/**
 * An RFC 6962 Merkle tree whose leaves can be replaced as well as appended: the shape that
 * lets a state commitment give every public record a stable position (its leaf index) while
 * the record itself changes as the ledger grows.
 *
 * The tree keeps every level: level 0 holds the leaf hashes, level `l + 1` the hashes of
 * pairs of level `l`, where a last node without a right sibling is carried up unchanged.
 * That bottom-up shape gives exactly RFC 6962's `MTH` (whose split at the largest power of
 * two below `n` is the same split), and its audit paths are RFC 9162 §2.1.3 inclusion
 * proofs that `verifyInclusion` accepts.
 *
 * Hashes are kept as latin1 digest strings (`digest.ts`: cheaper to compute, compare and
 * keep than Buffers); the Uint8Array methods convert at the edge.
 *
 * Writes are lazy: `setLeaf` only records the new hash; `root()` and `prove()` first rehash
 * the ancestors of every changed leaf once, level by level, so folding many events between
 * two roots costs O(changed leaves × log n) hashes, not one path per write.
 */
import { coreError } from '../errors/thrown-errors.ts';
import { EMPTY_ROOT } from '../merkle/hash.ts';
import type { InclusionProof } from '../merkle/proof-types.ts';
import { type Digest, digestBytes, digestOf, nodeDigest } from './digest.ts';

const EMPTY_DIGEST: Digest = digestOf(EMPTY_ROOT);

/** A digest in the standard base64 of proofs and notes. */
const base64Of = (digest: Digest): string => Buffer.from(digest, 'latin1').toString('base64');

/**
 * A mutable RFC 6962 tree of 32-byte leaf hashes (see the module comment).
 *
 * @example
 * const tree = new RecordTree();
 * tree.setLeaf(0, leafHash(a)); tree.setLeaf(1, leafHash(b));
 * tree.setLeaf(0, leafHash(a2)); // replaces the first leaf; positions never move
 * tree.root(); tree.prove(1);
 */
export class RecordTree {
  /** `levels[0]` are the leaf digests; the last level has one node (the root) once flushed. */
  readonly #levels: Digest[][] = [[]];
  /** Leaf indices written since the last flush (each once: see `#written`). */
  #dirty: number[] = [];
  /** Per leaf, 1 while it is listed in `#dirty`. */
  #written = new Uint8Array(1024);

  /** The number of leaves. */
  get size(): number {
    return this.#levels[0]!.length;
  }

  /**
   * Sets leaf `index` to `hash` (a 32-byte RFC 6962 leaf hash). `index` is an existing leaf
   * (a replacement) or exactly `size` (an append); anything else is a bug in the caller.
   */
  setLeaf(index: number, hash: Uint8Array): void {
    this.setLeafDigest(index, digestOf(hash));
  }

  /** {@link setLeaf} with the hash as a digest string (see `digest.ts`), as the state commitment keeps them. */
  setLeafDigest(index: number, digest: Digest): void {
    const leaves = this.#levels[0]!;
    if (!Number.isSafeInteger(index) || index < 0 || index > leaves.length) {
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `leaf ${index} is neither a leaf of ${leaves.length} nor the next`);
    }
    leaves[index] = digest;
    if (index >= this.#written.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.#written.length * 2));
      grown.set(this.#written);
      this.#written = grown;
    }
    if (this.#written[index] === 0) {
      this.#written[index] = 1;
      this.#dirty.push(index);
    }
  }

  /** The hash of leaf `index`. */
  leaf(index: number): Uint8Array | undefined {
    const digest = this.#levels[0]![index];
    return digest === undefined ? undefined : digestBytes(digest);
  }

  /** The digest of leaf `index` (see `digest.ts`). */
  leafDigest(index: number): Digest | undefined {
    return this.#levels[0]![index];
  }

  /** Rehashes the ancestors of the leaves written since the last flush, once each. */
  #flush(): void {
    if (this.#dirty.length === 0) return;
    // Ascending indices: the parents of a sorted list are sorted, so duplicates are neighbours.
    const written = Int32Array.from(this.#dirty).sort();
    for (const index of written) this.#written[index] = 0;
    this.#dirty = [];
    let changed: ArrayLike<number> = written;
    for (let level = 0; this.#levels[level]!.length > 1; level++) {
      const below = this.#levels[level]!;
      const above = this.#levels[level + 1] ?? [];
      this.#levels[level + 1] = above;
      above.length = Math.ceil(below.length / 2);
      const parents: number[] = [];
      for (let i = 0; i < changed.length; i++) {
        const parent = changed[i]! >> 1;
        if (parents[parents.length - 1] === parent) continue;
        parents.push(parent);
        const left = below[2 * parent]!;
        const right = below[2 * parent + 1];
        above[parent] = right === undefined ? left : nodeDigest(left, right);
      }
      changed = parents;
    }
  }

  /** The root as a digest (see `digest.ts`). */
  rootDigest(): Digest {
    this.#flush();
    if (this.size === 0) return EMPTY_DIGEST;
    return this.#levels.find((level) => level.length === 1)![0]!;
  }

  /** The RFC 6962 root of all leaves (the hash of the empty string for none). */
  root(): Uint8Array {
    return digestBytes(this.rootDigest());
  }

  /** The inclusion proof of leaf `index` in the tree as it stands, in the log's proof shape. */
  prove(index: number): InclusionProof {
    const size = this.size;
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `leaf ${index} is not below size ${size}`);
    }
    const root = this.rootDigest();
    const path: string[] = [];
    let position = index;
    for (let level = 0; this.#levels[level]!.length > 1; level++) {
      const sibling = this.#levels[level]![position ^ 1];
      if (sibling !== undefined) path.push(base64Of(sibling));
      position >>= 1;
    }
    return { index, size, leafHash: base64Of(this.#levels[0]![index]!), path, root: base64Of(root) };
  }

  /** Every leaf hash in position order, concatenated (32 bytes each; for a snapshot). */
  leafBytes(): Buffer {
    return Buffer.from(this.#levels[0]!.join(''), 'latin1');
  }

  /** A copy of every leaf hash in position order (for a snapshot). */
  leaves(): readonly Uint8Array[] {
    return this.#levels[0]!.map(digestBytes);
  }
}

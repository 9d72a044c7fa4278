/**
 * The {@link VerifiableLog} a store exposes, built from a synchronous subtree reader over the
 * store's stored hashes plus the store's checkpoint table. Every read is O(log n) hashes.
 */
import { consistencyProof, inclusionProof, rootAt, type SubtreeReader } from './merkle/tree-reader.ts';
import type { ConsistencyProof, InclusionProof, TreeHead } from './merkle/proof-types.ts';
import { cachedSubtreeReader } from './merkle/subtree-cache.ts';
import { HASH_BYTES } from './merkle/hash.ts';
import { readSubtree } from './merkle/subtree-layout.ts';
import type { HashedLeaf, StoredCheckpoint, VerifiableLog } from './store.ts';
import { coreError } from './errors/thrown-errors.ts';
import { checkSizeWithin } from './store-helpers.ts';

/** What a store provides to back a {@link LogView}. */
export interface LogBackend {
  readonly reader: SubtreeReader;
  /** The current ledger size (re-read on every call: other processes may append). */
  size(): number;
  /** Keeps a signed checkpoint (the view has already checked its size). */
  saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void>;
  /** Leaves `from`..`to` (exclusive) with their stored hashes, in index order. */
  readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf>;
  /** The stored checkpoint for exactly `size`, or the latest one. */
  checkpoint(size?: number): Promise<StoredCheckpoint | null>;
  /** Every stored checkpoint in increasing size. */
  checkpoints(): Promise<readonly StoredCheckpoint[]>;
}

/**
 * Tree heads, proofs and checkpoints over a store's stored hashes.
 *
 * @experimental
 */
export class LogView implements VerifiableLog {
  readonly #backend: LogBackend;

  constructor(backend: LogBackend) {
    // Proofs and roots read the same upper subtrees over and over; cache those (immutable).
    this.#backend = { ...backend, reader: cachedSubtreeReader(backend.reader) };
  }

  async treeHead(size?: number): Promise<TreeHead> {
    const head = this.#backend.size();
    const n = size ?? head;
    checkSizeWithin('size', n, head);
    return { size: n, root: rootAt(this.#backend.reader, n) };
  }

  async leafHash(index: number): Promise<Uint8Array> {
    const head = this.#backend.size();
    if (!Number.isInteger(index) || index < 0 || index >= head) {
      throw coreError(
        'GL_ARGUMENT_OUT_OF_RANGE',
        `index must be an integer below the ledger size ${head}, got ${index}`,
      );
    }
    return this.#backend.reader(0, index);
  }

  async subtreeHashes(level: number, index: number, count: number): Promise<Uint8Array[]> {
    const head = this.#backend.size();
    const valid = [level, index, count].every((n) => Number.isInteger(n) && n >= 0) && level <= 52;
    if (!valid) {
      throw coreError(
        'GL_ARGUMENT_OUT_OF_RANGE',
        `subtrees (level ${level}, from ${index}, count ${count}) are not positions`,
      );
    }
    if ((index + count) * 2 ** level > head) {
      throw coreError(
        'GL_ARGUMENT_OUT_OF_RANGE',
        `subtrees (level ${level}, from ${index}, count ${count}) reach beyond the ledger size ${head}`,
      );
    }
    const out: Uint8Array[] = [];
    if (level === 0) {
      // Leaf hashes: one range read of the stored hashes (each starts with its leaf hash).
      for await (const { hashes } of this.#backend.readHashedLeaves(index, index + count)) {
        out.push(hashes.subarray(0, HASH_BYTES));
      }
      if (out.length !== count) {
        throw coreError('GL_INTERNAL', `the store returned ${out.length} of ${count} leaf hashes`);
      }
      return out;
    }
    for (let i = 0; i < count; i++) out.push(readSubtree(this.#backend.reader, level, index + i));
    return out;
  }

  async inclusionProof(index: number, size?: number): Promise<InclusionProof> {
    const head = this.#backend.size();
    const n = size ?? head;
    checkSizeWithin('size', n, head);
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `index must be an integer below size ${n}, got ${index}`);
    }
    return inclusionProof(this.#backend.reader, index, n);
  }

  async consistencyProof(from: number, to?: number): Promise<ConsistencyProof> {
    const head = this.#backend.size();
    const n = to ?? head;
    checkSizeWithin('to', n, head);
    if (!Number.isInteger(from) || from < 1 || from > n) {
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `from must be an integer from 1 to ${n}, got ${from}`);
    }
    return consistencyProof(this.#backend.reader, from, n);
  }

  readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf> {
    return this.#backend.readHashedLeaves(from, to);
  }

  saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
    return this.#backend.saveCheckpoint(checkpoint);
  }

  checkpoint(size?: number): Promise<StoredCheckpoint | null> {
    return this.#backend.checkpoint(size);
  }

  checkpoints(): Promise<readonly StoredCheckpoint[]> {
    return this.#backend.checkpoints();
  }
}

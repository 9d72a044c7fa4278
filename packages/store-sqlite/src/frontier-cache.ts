/**
 * The appender's Merkle frontier, cached between transactions and keyed by ledger size.
 * Another process may append to the same file at any time, so the writer asks for the
 * frontier of the size it read inside its write transaction; a cache for any other size is
 * rebuilt from the stored subtree hashes (one read per set bit of the size).
 */
import { MerkleFrontier, type SubtreeReader } from '@govledger/core';

/** Holds at most one frontier; {@link at} rebuilds it when the ledger moved under it. */
export class FrontierCache {
  readonly #read: SubtreeReader;
  #frontier: MerkleFrontier | undefined;

  constructor(read: SubtreeReader) {
    this.#read = read;
  }

  /**
   * The frontier of exactly `size` leaves, which the caller may extend in place. Equal sizes
   * mean equal logs (entries are append-only), provided a failed write calls
   * {@link invalidate}: its in-memory appends were never committed.
   */
  at(size: number): MerkleFrontier {
    if (this.#frontier?.size !== size) this.#frontier = MerkleFrontier.fromReader(this.#read, size);
    return this.#frontier;
  }

  /** Forgets the cached frontier; the next {@link at} rebuilds it from the file. */
  invalidate(): void {
    this.#frontier = undefined;
  }
}

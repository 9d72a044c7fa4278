/**
 * Stream versions remembered between this connection's write transactions, so a batch over
 * a thousand streams does not run a thousand version queries. Like the frontier cache it is
 * keyed by ledger size: if the size read inside the write transaction is not the size after
 * our own last commit, another writer appended and the whole cache is dropped.
 */
import type { StreamVersion } from '@govledger/core';

/** Bound on remembered streams; past it the cache starts over (it is only a cache). */
const MAX_STREAMS = 250_000;

/** Versions valid for exactly one ledger size. */
export class StreamVersionCache {
  #size = -1;
  readonly #versions = new Map<string, StreamVersion>();

  /** Returns a lookup valid at `size`, falling back to `query` for unknown streams. */
  at(size: number, query: (streamId: string) => StreamVersion): (streamId: string) => StreamVersion {
    if (size !== this.#size) {
      this.#versions.clear();
      this.#size = size;
    }
    return (streamId) => {
      const known = this.#versions.get(streamId);
      if (known !== undefined) return known;
      const version = query(streamId);
      this.#versions.set(streamId, version);
      return version;
    };
  }

  /** Records a committed write: the new size and the last version of each written stream. */
  committed(size: number, written: Iterable<{ streamId: string; streamVersion: number }>): void {
    if (this.#versions.size > MAX_STREAMS) this.#versions.clear();
    for (const { streamId, streamVersion } of written) this.#versions.set(streamId, streamVersion);
    this.#size = size;
  }

  /** Forgets everything (after a failed or rolled-back write). */
  invalidate(): void {
    this.#versions.clear();
    this.#size = -1;
  }
}

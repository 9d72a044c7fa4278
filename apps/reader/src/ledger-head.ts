/**
 * The ledger head as the reader sees it on each request: size, RFC 6962 root and the ETag
 * derived from both. Another process may append at any time, so the size is read from the
 * store on every call; the root (O(log n) stored hashes) is recomputed only when the size
 * changed. The log is append-only, so one size always has one root.
 */
import type { EventStore, LedgerHead } from '@govledger/core';

/** The head at one moment. `root` is standard base64 of the 32-byte root. */
export interface HeadView {
  readonly size: number;
  readonly root: string;
  readonly lastRecordedAt: string | null;
  /** A strong ETag naming this head: `"<size>-<first 16 bytes of the root, hex>"`. */
  readonly etag: string;
}

/** The ETag of the tree of `size` entries with root `rootBase64`. */
export function etagOf(size: number, rootBase64: string): string {
  return `"${size}-${Buffer.from(rootBase64, 'base64').subarray(0, 16).toString('hex')}"`;
}

/** Reads the head cheaply: one `head()` per call, a root only when the size moved. */
export class LedgerHeads {
  readonly #store: EventStore;
  #latest: HeadView | null = null;
  readonly #roots = new Map<number, string>();

  constructor(store: EventStore) {
    this.#store = store;
  }

  /**
   * The current head without a promise turn, when the store offers a synchronous head and
   * the head has not moved since it was last viewed; else undefined (then use `current`).
   */
  currentIfKnown(): HeadView | undefined {
    const head = this.#store.headSync?.();
    return head === undefined ? undefined : this.#unmoved(head);
  }

  /** The current head. */
  async current(): Promise<HeadView> {
    const head = this.#store.headSync?.() ?? (await this.#store.head());
    const unmoved = this.#unmoved(head);
    if (unmoved !== undefined) return unmoved;
    const root = await this.rootOf(head.size);
    const view: HeadView = {
      size: head.size,
      root,
      lastRecordedAt: head.lastRecordedAt,
      etag: etagOf(head.size, root),
    };
    if (!this.#latest || view.size >= this.#latest.size) this.#latest = view;
    return view;
  }

  /** The last view, if `head` is still where it stood. */
  #unmoved(head: LedgerHead): HeadView | undefined {
    const latest = this.#latest;
    return latest && latest.size === head.size && latest.lastRecordedAt === head.lastRecordedAt ? latest : undefined;
  }

  /** The base64 root of the first `size` entries if it is in the cache, without reading the store. */
  knownRoot(size: number): string | undefined {
    return this.#roots.get(size);
  }

  /** The base64 root of the first `size` entries (a small cache keeps recent ones). */
  async rootOf(size: number): Promise<string> {
    const cached = this.#roots.get(size);
    if (cached !== undefined) return cached;
    const { root } = await this.#store.log.treeHead(size);
    const text = Buffer.from(root).toString('base64');
    if (this.#roots.size >= 64) this.#roots.delete(this.#roots.keys().next().value as number);
    this.#roots.set(size, text);
    return text;
  }
}

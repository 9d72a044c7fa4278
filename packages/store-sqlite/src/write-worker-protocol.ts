/**
 * The messages between a bulk run's main thread (`bulk-appender.ts`) and its writer thread
 * (`write-worker.ts`): one reply per request, in order.
 */

/** What the writer thread is started with (its `workerData`). */
export interface WriteWorkerData {
  readonly path: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly busyTimeoutMs: number;
}

/** Messages the main thread sends. */
export type WorkerRequest =
  /** Take the write lock and report the head (and rebuild the Merkle frontier there). */
  | { readonly kind: 'begin' }
  | {
      readonly kind: 'chunk';
      readonly expectedSize: number;
      readonly count: number;
      readonly streamIds: readonly string[];
      readonly types: readonly string[];
      readonly versions: Int32Array;
      /** One time for the chunk (appends), or one per row (imports keep each leaf's own time). */
      readonly recordedAt: string | readonly string[];
      readonly leaves: Uint8Array;
      readonly leafEnds: Int32Array;
      /** Commit after this chunk (per-chunk durability) instead of at `commit`. */
      readonly commit: boolean;
    }
  | { readonly kind: 'commit' }
  | { readonly kind: 'rollback' };

/** Replies of the worker, one per request, in order. */
export type WorkerReply =
  | { readonly kind: 'head'; readonly size: number; readonly lastRecordedAt: string | null }
  | { readonly kind: 'written'; readonly size: number }
  | { readonly kind: 'conflict'; readonly expectedSize: number; readonly actualSize: number }
  | { readonly kind: 'busy'; readonly message: string }
  /** `code`: SQLite's error code when SQLite raised it (e.g. `SQLITE_FULL`), so callers can classify it. */
  | { readonly kind: 'failed'; readonly message: string; readonly code?: string };

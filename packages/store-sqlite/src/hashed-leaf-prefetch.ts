/**
 * Whole-log reads of leaves with their stored hashes, for `verify`, with SQLite's reading
 * moved to a second thread: the worker reads page n + 1 (see READ_AHEAD_WORKER_SOURCE) while
 * this thread hashes page n. On a two-core machine the audit then runs at about the speed of
 * its hashing. Rows arrive as views into one transferred buffer per page, never copied.
 */
import type { HashedLeaf } from '@govledger/core';
import { Worker } from 'node:worker_threads';
import { type PackedPage, READ_AHEAD_WORKER_SOURCE, type ReadAheadReply } from './read-ahead-worker-source.ts';

/** Rows per packed page: about 0.5 MB of leaves, so a transfer amortises well. */
export const READ_AHEAD_PAGE_ROWS = 2048;

/** Ranges shorter than this are read on the caller's connection: a worker costs a few ms to start. */
export const READ_AHEAD_MIN_ROWS = 20_000;

/** Pages the worker may read ahead of the consumer; bounds memory to a few MB. */
const PAGES_AHEAD = 4;

/** Where the worker finds the ledger and the SQLite binding. */
export interface PrefetchSource {
  readonly path: string;
  readonly sqlitePath: string;
}

/** Entries `from` (inclusive) to `to` (exclusive) with their stored hashes, read ahead by a worker. */
export async function* prefetchHashedLeaves(
  source: PrefetchSource,
  from: number,
  to: number,
  pageRows = READ_AHEAD_PAGE_ROWS,
): AsyncGenerator<HashedLeaf> {
  const worker = new Worker(READ_AHEAD_WORKER_SOURCE, {
    eval: true,
    workerData: { path: source.path, sqlitePath: source.sqlitePath, from, to, pageRows },
  });
  const replies = new ReplyQueue(worker);
  try {
    for (let i = 0; i < PAGES_AHEAD; i++) worker.postMessage({ kind: 'more' });
    for (;;) {
      const reply = await replies.next();
      if (reply.kind === 'done') return;
      if (reply.kind === 'failed') throw new Error(`reading the ledger for verification failed: ${reply.message}`);
      worker.postMessage({ kind: 'more' });
      yield* rowsOf(reply);
    }
  } finally {
    await worker.terminate();
  }
}

/** The rows of one packed page, as views into its buffers. */
function* rowsOf(page: PackedPage): Generator<HashedLeaf> {
  const { leaves, leafEnds, hashes, hashEnds, indexes, from } = page;
  let leafStart = 0;
  let hashStart = 0;
  for (let row = 0; row < page.count; row++) {
    const leafEnd = leafEnds[row] as number;
    const hashEnd = hashEnds[row] as number;
    yield {
      index: indexes === null ? from + row : (indexes[row] as number),
      leaf: leaves.subarray(leafStart, leafEnd),
      hashes: hashes.subarray(hashStart, hashEnd),
    };
    leafStart = leafEnd;
    hashStart = hashEnd;
  }
}

/** The worker's replies, awaited one at a time in order; a worker crash becomes a `failed` reply. */
class ReplyQueue {
  readonly #ready: ReadAheadReply[] = [];
  #waiting: ((reply: ReadAheadReply) => void) | null = null;

  constructor(worker: Worker) {
    worker.on('message', (reply: ReadAheadReply) => this.#deliver(reply));
    worker.on('error', (error) => this.#deliver({ kind: 'failed', message: error.message }));
  }

  next(): Promise<ReadAheadReply> {
    const ready = this.#ready.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  #deliver(reply: ReadAheadReply): void {
    const waiting = this.#waiting;
    if (waiting) {
      this.#waiting = null;
      waiting(reply);
    } else this.#ready.push(reply);
  }
}

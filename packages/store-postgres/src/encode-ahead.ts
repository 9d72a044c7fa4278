/**
 * Encoding a large batch on a second thread, ahead of the write. Validating an event and
 * writing its canonical JSON (core's `encodeEvent`) does not depend on its position, so the
 * chunks of a batch are handed to the encoding thread before the transaction even starts:
 * while this thread waits for the head lock, hashes a chunk and sends its insert, the next
 * chunk is encoded beside it. Encoding is the longest step of a large append, so this thread
 * shares it: whenever it would wait for a chunk (or for the lock), it encodes the last chunk
 * nobody has started, and the encoding thread skips it. A shared claim per chunk (an atomic
 * compare-and-swap) makes each chunk encoded exactly once. Only plain-JSON events go there (checked here first, so an event
 * whose JSON text would differ from the value, such as a class instance, is refused exactly as
 * on this thread); anything else, small batches, and a thread that cannot start or fails,
 * encode on this thread instead, with the same result.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type EncodedEvent, encodeEvent, nonJsonProblem, type ProposedEvent } from '@govledger/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { DecodeProblem } from '@govledger/core';
import type { EncodeReply, EncodeRequest } from './encode-worker-protocol.ts';

/** Batches of fewer events encode on the calling thread: a round trip to the thread costs more. */
export const ENCODE_AHEAD_MIN_EVENTS = 256;

/** One event encoded, or its problems; `null` when the caller must encode it itself. */
export type PreEncoded = Either<readonly DecodeProblem[], EncodedEvent>;

/** Where the built thread would be: beside this module (dist/) or beside the CLI bundle. */
const BUILT_CANDIDATES = ['./encode-worker.js', './pg-encode-worker.js', '../pg-encode-worker.js'];

/** Starts the encoding thread from the built file, or from the sources through tsx's hook. */
function startEncodeWorker(): Worker {
  const built = BUILT_CANDIDATES.map((relative) => fileURLToPath(new URL(relative, import.meta.url))).find((path) =>
    existsSync(path),
  );
  if (built !== undefined) return new Worker(built);
  const require = createRequire(import.meta.url);
  const source = fileURLToPath(new URL('./encode-worker.ts', import.meta.url));
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(source)});\n`;
  return new Worker(bootstrap, { eval: true });
}

/** A chunk's claim: free, taken by the encoding thread, or taken by the appending thread. */
export const CLAIM = { free: 0, thread: 1, here: 2 } as const;

/** One event encoded on this thread, as the encoding thread answers it. */
function encodeHere(event: ProposedEvent): PreEncoded {
  const encoded = encodeEvent(event);
  return encoded._tag === 'Left' ? encoded : right({ ...encoded.right, event });
}

/**
 * A large batch's chunks while they are encoded: the encoding thread takes them from the
 * first, this thread from the last, each chunk claimed once.
 */
export class EncodingBatch {
  readonly #chunks: readonly (readonly ProposedEvent[])[];
  readonly #claims: Int32Array;
  readonly #fromThread: readonly Promise<PreEncoded[] | null>[];
  readonly #here: (PreEncoded[] | undefined)[] = [];
  readonly #arrived: boolean[] = [];

  /** Made by {@link EncodeAhead.encodeChunks}. */
  constructor(
    chunks: readonly (readonly ProposedEvent[])[],
    claims: Int32Array,
    fromThread: readonly Promise<PreEncoded[] | null>[],
  ) {
    this.#chunks = chunks;
    this.#claims = claims;
    this.#fromThread = fromThread;
    fromThread.forEach((answer, k) => {
      void answer.then(() => {
        this.#arrived[k] = true;
      });
    });
  }

  /**
   * Chunk `k` encoded, or `null` (encode it on this thread). While the encoding thread has not
   * answered it, this thread encodes the last chunks nobody has claimed, down to `k` itself,
   * one at a time, looking for the thread's answer in between.
   */
  async chunk(k: number): Promise<PreEncoded[] | null> {
    while (this.#here[k] === undefined && !this.#arrived[k] && this.encodeOneHere(k)) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    return this.#here[k] ?? this.#fromThread[k]!;
  }

  /**
   * Encodes on this thread the last chunk (at `from` or after) nobody has claimed; false when
   * every such chunk is claimed.
   */
  encodeOneHere(from = 0): boolean {
    for (let j = this.#chunks.length - 1; j >= from; j--) {
      if (Atomics.compareExchange(this.#claims, j, CLAIM.free, CLAIM.here) !== CLAIM.free) continue;
      this.#here[j] = this.#chunks[j]!.map(encodeHere);
      return true;
    }
    return false;
  }
}

/** The store's one encoding thread, started at its first large batch and ended with the store. */
export class EncodeAhead {
  #worker: Worker | null = null;
  #broken = false;
  #nextId = 0;
  readonly #pending = new Map<
    number,
    { events: readonly ProposedEvent[]; done: (parts: PreEncoded[] | null) => void }
  >();

  /**
   * Hands each chunk of a batch to the encoding thread, to be shared with this thread (see
   * {@link EncodingBatch}). Returns null at once when the batch is small, an event is not plain
   * JSON, or the thread is unavailable: the caller encodes on its own thread.
   */
  encodeChunks(chunks: readonly (readonly ProposedEvent[])[]): EncodingBatch | null {
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (total < ENCODE_AHEAD_MIN_EVENTS || this.#broken) return null;
    for (const chunk of chunks) for (const event of chunk) if (nonJsonProblem(event, 'event') !== null) return null;
    const worker = this.#started();
    if (worker === null) return null;
    worker.ref();
    const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * chunks.length));
    const fromThread = chunks.map(
      (events, index) =>
        new Promise<PreEncoded[] | null>((done) => {
          const id = this.#nextId++;
          this.#pending.set(id, { events, done });
          const request: EncodeRequest = { id, events: JSON.stringify(events), claims, index };
          worker.postMessage(request);
        }),
    );
    return new EncodingBatch(chunks, claims, fromThread);
  }

  /** Ends the thread; chunks still pending are answered `null`. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    this.#broken = true;
    this.#settleAll();
    if (worker !== null) await worker.terminate();
  }

  #started(): Worker | null {
    if (this.#worker !== null) return this.#worker;
    try {
      const worker = startEncodeWorker();
      worker.on('message', (reply: EncodeReply) => this.#answer(reply));
      // A thread that fails leaves the store encoding on its own thread, as before it started.
      worker.on('error', () => this.#fail(worker));
      worker.on('exit', () => this.#fail(worker));
      worker.unref();
      this.#worker = worker;
      return worker;
    } catch {
      this.#broken = true;
      return null;
    }
  }

  #answer(reply: EncodeReply): void {
    const request = this.#pending.get(reply.id);
    if (request === undefined) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#worker?.unref();
    // A chunk this thread claimed first: its answer here is already made.
    if (reply.parts === null) {
      request.done(null);
      return;
    }
    request.done(
      reply.parts.map((parts, i) =>
        'problems' in parts
          ? left(parts.problems)
          : right({ event: request.events[i]!, dataJson: parts.dataJson, metadataJson: parts.metadataJson }),
      ),
    );
  }

  #fail(worker: Worker): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    this.#broken = true;
    this.#settleAll();
  }

  #settleAll(): void {
    for (const request of this.#pending.values()) request.done(null);
    this.#pending.clear();
  }
}

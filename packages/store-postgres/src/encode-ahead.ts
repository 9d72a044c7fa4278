/**
 * Encoding a large batch on a second thread, ahead of the write. Validating an event and
 * writing its canonical JSON (core's `encodeEvent`) does not depend on its position, so the
 * chunks of a batch are handed to the encoding thread before the transaction even starts:
 * while this thread waits for the head lock, hashes a chunk and sends its insert, the next
 * chunk is encoded beside it. Only plain-JSON events go there (checked here first, so an event
 * whose JSON text would differ from the value, such as a class instance, is refused exactly as
 * on this thread); anything else, small batches, and a thread that cannot start or fails,
 * encode on this thread instead, with the same result.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type EncodedEvent, nonJsonProblem, type ProposedEvent } from '@govledger/core';
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
   * Hands each chunk of a batch to the encoding thread and returns one promise per chunk: the
   * chunk's events encoded, or `null` (encode them on this thread). Returns null at once when
   * the batch is small, an event is not plain JSON, or the thread is unavailable.
   */
  encodeChunks(chunks: readonly (readonly ProposedEvent[])[]): Promise<PreEncoded[] | null>[] | null {
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (total < ENCODE_AHEAD_MIN_EVENTS || this.#broken) return null;
    for (const chunk of chunks) for (const event of chunk) if (nonJsonProblem(event, 'event') !== null) return null;
    const worker = this.#started();
    if (worker === null) return null;
    worker.ref();
    return chunks.map(
      (events) =>
        new Promise<PreEncoded[] | null>((done) => {
          const id = this.#nextId++;
          this.#pending.set(id, { events, done });
          const request: EncodeRequest = { id, events: JSON.stringify(events) };
          worker.postMessage(request);
        }),
    );
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

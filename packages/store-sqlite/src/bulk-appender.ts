/**
 * Bulk appends that overlap CPU work with writes on the second core: the main thread
 * validates and canonicalises each batch (core's prepareAppend) while a worker thread owning
 * a second connection hashes the previous one into the Merkle tree, inserts and commits it.
 * Used for large imports, the demo history and NDJSON files.
 *
 * Two durabilities: `commit: 'end'` keeps the whole run in one write transaction (all or
 * nothing: a crash or an error leaves no part of it), `commit: 'chunk'` commits each batch on
 * its own (what a stream of independent appends would do). Positions are predicted on the
 * main thread; the worker checks the ledger size before every chunk, so another writer that
 * slips in between chunks turns into a `ConcurrentWriter` failure, never a gap or a fork.
 */
import type { Worker } from 'node:worker_threads';
import {
  type AppendError,
  type EncodedEvent,
  type ImportError,
  monotonicTime,
  type PreparedEntry,
  prepareAppend,
  type RecordedEvent,
  prepareImport,
  type StreamAppend,
  type StreamVersion,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { WorkerReply, WorkerRequest, WriteWorkerData } from './write-worker-protocol.ts';
import { startWriteWorker } from './start-write-worker.ts';

/** The bulk run could not be written; what was committed before stays (in 'chunk' mode). */
export type BulkFailure =
  | { readonly _tag: 'ConcurrentWriter'; readonly expectedSize: number; readonly actualSize: number }
  /** Another connection held the write lock for longer than the busy timeout at the start. */
  | { readonly _tag: 'LedgerBusy'; readonly message: string }
  /** `code`: SQLite's error code when SQLite raised the failure (e.g. `SQLITE_FULL`). */
  | { readonly _tag: 'BulkWriteFailed'; readonly message: string; readonly code?: string };

/** Options of a bulk run. */
export interface BulkAppendOptions {
  /** `'end'` (default): one transaction for the whole run; `'chunk'`: each batch commits. */
  readonly commit?: 'end' | 'chunk';
  /** Batches handed to the worker but not yet written, before `add` waits (default 2). */
  readonly inFlight?: number;
}

/** What the store lends a bulk run. */
export interface BulkContext {
  readonly path: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly busyTimeoutMs: number;
  readonly clock: () => Date;
  readonly newEventId: () => string;
  versionOf(streamId: string): StreamVersion;
}

function writeFailed(reply: { readonly message: string; readonly code?: string }): BulkFailure {
  return reply.code === undefined
    ? { _tag: 'BulkWriteFailed', message: reply.message }
    : { _tag: 'BulkWriteFailed', message: reply.message, code: reply.code };
}

interface Pending {
  resolve(reply: WorkerReply): void;
}

/**
 * One bulk run; make it with `SqliteStore.bulkAppend()`, then `add` batches and `commit`.
 *
 * @experimental
 */
export class BulkAppender {
  readonly #worker: Worker;
  readonly #context: BulkContext;
  readonly #options: Required<BulkAppendOptions>;
  readonly #pending: Pending[] = [];
  readonly #versions = new Map<string, StreamVersion>();
  #size = 0;
  // The run started on an empty ledger: a stream's version is only what the run handed.
  #fromEmpty = false;
  #lastRecordedAt: string | null = null;
  #failure: BulkFailure | undefined;
  #closed = false;

  private constructor(context: BulkContext, options: BulkAppendOptions) {
    this.#context = context;
    this.#options = { commit: options.commit ?? 'end', inFlight: options.inFlight ?? 2 };
    const workerData: WriteWorkerData = {
      path: context.path,
      synchronous: context.synchronous,
      busyTimeoutMs: context.busyTimeoutMs,
    };
    this.#worker = startWriteWorker(workerData);
    this.#worker.on('message', (reply: WorkerReply) => this.#pending.shift()?.resolve(reply));
    this.#worker.on('error', (error) => {
      this.#failure ??= { _tag: 'BulkWriteFailed', message: error.message };
      for (const p of this.#pending.splice(0)) p.resolve({ kind: 'failed', message: error.message });
    });
  }

  /**
   * Starts a run: the worker opens its connection and takes the write lock (in 'end' mode it
   * keeps it to the end). When another connection holds the lock past the busy timeout, the
   * run does not start: `LedgerBusy`.
   */
  static async start(
    context: BulkContext,
    options: BulkAppendOptions = {},
  ): Promise<Either<BulkFailure, BulkAppender>> {
    const appender = new BulkAppender(context, options);
    const reply = await appender.#send({ kind: 'begin' });
    if (reply.kind !== 'head') {
      await appender.#worker.terminate();
      if (reply.kind === 'busy') return left({ _tag: 'LedgerBusy', message: reply.message });
      return left(reply.kind === 'failed' ? writeFailed(reply) : { _tag: 'BulkWriteFailed', message: reply.kind });
    }
    appender.#size = reply.size;
    appender.#fromEmpty = reply.size === 0;
    appender.#lastRecordedAt = reply.lastRecordedAt;
    if (appender.#options.commit === 'chunk') await appender.#send({ kind: 'commit' });
    return right(appender);
  }

  #send(request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.#pending.push({ resolve });
      this.#worker.postMessage(request, transfer);
    });
  }

  #track(reply: Promise<WorkerReply>): void {
    void reply.then((r) => {
      if (r.kind === 'conflict')
        this.#failure ??= { _tag: 'ConcurrentWriter', expectedSize: r.expectedSize, actualSize: r.actualSize };
      if (r.kind === 'failed') this.#failure ??= writeFailed(r);
    });
  }

  /** The ledger size once everything added so far is written. */
  get size(): number {
    return this.#size;
  }

  /** The time of the last entry written or handed to the writer (null for an empty ledger). */
  get lastRecordedAt(): string | null {
    return this.#lastRecordedAt;
  }

  /**
   * Validates and prepares one batch (all of it or none) and hands it to the writer; returns
   * the events as they will be recorded. Waits while too many batches are in flight. A refused
   * batch changes nothing and the run can go on. `recordedAt` records the batch at that time
   * (the caller checked it is not behind `lastRecordedAt`) instead of reading the clock: one
   * large append split into several batches keeps one time. `encoded`: the batch's events
   * already encoded, in order (see `AppendOptions.encoded`).
   */
  async add(
    batch: readonly StreamAppend[],
    recordedAt: string = monotonicTime(this.#context.clock(), this.#lastRecordedAt),
    encoded?: readonly EncodedEvent[],
  ): Promise<Either<AppendError | BulkFailure, readonly RecordedEvent[]>> {
    const ready = await this.#ready();
    if (isLeft(ready)) return ready;
    const prepared = prepareAppend(
      batch,
      { size: this.#size, versionOf: (id) => this.#versionOf(id), recordedAt, newEventId: this.#context.newEventId },
      encoded,
    );
    if (isLeft(prepared)) return prepared;
    this.#hand(prepared.right, recordedAt);
    return right(prepared.right.map((entry) => entry.event));
  }

  /**
   * Checks recorded leaves as `importLeaves` does (each continues its stream, times never go
   * back; all of the batch or none) and hands them to the writer verbatim. Positions in a
   * returned error count from the start of this batch. Returns the entries' events.
   */
  async addLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError | BulkFailure, readonly RecordedEvent[]>> {
    const ready = await this.#ready();
    if (isLeft(ready)) return ready;
    const prepared = prepareImport(leaves, {
      size: this.#size,
      versionOf: (id) => this.#versionOf(id),
      lastRecordedAt: this.#lastRecordedAt,
    });
    if (isLeft(prepared)) return prepared;
    this.#hand(prepared.right, null);
    return right(prepared.right.map((entry) => entry.event));
  }

  async #ready(): Promise<Either<BulkFailure, void>> {
    if (this.#closed) throw new Error('this bulk run is finished');
    if (this.#failure) return left(this.#failure);
    while (this.#pending.length >= this.#options.inFlight) await this.#oldest();
    return this.#failure ? left(this.#failure) : right(undefined);
  }

  #versionOf(streamId: string): StreamVersion {
    const handed = this.#versions.get(streamId);
    if (handed !== undefined) return handed;
    return this.#fromEmpty ? 'no-stream' : this.#context.versionOf(streamId);
  }

  /** Sends prepared entries to the writer: one shared time (appends) or each entry's own (imports). */
  #hand(entries: readonly PreparedEntry[], sharedTime: string | null): void {
    const count = entries.length;
    if (count === 0) return;
    const versions = new Int32Array(count);
    const leafEnds = new Int32Array(count);
    const streamIds: string[] = new Array(count);
    const types: string[] = new Array(count);
    const times: string[] = sharedTime === null ? new Array(count) : [];
    const leafParts: Buffer[] = new Array(count);
    let leafBytes = 0;
    for (let i = 0; i < count; i++) {
      const { event, leaf } = entries[i]!;
      streamIds[i] = event.streamId;
      types[i] = event.type;
      versions[i] = event.streamVersion;
      if (sharedTime === null) times[i] = event.metadata.recordedAt;
      leafParts[i] = leaf;
      leafBytes += leaf.length;
      leafEnds[i] = leafBytes;
      this.#versions.set(event.streamId, event.streamVersion);
    }
    const leaves = new Uint8Array(Buffer.concat(leafParts, leafBytes));
    const request: WorkerRequest = {
      kind: 'chunk',
      expectedSize: this.#size,
      count,
      streamIds,
      types,
      versions,
      recordedAt: sharedTime ?? times,
      leaves,
      leafEnds,
      commit: this.#options.commit === 'chunk',
    };
    this.#size += count;
    this.#lastRecordedAt = sharedTime ?? (times[count - 1] as string);
    this.#track(this.#send(request, [leaves.buffer as ArrayBuffer]));
  }

  async #oldest(): Promise<void> {
    const first = this.#pending[0];
    if (!first) return;
    await new Promise<void>((resolve) => {
      const original = first.resolve;
      first.resolve = (reply) => {
        original(reply);
        resolve();
      };
    });
  }

  /** Waits for every batch, commits ('end' mode) and stops the worker. */
  async commit(): Promise<Either<BulkFailure, { size: number }>> {
    this.#closed = true;
    try {
      const reply = await this.#send({ kind: this.#failure ? 'rollback' : 'commit' });
      if (this.#failure) return left(this.#failure);
      if (reply.kind === 'failed') return left(writeFailed(reply));
      return right({ size: this.#size });
    } finally {
      await this.#worker.terminate();
    }
  }

  /** Abandons the run: in 'end' mode nothing of it is written. */
  async abort(): Promise<void> {
    this.#closed = true;
    try {
      await this.#send({ kind: 'rollback' });
    } finally {
      await this.#worker.terminate();
    }
  }
}

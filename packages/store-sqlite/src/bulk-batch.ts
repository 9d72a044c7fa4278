/**
 * Large batches of `appendBatch` and `importLeaves`, written through the pipelined
 * {@link BulkAppender}: this thread checks and canonicalises chunk n + 1 while the writer
 * thread hashes, inserts and fsyncs chunk n. The whole batch is one write transaction held
 * from the first chunk to the commit, so the result is the one-transaction path's: the same
 * entries, positions, times and root; a refused event anywhere rolls everything back and a
 * crash leaves nothing of the batch. Small batches never come here: starting a thread costs
 * more than they take.
 */
import Database from 'better-sqlite3';
import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  type ImportError,
  type RecordedEvent,
  recordingTime,
  type StreamAppend,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { BulkAppender, BulkFailure } from './bulk-appender.ts';

/** From this many entries on, a batch is written through the bulk appender (a file-backed store's default). */
export const BULK_FROM_ENTRIES = 10_000;

/** Entries per chunk handed to the writer thread. */
export const BULK_CHUNK_ENTRIES = 4096;

/** Starts a bulk run over the store's file (`SqliteStore.bulkAppend({ commit: 'end' })`). */
export type StartBulk = () => Promise<Either<BulkFailure, BulkAppender>>;

/** What a caller is told while one large batch holds the write lock (see `SqliteStoreOptions.onLongWrite`). */
export interface LongWrite {
  /** Entries handed to the writer so far, after each chunk. */
  readonly written?: (entries: number) => void;
  /** The write ended (committed, refused or failed). */
  readonly end: () => void;
}

/** How a large batch starts: its run, and whom to tell while it holds the write lock. */
export interface BulkStart {
  readonly start: StartBulk;
  /** Called once the lock is held, with the batch's number of entries. */
  readonly onLongWrite?: (entries: number) => LongWrite;
}

/** The number of events of a batch. */
export function eventsIn(batch: readonly StreamAppend[]): number {
  let count = 0;
  for (const group of batch) count += group.events.length;
  return count;
}

/**
 * A bulk run's own failure as the one-transaction path would have thrown it: SQLite's errors
 * keep their code (`SQLITE_BUSY` when another writer holds the lock, `SQLITE_FULL`, …), so
 * callers classify them exactly as before.
 */
export function bulkFailureError(failure: BulkFailure): Error {
  if (failure._tag === 'LedgerBusy') return new Database.SqliteError(failure.message, 'SQLITE_BUSY');
  if (failure._tag === 'BulkWriteFailed')
    return failure.code ? new Database.SqliteError(failure.message, failure.code) : new Error(failure.message);
  return new Error(
    `another writer appended during the bulk write (expected size ${failure.expectedSize}, found ${failure.actualSize})`,
  );
}

function isBulkFailure(error: AppendError | ImportError | BulkFailure): error is BulkFailure {
  return error._tag === 'ConcurrentWriter' || error._tag === 'LedgerBusy' || error._tag === 'BulkWriteFailed';
}

/** Moves a chunk-relative `position` of an error to the batch's numbering. */
function shifted<E extends AppendError | ImportError>(error: E, by: number): E {
  return 'position' in error && typeof error.position === 'number'
    ? { ...error, position: error.position + by }
    : error;
}

/**
 * Cuts a batch into chunks of about `size` events. A group longer than a chunk is split; its
 * later pieces expect `'any'` version, which is exact here: the first piece checked the
 * group's expectation under the write lock, and no other writer can come in between.
 */
export function chunksOf(batch: readonly StreamAppend[], size: number): StreamAppend[][] {
  const chunks: StreamAppend[][] = [];
  let chunk: StreamAppend[] = [];
  let filled = 0;
  for (const group of batch) {
    let from = 0;
    do {
      const take = Math.min(group.events.length - from, size - filled);
      const events = group.events.slice(from, from + take);
      chunk.push({ streamId: group.streamId, expectedVersion: from === 0 ? group.expectedVersion : 'any', events });
      from += take;
      filled += take;
      if (filled >= size) {
        chunks.push(chunk);
        chunk = [];
        filled = 0;
      }
    } while (from < group.events.length);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Runs `write` in one bulk run and commits it; any refusal or failure rolls the whole run back. */
async function inOneRun<E extends AppendError | ImportError>(
  how: BulkStart,
  entries: number,
  write: (bulk: BulkAppender, told: (entries: number) => void) => Promise<Either<E | BulkFailure, RecordedEvent[]>>,
): Promise<Either<E, AppendResult>> {
  const started = await how.start();
  if (isLeft(started)) throw bulkFailureError(started.left);
  const bulk = started.right;
  const long = how.onLongWrite?.(entries);
  const told = (written: number) => long?.written?.(written);
  try {
    let written: Either<E | BulkFailure, RecordedEvent[]>;
    try {
      written = await write(bulk, told);
    } catch (error) {
      await bulk.abort();
      throw error;
    }
    if (isLeft(written)) {
      await bulk.abort();
      if (isBulkFailure(written.left)) throw bulkFailureError(written.left);
      return left(written.left);
    }
    const done = await bulk.commit();
    if (isLeft(done)) throw bulkFailureError(done.left);
    return right({ events: written.right, size: done.right.size });
  } finally {
    long?.end();
  }
}

/** `appendBatch` of a large batch through the bulk appender (see the module's note). */
export function appendInBulk(
  how: BulkStart,
  clock: () => Date,
  batch: readonly StreamAppend[],
  options?: AppendOptions,
): Promise<Either<AppendError, AppendResult>> {
  return inOneRun<AppendError>(how, eventsIn(batch), async (bulk, told) => {
    // One time for the whole batch, read once the lock is held: as the one-transaction path does.
    const recordedAt = recordingTime(clock, bulk.lastRecordedAt, options);
    if (isLeft(recordedAt)) return recordedAt;
    const events: RecordedEvent[] = [];
    let position = 0;
    const encoded = options?.encoded;
    for (const chunk of chunksOf(batch, BULK_CHUNK_ENTRIES)) {
      const count = eventsIn(chunk);
      const added = await bulk.add(chunk, recordedAt.right, encoded?.slice(position, position + count));
      if (isLeft(added)) return isBulkFailure(added.left) ? added : left(shifted(added.left, position));
      for (const event of added.right) events.push(event);
      position += added.right.length;
      told(position);
    }
    return right(events);
  });
}

/** `importLeaves` of many leaves through the bulk appender (see the module's note). */
export function importInBulk(
  how: BulkStart,
  leaves: readonly Uint8Array[],
): Promise<Either<ImportError, AppendResult>> {
  return inOneRun<ImportError>(how, leaves.length, async (bulk, told) => {
    const events: RecordedEvent[] = [];
    for (let from = 0; from < leaves.length; from += BULK_CHUNK_ENTRIES) {
      const added = await bulk.addLeaves(leaves.slice(from, from + BULK_CHUNK_ENTRIES));
      if (isLeft(added)) return isBulkFailure(added.left) ? added : left(shifted(added.left, from));
      for (const event of added.right) events.push(event);
      told(events.length);
    }
    return right(events);
  });
}

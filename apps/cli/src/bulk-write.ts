/**
 * Long writes of the CLI (`append` and `import` of many events) through the SQLite store's
 * pipelined bulk appender: this thread checks and canonicalises chunk n + 1 while the writer
 * thread hashes, inserts and fsyncs chunk n, all in one transaction (all or nothing). Short
 * writes keep the one-transaction `appendBatch`/`importLeaves`: starting a writer thread
 * costs more than they take. Every input is read and checked before the write lock is taken.
 */
import type { BulkAppender, BulkFailure, SqliteStore } from '@govledger/store-sqlite';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { CliError } from './cli-error.ts';
import type { LedgerStore } from './open-ledger.ts';
import { busyLedgerError, noteHolder } from './write-lock.ts';

/** From this many events on, `append` and `import` write through the bulk appender. */
export const BULK_MIN_EVENTS = 10_000;

/** Events per chunk handed to the writer thread. */
export const BULK_CHUNK_EVENTS = 4096;

/** The SQLite store behind `store` when it has a bulk appender (EventStoreDB has none). */
export function bulkCapable(store: LedgerStore): SqliteStore | undefined {
  const candidate = store as Partial<SqliteStore>;
  return typeof candidate.bulkAppend === 'function' ? (store as SqliteStore) : undefined;
}

const BULK_FAILURES = new Set(['ConcurrentWriter', 'BulkWriteFailed', 'LedgerBusy']);

function isBulkFailure(error: unknown): error is BulkFailure {
  return typeof error === 'object' && error !== null && BULK_FAILURES.has((error as { _tag?: string })._tag ?? '');
}

/** A bulk run's own failure, for a person. */
export function describeBulkFailure(failure: BulkFailure): string {
  if (failure._tag === 'ConcurrentWriter')
    return `another writer appended during the run (expected size ${failure.expectedSize}, found ${failure.actualSize})`;
  return failure.message;
}

/** How one bulk write is done and reported. */
export interface BulkWrite<T, E> {
  readonly store: SqliteStore;
  /** The verb named to other writers while this one holds the lock. */
  readonly verb: string;
  /** What did not happen on failure: "appended", "imported". */
  readonly what: string;
  readonly items: readonly T[];
  /** Hands one chunk to the appender. */
  readonly add: (bulk: BulkAppender, chunk: readonly T[]) => Promise<Either<E | BulkFailure, void>>;
  /** The error to throw for a refused item at `position` of `items`. */
  readonly refuse: (error: E, position: number | undefined) => CliError;
  readonly onProgress?: (written: number) => void;
}

/**
 * Writes `items` in chunks through one bulk run that holds the write lock from its start to
 * its commit. A refused chunk rolls the whole run back: nothing is written.
 */
export async function writeInBulk<T, E>(write: BulkWrite<T, E>): Promise<{ size: number }> {
  const { store, items, what } = write;
  const started = await store.bulkAppend({ commit: 'end' });
  if (isLeft(started)) {
    if (started.left._tag === 'LedgerBusy') throw busyLedgerError(store.path, what);
    throw new CliError(`nothing was ${what}: ${describeBulkFailure(started.left)}`);
  }
  const bulk = started.right;
  const release = noteHolder(store.path, write.verb);
  try {
    for (let from = 0; from < items.length; from += BULK_CHUNK_EVENTS) {
      const added = await write.add(bulk, items.slice(from, from + BULK_CHUNK_EVENTS));
      if (isLeft(added)) {
        await bulk.abort();
        const error = added.left;
        if (isBulkFailure(error)) throw new CliError(`nothing was ${what}: ${describeBulkFailure(error)}`);
        const inner = (error as { position?: unknown }).position;
        throw write.refuse(error, typeof inner === 'number' ? from + inner : undefined);
      }
      write.onProgress?.(Math.min(items.length, from + BULK_CHUNK_EVENTS));
    }
    const done = await bulk.commit();
    if (isLeft(done)) throw new CliError(`nothing was ${what}: ${describeBulkFailure(done.left)}`);
    return done.right;
  } finally {
    release();
  }
}

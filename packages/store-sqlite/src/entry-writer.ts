/**
 * The write path: one `BEGIN IMMEDIATE` transaction per batch that reads the true head
 * (another process may have appended), prepares the entries with core, extends the Merkle
 * frontier and inserts each entry with its hashes. All or nothing: an expected failure is
 * returned before anything is written, and any exception rolls the whole batch back.
 */
import {
  type AppendError,
  type AppendResult,
  type ImportError,
  leafHash,
  type LedgerHead,
  recordingTime,
  type AppendOptions,
  type PreparedEntry,
  prepareAppend,
  prepareImport,
  type StreamAppend,
  type StreamVersion,
} from '@govledger/core';
import type Database from 'better-sqlite3';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import type { EntryTable } from './entry-table.ts';
import type { FrontierCache } from './frontier-cache.ts';
import { StreamVersionCache } from './stream-version-cache.ts';

/** Where the writer takes times and ids from. */
export interface WriterClock {
  /** The wall clock; `recordedAt` is max(clock(), last recordedAt). */
  readonly clock: () => Date;
  /** A fresh, unique event id per call (UUIDv7 by default). */
  readonly newEventId: () => string;
}

/** What a batch sees of the ledger inside its write transaction. */
interface WriteState {
  readonly head: LedgerHead;
  versionOf(streamId: string): StreamVersion;
}

/** Appends batches and imports to one connection's file. */
export class EntryWriter {
  readonly #db: Database.Database;
  readonly #entries: EntryTable;
  readonly #frontier: FrontierCache;
  readonly #clock: WriterClock;
  readonly #versions = new StreamVersionCache();

  constructor(db: Database.Database, entries: EntryTable, frontier: FrontierCache, clock: WriterClock) {
    this.#db = db;
    this.#entries = entries;
    this.#frontier = frontier;
    this.#clock = clock;
  }

  /** Appends proposed events (see `EventStore.appendBatch`). */
  appendBatch(batch: readonly StreamAppend[], options?: AppendOptions): Either<AppendError, AppendResult> {
    return this.#write<AppendError>(({ head, versionOf }) => {
      const recordedAt = recordingTime(this.#clock.clock, head.lastRecordedAt, options);
      if (isLeft(recordedAt)) return recordedAt;
      return prepareAppend(
        batch,
        { size: head.size, versionOf, recordedAt: recordedAt.right, newEventId: this.#clock.newEventId },
        options?.encoded,
      );
    });
  }

  /** Appends recorded leaves verbatim (see `EventStore.importLeaves`). */
  importLeaves(leaves: readonly Uint8Array[]): Either<ImportError, AppendResult> {
    return this.#write<ImportError>(({ head, versionOf }) =>
      prepareImport(leaves, { size: head.size, versionOf, lastRecordedAt: head.lastRecordedAt }),
    );
  }

  #write<E>(prepare: (state: WriteState) => Either<E, PreparedEntry[]>): Either<E, AppendResult> {
    const transaction = this.#db.transaction((): Either<E, AppendResult> => {
      const head = this.#entries.head();
      // An empty ledger has no stream yet: a first large write or import asks no version query per stream.
      const versionOf =
        head.size === 0
          ? () => 'no-stream' as const
          : this.#versions.at(head.size, (streamId) => this.#entries.versionOf(streamId));
      const prepared = prepare({ head, versionOf });
      if (isLeft(prepared)) return prepared;
      const frontier = this.#frontier.at(head.size);
      for (const { event, leaf } of prepared.right) {
        this.#entries.insert(event, leaf, frontier.appendBlob(leafHash(leaf)));
      }
      const events = prepared.right.map((entry) => entry.event);
      this.#versions.committed(head.size + events.length, events);
      return right({ events, size: head.size + events.length });
    });
    try {
      return transaction.immediate();
    } catch (error) {
      // The frontier and versions may hold appends that were rolled back.
      this.#frontier.invalidate();
      this.#versions.invalidate();
      throw error;
    }
  }
}

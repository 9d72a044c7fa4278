/**
 * The SQLite `EventStore` (and `SnapshotStore`) over one better-sqlite3 connection. It wires
 * the tables, the write path and the paged readers together and guards every call against
 * a closed store and, for a store opened readonly, against writes. Open one with
 * `openSqliteStore`; several stores (in this process or others) may share one file.
 */
import type {
  AppendOptions,
  HashedLeaf,
  AppendError,
  AppendResult,
  EventStore,
  ExpectedVersion,
  ImportError,
  LedgerHead,
  ProjectionSnapshot,
  ProposedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SnapshotStore,
  StoredCheckpoint,
  StoredLeaf,
  StreamAppend,
  StreamVersion,
  VerifiableLog,
} from '@govledger/core';
import { checkSizeWithin, checkSnapshotWithin, LogView } from '@govledger/core';
import type Database from 'better-sqlite3';
import { CheckpointTable } from './checkpoint-table.ts';
import { EntryTable } from './entry-table.ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { EntryWriter, type WriterClock } from './entry-writer.ts';
import { storeErrors } from './errors.ts';
import { FrontierCache } from './frontier-cache.ts';
import { MetaTable } from './meta-table.ts';
import { PageReader } from './read-pages.ts';
import { SnapshotTable } from './snapshot-table.ts';
import { storedSubtreeReader } from './subtree-reader.ts';
import { BulkAppender, type BulkAppendOptions, type BulkFailure } from './bulk-appender.ts';
import { betterSqlitePath } from './sqlite-binding.ts';
import { appendInBulk, type BulkStart, eventsIn, importInBulk, type LongWrite } from './bulk-batch.ts';
import { prefetchHashedLeaves, READ_AHEAD_MIN_ROWS } from './hashed-leaf-prefetch.ts';

/** How a store writes large batches (see `SqliteStoreOptions`). */
export interface BulkSettings {
  /** Batches of at least this many entries go through the bulk writer (`Infinity`: never). */
  readonly bulkFrom: number;
  /** Called once a bulk write of `entries` holds the lock; what it returns is told of its chunks and its end. */
  readonly onLongWrite?: (entries: number) => LongWrite;
}

/** An open SQLite ledger file. All methods are safe to interleave; each write is one transaction. */
export class SqliteStore implements EventStore, SnapshotStore {
  /** The file this store reads and writes. */
  readonly path: string;
  /** True when opened readonly: every write throws `READONLY_STORE`. */
  readonly readonly: boolean;
  /** Tree heads, proofs and checkpoints over this file's entries. */
  readonly log: VerifiableLog;
  readonly #db: Database.Database;
  readonly #entries: EntryTable;
  readonly #writer: EntryWriter;
  readonly #pages: PageReader;
  readonly #checkpoints: CheckpointTable;
  readonly #snapshots: SnapshotTable;
  readonly #meta: MetaTable;

  readonly #clock: WriterClock;
  readonly #bulkFrom: number;
  readonly #onLongWrite: ((entries: number) => LongWrite) | undefined;

  /**
   * Use `openSqliteStore`, which opens, configures and migrates the connection first.
   * `bulk`: which batches go through the pipelined bulk writer (by default none; an
   * in-memory database never does, a worker cannot share it).
   */
  constructor(
    db: Database.Database,
    path: string,
    clock: WriterClock,
    bulk: BulkSettings = { bulkFrom: Number.POSITIVE_INFINITY },
  ) {
    this.#clock = clock;
    this.#bulkFrom = db.memory ? Number.POSITIVE_INFINITY : bulk.bulkFrom;
    this.#onLongWrite = bulk.onLongWrite;
    this.path = path;
    this.readonly = db.readonly;
    this.#db = db;
    this.#entries = new EntryTable(db);
    const reader = storedSubtreeReader(this.#entries);
    this.#writer = new EntryWriter(db, this.#entries, new FrontierCache(reader), clock);
    this.#pages = new PageReader(db, this.#entries);
    this.#checkpoints = new CheckpointTable(db);
    this.#snapshots = new SnapshotTable(db);
    this.#meta = new MetaTable(db);
    this.log = new LogView({
      reader,
      size: () => this.#open().#entries.head().size,
      readHashedLeaves: (from, to) => this.#open().#readHashedLeaves(from, to),
      saveCheckpoint: async (checkpoint) => this.#saveCheckpoint(checkpoint),
      checkpoint: async (size) => this.#open().#checkpoints.get(size),
      checkpoints: async () => this.#open().#checkpoints.all(),
    });
  }

  #open(): this {
    if (!this.#db.open) throw storeErrors.storeClosed(this.path);
    return this;
  }

  #writable(operation: string): this {
    this.#open();
    if (this.readonly) throw storeErrors.readonlyStore(this.path, operation);
    return this;
  }

  async append(
    streamId: string,
    events: readonly ProposedEvent[],
    expectedVersion: ExpectedVersion = 'any',
  ): Promise<Either<AppendError, AppendResult>> {
    return this.appendBatch([{ streamId, expectedVersion, events }]);
  }

  /**
   * One write transaction, all or nothing. A batch of `bulkFrom` events or more (10,000 by
   * default) is checked on this thread while a writer thread hashes and inserts it, in the same
   * one transaction with the same result (see `bulk-batch.ts`); a smaller one is written here.
   */
  async appendBatch(
    batch: readonly StreamAppend[],
    options?: AppendOptions,
  ): Promise<Either<AppendError, AppendResult>> {
    this.#writable('append events');
    if (eventsIn(batch) >= this.#bulkFrom) {
      return appendInBulk(this.#bulkStart(), this.#clock.clock, batch, options);
    }
    return this.#writer.appendBatch(batch, options);
  }

  /**
   * Starts a bulk run that overlaps encoding and hashing (this thread) with inserts and
   * fsyncs (a worker thread with its own connection). See {@link BulkAppender}.
   *
   * @example
   * const started = await store.bulkAppend({ commit: 'end' });
   * if (started._tag === 'Left') … // LedgerBusy: another writer holds the lock
   * const bulk = started.right;
   * for (const batch of batches) { const added = await bulk.add(batch); if (added._tag === 'Left') … }
   * const done = await bulk.commit();
   */
  async bulkAppend(options: BulkAppendOptions = {}): Promise<Either<BulkFailure, BulkAppender>> {
    this.#writable('append events');
    const synchronous = this.#db.pragma('synchronous', { simple: true }) === 1 ? 'NORMAL' : 'FULL';
    const busy = this.#db.pragma('busy_timeout', { simple: true }) as number;
    return BulkAppender.start(
      {
        path: this.path,
        synchronous,
        busyTimeoutMs: busy,
        clock: this.#clock.clock,
        newEventId: this.#clock.newEventId,
        versionOf: (streamId) => this.#entries.versionOf(streamId),
      },
      options,
    );
  }

  /** One write transaction, all or nothing; `bulkFrom` leaves or more go through the bulk writer, as in `appendBatch`. */
  async importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    this.#writable('import leaves');
    if (leaves.length >= this.#bulkFrom) return importInBulk(this.#bulkStart(), leaves);
    return this.#writer.importLeaves(leaves);
  }

  #bulkStart(): BulkStart {
    const start = () => this.bulkAppend({ commit: 'end' });
    return this.#onLongWrite ? { start, onLongWrite: this.#onLongWrite } : { start };
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.#open().#pages.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.#open().#pages.readAll(options);
  }

  readLeaves(from: number, to: number): AsyncIterable<StoredLeaf> {
    return this.#open().#pages.readLeaves(from, to);
  }

  async streamVersion(streamId: string): Promise<StreamVersion> {
    return this.#open().#entries.versionOf(streamId);
  }

  async head(): Promise<LedgerHead> {
    return this.headSync();
  }

  /** The head from this connection, without a promise turn (throws once the store is closed). */
  headSync(): LedgerHead {
    return this.#open().#entries.head();
  }

  /**
   * Long runs of leaves with hashes (a whole-log verify) are read ahead by a worker thread
   * with its own connection; short ones, and in-memory databases, page on this connection.
   */
  #readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf> {
    const end = Math.min(to, this.#entries.head().size);
    const valid = Number.isSafeInteger(from) && Number.isSafeInteger(to) && from >= 0;
    // Invalid ranges take the paged path, which rejects them with a RangeError.
    if (this.#db.memory || !valid || end - from < READ_AHEAD_MIN_ROWS) return this.#pages.readHashedLeaves(from, to);
    return prefetchHashedLeaves({ path: this.path, sqlitePath: betterSqlitePath() }, from, end);
  }

  #saveCheckpoint(checkpoint: StoredCheckpoint): void {
    this.#writable('save a checkpoint');
    checkSizeWithin('checkpoint size', checkpoint.size, this.#entries.head().size);
    this.#checkpoints.save(checkpoint);
  }

  async loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    return this.#open().#snapshots.load(name, version, maxSize);
  }

  async saveSnapshot(snapshot: ProjectionSnapshot): Promise<void> {
    this.#writable('save a snapshot');
    checkSnapshotWithin(snapshot, this.#entries.head().size);
    this.#snapshots.save(snapshot);
  }

  /** A setting stored in the file (see `meta-table.ts`), or null. */
  getMeta(key: string): string | null {
    return this.#open().#meta.get(key);
  }

  /** Stores a setting in the file, replacing any previous value of `key`. */
  setMeta(key: string, value: string): void {
    this.#writable('change a setting').#meta.set(key, value);
  }

  /** Closes the connection (SQLite checkpoints the WAL when the last connection closes). Idempotent. */
  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

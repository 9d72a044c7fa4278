/**
 * The PostgreSQL `EventStore` (and `SnapshotStore`) over one connection pool. It wires the
 * write path, the paged readers, the checkpoint and snapshot tables and the verifiable log
 * together, and guards every call against a closed store and, for a store opened readonly,
 * against writes. Open one with `openPostgresStore`; any number of processes may append to
 * one ledger at once.
 */
import type {
  AppendError,
  AppendOptions,
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
import { checkSizeWithin, checkSnapshotWithin, StoreGuard } from '@govledger/core';
import type { Either } from 'fp-ts/lib/Either.js';
import { CheckpointTable } from './checkpoint-table.ts';
import { quoteIdent, type Pool } from './connection.ts';
import { EntryWriter, type WriterClock } from './entry-writer.ts';
import { pgErrors } from './errors.ts';
import type { PostgresLedgerUrl } from './ledger-url.ts';
import { pgLog } from './pg-log.ts';
import { PageReader } from './read-pages.ts';
import { SnapshotTable } from './snapshot-table.ts';
import { STATE_NOTES_SCHEMA, StateNoteTable } from './state-note-table.ts';

/** An open PostgreSQL ledger. Each write is one transaction; reads see committed entries only. */
export class PostgresStore implements EventStore, SnapshotStore {
  /** Where the ledger is, without a password (for messages). */
  readonly where: string;
  /** True when opened readonly: every write throws `READONLY_STORE`. */
  readonly readonly: boolean;
  /** Tree heads, proofs and checkpoints over this ledger's entries. */
  readonly log: VerifiableLog;
  readonly #sql: Pool;
  readonly #s: string;
  readonly #writer: EntryWriter;
  readonly #pages: PageReader;
  readonly #checkpoints: CheckpointTable;
  readonly #snapshots: SnapshotTable;
  readonly #stateNotes: StateNoteTable;
  readonly #guard: StoreGuard;
  #closed = false;

  /**
   * Use `openPostgresStore`, which connects and migrates first. `schemaVersion` is the schema
   * found at open: older than this build's only for a read-only open (read as it is).
   */
  constructor(sql: Pool, url: PostgresLedgerUrl, clock: WriterClock, readonly: boolean, schemaVersion: number) {
    this.#sql = sql;
    this.where = url.redacted;
    this.readonly = readonly;
    this.#guard = new StoreGuard(() => !this.#closed, readonly, {
      closed: () => pgErrors.storeClosed(this.where),
      readonly: (operation) => pgErrors.readonlyStore(this.where, operation),
    });
    this.#s = quoteIdent(url.schema);
    const pool = () => this.#open().#sql;
    this.#writer = new EntryWriter(sql, this.#s, clock);
    this.#pages = new PageReader(pool, this.#s);
    this.#checkpoints = new CheckpointTable(pool, this.#s);
    this.#snapshots = new SnapshotTable(pool, this.#s);
    this.#stateNotes = new StateNoteTable(pool, this.#s, schemaVersion < STATE_NOTES_SCHEMA);
    this.log = pgLog({
      sql: pool,
      quotedSchema: this.#s,
      size: async () => (await this.head()).size,
      readHashedLeaves: (from, to) => this.#open().#pages.readHashedLeaves(from, to),
      saveCheckpoint: (checkpoint) => this.#saveCheckpoint(checkpoint),
      checkpoint: (size) => this.#open().#checkpoints.get(size),
      checkpoints: () => this.#open().#checkpoints.all(),
    });
  }

  #open(): this {
    this.#guard.open();
    return this;
  }

  #writable(operation: string): this {
    this.#guard.writable(operation);
    return this;
  }

  async append(
    streamId: string,
    events: readonly ProposedEvent[],
    expectedVersion: ExpectedVersion = 'any',
  ): Promise<Either<AppendError, AppendResult>> {
    return this.appendBatch([{ streamId, expectedVersion, events }]);
  }

  async appendBatch(
    batch: readonly StreamAppend[],
    options?: AppendOptions,
  ): Promise<Either<AppendError, AppendResult>> {
    return this.#writable('append events').#writer.appendBatch(batch, options);
  }

  async importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    return this.#writable('import leaves').#writer.importLeaves(leaves);
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
    const [row] = await this.#open().#sql.unsafe<{ v: number | null }[]>(
      `SELECT max(stream_version) AS v FROM ${this.#s}.entries WHERE stream_id = $1`,
      [streamId],
      { prepare: true },
    );
    return row?.v ?? 'no-stream';
  }

  async head(): Promise<LedgerHead> {
    const [row] = await this.#open().#sql.unsafe<{ size: number; last_recorded_at: string | null }[]>(
      `SELECT size, last_recorded_at FROM ${this.#s}.head`,
      [],
      { prepare: true },
    );
    if (!row) throw pgErrors.corruptEntry(0, 'the head row is missing');
    return { size: row.size, lastRecordedAt: row.last_recorded_at };
  }

  async #saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
    this.#writable('save a checkpoint');
    checkSizeWithin('checkpoint size', checkpoint.size, (await this.head()).size);
    await this.#checkpoints.save(checkpoint);
  }

  /**
   * Keeps the signed state note of `size` (docs/audit.md) in the `state_notes` table, so figures
   * served from this ledger are bound to a signed state: an identical note already there is
   * kept, a different one is refused (GL_CHECKPOINT_CONFLICT).
   */
  async saveStateNote(size: number, note: string): Promise<void> {
    this.#writable('save a state note');
    checkSizeWithin('state note size', size, (await this.head()).size);
    await this.#stateNotes.save(size, note);
  }

  /** The stored state note of `size`, or null. */
  async stateNote(size: number): Promise<string | null> {
    return this.#open().#stateNotes.get(size);
  }

  /** The sizes that have a stored state note, ascending. */
  async stateNoteSizes(): Promise<number[]> {
    return this.#open().#stateNotes.sizes();
  }

  async loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    return this.#open().#snapshots.load(name, version, maxSize);
  }

  async saveSnapshot(snapshot: ProjectionSnapshot): Promise<void> {
    this.#writable('save a snapshot');
    checkSnapshotWithin(snapshot, (await this.head()).size);
    await this.#snapshots.save(snapshot);
  }

  /** A setting stored in the ledger, or null. */
  async getMeta(key: string): Promise<string | null> {
    const [row] = await this.#open().#sql.unsafe<{ value: string }[]>(
      `SELECT value FROM ${this.#s}.meta WHERE key = $1`,
      [key],
    );
    return row?.value ?? null;
  }

  /** Stores a setting in the ledger, replacing any previous value of `key`. */
  async setMeta(key: string, value: string): Promise<void> {
    await this.#writable('change a setting').#sql.unsafe(
      `INSERT INTO ${this.#s}.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }

  /** Closes the pool, letting queries in flight finish. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([this.#writer.close(), this.#sql.end({ timeout: 5 })]);
  }
}

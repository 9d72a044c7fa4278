/**
 * The EventStoreDB `EventStore` (and `SnapshotStore`). Every entry of a ledger lives in one
 * EventStoreDB stream, `govledger.<ledger>.entries`, whose revision is the ledger index, so
 * the ledger order is that stream's order — which is also the order of `$all` filtered to
 * the stream's prefix. A batch (one stream of ours or many) is one append to that stream with
 * `expectedRevision` = the head this writer checked its expectations against: EventStoreDB
 * commits it entirely or not at all, and a writer that lost a race re-reads and re-checks.
 * See README.md for why (an EventStoreDB transaction spans one stream).
 */
import {
  type AppendError,
  type AppendResult,
  checkSizeWithin,
  type EventStore,
  type ExpectedVersion,
  type HashedLeaf,
  type ImportError,
  type LedgerHead,
  LogView,
  recordingTime,
  type AppendOptions,
  matchesFilter,
  type PreparedEntry,
  prepareAppend,
  prepareImport,
  type ProjectionSnapshot,
  type ProposedEvent,
  parseLeaf,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SnapshotStore,
  type StoredCheckpoint,
  type StoredLeaf,
  type StreamAppend,
  type StreamVersion,
  type VerifiableLog,
} from '@govledger/core';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { CheckpointLog } from './checkpoint-log.ts';
import { EntryIndexer } from './entry-indexer.ts';
import { esdbErrors } from './errors.ts';
import { esdbEventId } from './event-ids.ts';
import { StateNoteLog } from './state-note-log.ts';
import { syncedLog } from './synced-log.ts';
import { type LedgerStreamsClient, parsePosition } from './ledger-streams-client.ts';
import { appendLifecycle, type LifecycleState, readLifecycle } from './ledger-lifecycle.ts';
import type { LedgerStreams } from './ledger-url.ts';
import type { LocalCache } from './local-cache.ts';

/** Appends retried after losing a race to another writer, before giving up with CONTENDED. */
export const MAX_APPEND_ATTEMPTS = 25;

/** What the store is built from (see `openEsdbStore`). */
export interface EsdbStoreParts {
  readonly ledger: string;
  readonly streams: LedgerStreams;
  readonly client: LedgerStreamsClient;
  readonly cache: LocalCache;
  readonly readonly: boolean;
  readonly clock: () => Date;
  readonly newEventId: () => string;
  /** Resolves once the ledger is known to exist and be usable; rejects otherwise. */
  readonly ready: () => Promise<void>;
  readonly dispose: () => Promise<void>;
}

/** A ledger in EventStoreDB. Methods may interleave; this process's writes run one at a time. */
export class EsdbStore implements EventStore, SnapshotStore {
  readonly ledger: string;
  readonly streams: LedgerStreams;
  readonly readonly: boolean;
  readonly log: VerifiableLog;
  readonly #parts: EsdbStoreParts;
  readonly #indexer: EntryIndexer;
  readonly #checkpoints: CheckpointLog;
  readonly #stateNotes: StateNoteLog;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(parts: EsdbStoreParts) {
    this.#parts = parts;
    this.ledger = parts.ledger;
    this.streams = parts.streams;
    this.readonly = parts.readonly;
    this.#indexer = new EntryIndexer(parts.cache, parts.client, parts.streams.entries);
    this.#checkpoints = new CheckpointLog(parts.cache, parts.client, parts.streams.checkpoints);
    this.#stateNotes = new StateNoteLog(parts.cache, parts.client, parts.streams.stateNotes);
    const view = new LogView({
      reader: parts.cache.subtreeReader,
      size: () => parts.cache.head().size,
      readHashedLeaves: (from, to) => this.#readHashedLeaves(from, to),
      saveCheckpoint: (checkpoint) => this.#saveCheckpoint(checkpoint),
      checkpoint: async (size) => {
        await this.#syncCheckpoints();
        return parts.cache.checkpoint(size);
      },
      checkpoints: async () => {
        await this.#syncCheckpoints();
        return parts.cache.checkpoints();
      },
    });
    this.log = syncedLog(view, () => this.sync());
  }

  /** The local cache file this store indexes into. */
  get cachePath(): string {
    return this.#parts.cache.path;
  }

  /** Brings the local index up to the ledger's head in EventStoreDB. */
  async sync(): Promise<LedgerHead> {
    await this.#ready();
    await this.#indexer.catchUp();
    return this.#parts.cache.head();
  }

  /** Indexes entries seen on a subscription (the log keeper); falls back to a read on a gap. */
  async indexSeen(events: Parameters<EntryIndexer['index']>[0]): Promise<void> {
    await this.#ready();
    if (this.#indexer.index(events) !== 'indexed') await this.#indexer.catchUp();
  }

  /** The `$all` position of the newest indexed entry that has one (where a subscription resumes). */
  lastKnownPosition(): string | null {
    const { size } = this.#parts.cache.head();
    for (let i = size - 1; i >= 0 && i >= size - 1000; i--) {
      const position = this.#parts.cache.entry(i)?.position;
      if (position) return position;
    }
    return null;
  }

  /**
   * A catch-up subscription to `$all`, filtered on the server to this ledger's entries
   * stream, resuming just after the newest indexed entry whose position is known (or from
   * the start). Events already indexed are skipped by {@link indexSeen}.
   */
  subscribeToLedger() {
    const position = this.lastKnownPosition();
    return this.#parts.client.subscribeToPrefix(this.streams.entries, position ? parsePosition(position) : null);
  }

  /** The ledger's latest lifecycle event (creation, migration markers), or null. */
  async lifecycle(): Promise<LifecycleState | null> {
    await this.#ready();
    return readLifecycle(this.#parts.client, this.streams);
  }

  /** Records a lifecycle event right after `after`; throws CONTENDED if another process wrote one first. */
  async recordLifecycle(after: LifecycleState, type: string, data: Record<string, unknown>): Promise<void> {
    this.#writable('record a lifecycle event');
    await appendLifecycle(this.#parts.client, this.streams, after.revision, type, data);
  }

  async #ready(): Promise<void> {
    if (this.#closed) throw esdbErrors.storeClosed();
    await this.#parts.ready();
  }

  #writable(operation: string): void {
    if (this.#closed) throw esdbErrors.storeClosed();
    if (this.readonly) throw esdbErrors.readonlyStore(operation);
  }

  /** Runs `work` after every earlier write of this store instance. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
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
    this.#writable('append events');
    return this.#write<AppendError>((head) => {
      const recordedAt = recordingTime(this.#parts.clock, head.lastRecordedAt, options);
      if (isLeft(recordedAt)) return recordedAt;
      return prepareAppend(batch, {
        size: head.size,
        versionOf: (id) => this.#parts.cache.versionOf(id),
        recordedAt: recordedAt.right,
        newEventId: this.#parts.newEventId,
      });
    });
  }

  async importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    this.#writable('import leaves');
    return this.#write<ImportError>((head) =>
      prepareImport(leaves, {
        size: head.size,
        versionOf: (id) => this.#parts.cache.versionOf(id),
        lastRecordedAt: head.lastRecordedAt,
      }),
    );
  }

  /**
   * Checks and prepares against the head, appends expecting exactly that head, and on losing
   * a race to another writer starts over from the new head (its expectations are re-checked
   * there, so a real conflict still comes back as WrongExpectedVersion).
   */
  #write<E>(prepare: (head: LedgerHead) => Either<E, PreparedEntry[]>): Promise<Either<E, AppendResult>> {
    return this.#exclusive(async () => {
      for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
        const head = await this.sync();
        const prepared = prepare(head);
        if (isLeft(prepared)) return prepared;
        const entries = prepared.right;
        const events = entries.map((e) => e.event);
        if (entries.length === 0) return right({ events, size: head.size });
        const written = await this.#parts.client.appendEntries(
          this.streams.entries,
          head.size - 1,
          entries.map(({ event, leaf }) => ({ leaf, type: event.type, eventId: event.eventId })),
        );
        if (written === 'conflict') continue;
        const raw = entries.map(({ event, leaf }, i) => ({
          revision: event.index,
          id: esdbEventId(event.eventId),
          type: event.type,
          data: leaf,
          position: i === entries.length - 1 ? written.position : null,
        }));
        if (this.#indexer.index(raw) !== 'indexed') await this.#indexer.catchUp();
        return right({ events, size: head.size + entries.length });
      }
      throw esdbErrors.contended(MAX_APPEND_ATTEMPTS);
    });
  }

  async *#entries(from: number, count: number, direction: 'forwards' | 'backwards' = 'forwards') {
    yield* this.#parts.client.read(this.streams.entries, from, count, direction);
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    await this.sync();
    const indexes = this.#parts.cache.indexesOf(
      streamId,
      options.fromVersion ?? 0,
      options.limit ?? Number.MAX_SAFE_INTEGER,
    );
    // Consecutive indexes are read in one call.
    for (let i = 0; i < indexes.length; ) {
      let j = i + 1;
      while (j < indexes.length && indexes[j] === indexes[j - 1]! + 1) j++;
      for await (const raw of this.#entries(indexes[i]!, j - i)) yield parseLeaf(raw.data, raw.revision);
      i = j;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const { size } = await this.sync();
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    const backwards = options.direction === 'backwards';
    const start = backwards ? Math.min(options.from ?? size - 1, size - 1) : (options.from ?? 0);
    const count = backwards ? start + 1 : Math.min(options.to ?? size, size) - start;
    if (start < 0 || count <= 0) return;
    for await (const raw of this.#entries(start, count, backwards ? 'backwards' : 'forwards')) {
      const event = parseLeaf(raw.data, raw.revision);
      if (!matchesFilter(event, options)) continue;
      yield event;
      if (--remaining <= 0) return;
    }
  }

  async *readLeaves(from: number, to: number): AsyncIterable<StoredLeaf> {
    const { size } = await this.sync();
    const end = Math.min(to, size);
    if (from >= end) return;
    for await (const raw of this.#entries(from, end - from)) yield { index: raw.revision, leaf: raw.data };
  }

  async *#readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf> {
    for await (const { index, leaf } of this.readLeaves(from, to)) {
      const hashes = this.#parts.cache.hashes(index);
      if (!hashes) return;
      yield { index, leaf, hashes };
    }
  }

  async streamVersion(streamId: string): Promise<StreamVersion> {
    await this.sync();
    return this.#parts.cache.versionOf(streamId);
  }

  async head(): Promise<LedgerHead> {
    return this.sync();
  }

  async #syncCheckpoints(): Promise<void> {
    await this.#ready();
    await this.#checkpoints.catchUp();
  }

  async #saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
    this.#writable('save a checkpoint');
    const { size } = await this.sync();
    checkSizeWithin('checkpoint size', checkpoint.size, size);
    await this.#checkpoints.save(checkpoint);
  }

  /**
   * Keeps the signed state note of `size` (docs/audit.md) in the ledger's state notes stream:
   * an identical note already there is kept, a different one is refused (GL_CHECKPOINT_CONFLICT).
   */
  async saveStateNote(size: number, note: string): Promise<void> {
    this.#writable('save a state note');
    const head = await this.sync();
    checkSizeWithin('state note size', size, head.size);
    await this.#stateNotes.save(size, note);
  }

  /** The stored state note of `size`, or null. */
  async stateNote(size: number): Promise<string | null> {
    await this.#ready();
    await this.#stateNotes.catchUp();
    return this.#parts.cache.stateNote(size);
  }

  /** The sizes that have a stored state note, ascending. */
  async stateNoteSizes(): Promise<number[]> {
    await this.#ready();
    await this.#stateNotes.catchUp();
    return this.#parts.cache.stateNoteSizes();
  }

  async loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    if (this.#closed) throw esdbErrors.storeClosed();
    return this.#parts.cache.loadSnapshot(name, version, maxSize);
  }

  /** Snapshots are derived data: they live in the local cache, never in EventStoreDB. */
  async saveSnapshot(snapshot: ProjectionSnapshot): Promise<void> {
    if (this.#closed) throw esdbErrors.storeClosed();
    checkSizeWithin('snapshot size', snapshot.size, this.#parts.cache.head().size);
    this.#parts.cache.saveSnapshot(snapshot);
  }

  /** Closes the client connection and the cache. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    await this.#parts.dispose();
  }
}

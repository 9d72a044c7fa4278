/**
 * An in-memory EventStore: the reference implementation of the port, for tests and for
 * embedding where durability is not wanted. Same semantics as the durable stores, including
 * the Merkle log and checkpoints.
 */
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { ProposedEvent, RecordedEvent } from './envelope.ts';
import { newEventId } from './event-id.ts';
import { MerkleFrontier } from './merkle/frontier.ts';
import { leafHash as hashLeaf } from './merkle/hash.ts';
import type { SubtreeReader } from './merkle/tree-reader.ts';
import { LogView } from './log-view.ts';
import { extendsNote } from './checkpoint/cosignature.ts';
import { type PreparedEntry, prepareAppend } from './prepare-append.ts';
import { prepareImport } from './prepare-import.ts';
import type { ProjectionSnapshot, SnapshotStore } from './projection.ts';
import type {
  AppendError,
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedVersion,
  HashedLeaf,
  ImportError,
  LedgerHead,
  ReadAllOptions,
  ReadStreamOptions,
  StoredCheckpoint,
  StoredLeaf,
  StreamAppend,
  StreamVersion,
} from './store.ts';
import { matchesFilter, recordingTime } from './store-helpers.ts';
import { coreError } from './errors/thrown-errors.ts';

/** Options of {@link MemoryStore}: inject the clock and id source for deterministic histories. */
export interface MemoryStoreOptions {
  /** Wall clock for `recordedAt` (default `() => new Date()`). */
  readonly clock?: () => Date;
  /** Event id source (default UUIDv7); must never repeat. */
  readonly newEventId?: () => string;
}

interface Entry {
  readonly event: RecordedEvent;
  readonly leaf: Buffer;
  /** [leafHash, completed level-1 node, level-2 …] as in the durable stores. */
  readonly hashes: Buffer[];
}

/** The in-memory store. Appends are atomic because they run synchronously between awaits. */
export class MemoryStore implements EventStore, SnapshotStore {
  readonly #entries: Entry[] = [];
  readonly #streams = new Map<string, number[]>();
  readonly #checkpoints = new Map<number, string>();
  readonly #snapshots = new Map<string, ProjectionSnapshot[]>();
  readonly #frontier = new MerkleFrontier();
  readonly #clock: () => Date;
  readonly #newEventId: () => string;
  #lastRecordedAt: string | null = null;
  readonly log: LogView;

  constructor(options: MemoryStoreOptions = {}) {
    this.#clock = options.clock ?? (() => new Date());
    this.#newEventId = options.newEventId ?? (() => newEventId());
    const reader: SubtreeReader = (level, index) => {
      const entry = this.#entries[(index + 1) * 2 ** level - 1];
      const hash = entry?.hashes[level];
      if (!hash) throw coreError('GL_INTERNAL', `no stored subtree at level ${level}, index ${index}`);
      return hash;
    };
    this.log = new LogView({
      reader,
      size: () => this.#entries.length,
      saveCheckpoint: async (c) => this.#saveCheckpoint(c),
      readHashedLeaves: (from, to) => this.#readHashedLeaves(from, to),
      checkpoint: async (size) => this.#checkpoint(size),
      checkpoints: async () =>
        [...this.#checkpoints].sort((a, b) => a[0] - b[0]).map(([size, note]) => ({ size, note })),
    });
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
    const time = recordingTime(this.#clock, this.#lastRecordedAt, options);
    if (isLeft(time)) return time;
    const recordedAt = time.right;
    const prepared = prepareAppend(batch, {
      size: this.#entries.length,
      versionOf: (id) => this.#versionOf(id),
      recordedAt,
      newEventId: this.#newEventId,
    });
    if (isLeft(prepared)) return left(prepared.left);
    for (const entry of prepared.right) this.#write(entry);
    if (prepared.right.length > 0) this.#lastRecordedAt = recordedAt;
    return right({ events: prepared.right.map((p) => p.event), size: this.#entries.length });
  }

  async importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    const prepared = prepareImport(leaves, {
      size: this.#entries.length,
      versionOf: (id) => this.#versionOf(id),
      lastRecordedAt: this.#lastRecordedAt,
    });
    if (isLeft(prepared)) return left(prepared.left);
    for (const entry of prepared.right) this.#write(entry);
    const last = prepared.right[prepared.right.length - 1];
    if (last) this.#lastRecordedAt = last.event.metadata.recordedAt;
    return right({ events: prepared.right.map((p) => p.event), size: this.#entries.length });
  }

  #write({ event, leaf }: PreparedEntry): void {
    const hashes = this.#frontier.append(hashLeaf(leaf));
    this.#entries.push({ event, leaf, hashes });
    const positions = this.#streams.get(event.streamId) ?? [];
    positions.push(event.index);
    this.#streams.set(event.streamId, positions);
  }

  #versionOf(streamId: string): StreamVersion {
    const positions = this.#streams.get(streamId);
    return positions && positions.length > 0 ? positions.length - 1 : 'no-stream';
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const positions = this.#streams.get(streamId) ?? [];
    const from = options.fromVersion ?? 0;
    const end = Math.min(positions.length, from + (options.limit ?? Number.POSITIVE_INFINITY));
    for (let v = from; v < end; v++) yield this.#entries[positions[v]!]!.event;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const size = this.#entries.length;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    if (backwards) {
      const start = Math.min(options.from ?? size - 1, size - 1);
      for (let i = start; i >= 0 && remaining > 0; i--) {
        const event = this.#entries[i]!.event;
        if (!matchesFilter(event, options)) continue;
        remaining--;
        yield event;
      }
      return;
    }
    const end = Math.min(options.to ?? size, size);
    for (let i = options.from ?? 0; i < end && remaining > 0; i++) {
      const event = this.#entries[i]!.event;
      if (!matchesFilter(event, options)) continue;
      remaining--;
      yield event;
    }
  }

  async *readLeaves(from: number, to: number): AsyncIterable<StoredLeaf> {
    const end = Math.min(to, this.#entries.length);
    for (let i = from; i < end; i++) yield { index: i, leaf: this.#entries[i]!.leaf };
  }

  async *#readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf> {
    const end = Math.min(to, this.#entries.length);
    for (let i = from; i < end; i++) {
      const entry = this.#entries[i]!;
      yield { index: i, leaf: entry.leaf, hashes: Buffer.concat(entry.hashes) };
    }
  }

  async streamVersion(streamId: string): Promise<StreamVersion> {
    return this.#versionOf(streamId);
  }

  async head(): Promise<LedgerHead> {
    return this.headSync();
  }

  headSync(): LedgerHead {
    return { size: this.#entries.length, lastRecordedAt: this.#lastRecordedAt };
  }

  #saveCheckpoint(checkpoint: StoredCheckpoint): void {
    const existing = this.#checkpoints.get(checkpoint.size);
    if (existing !== undefined && extendsNote(checkpoint.note, existing)) return; // already stored, maybe cosigned
    if (existing !== undefined && existing !== checkpoint.note && !extendsNote(existing, checkpoint.note)) {
      throw coreError('GL_CHECKPOINT_CONFLICT', `a different checkpoint for size ${checkpoint.size} is already stored`);
    }
    this.#checkpoints.set(checkpoint.size, checkpoint.note);
  }

  #checkpoint(size?: number): StoredCheckpoint | null {
    if (size === undefined) {
      const sizes = [...this.#checkpoints.keys()];
      if (sizes.length === 0) return null;
      size = Math.max(...sizes);
    }
    const note = this.#checkpoints.get(size);
    return note === undefined ? null : { size, note };
  }

  async loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    const candidates = (this.#snapshots.get(name) ?? []).filter((s) => s.version === version && s.size <= maxSize);
    const best = candidates.sort((a, b) => b.size - a.size)[0];
    return best ? { ...best, state: structuredClone(best.state) } : null;
  }

  async saveSnapshot(snapshot: ProjectionSnapshot): Promise<void> {
    const kept = (this.#snapshots.get(snapshot.name) ?? []).filter((s) => s.version === snapshot.version);
    kept.push({ ...snapshot, state: structuredClone(snapshot.state) });
    this.#snapshots.set(snapshot.name, kept);
  }

  async close(): Promise<void> {}
}

/**
 * The local cache: a better-sqlite3 file derived entirely from the ledger in EventStoreDB,
 * holding what must be answered without a network round trip or a pass over the log —
 * per entry its stream, version, time, `$all` position and the Merkle hashes it completed
 * (the same layout as the SQLite store: entry i keeps its leaf hash and each perfect subtree
 * it completed, so any root or proof is O(log n) primary-key reads); the checkpoints read
 * from the checkpoints stream; the state notes read from the state notes stream; and projection
 * snapshots. Deleting it loses nothing: the next
 * open rebuilds it from EventStoreDB (one pass), and `verify` recomputes it from the leaves.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  decodeSnapshotState,
  encodeSnapshotState,
  HASH_BYTES,
  type LedgerHead,
  type ProjectionSnapshot,
  type StoredCheckpoint,
  type StreamVersion,
  type SubtreeReader,
  subtreeLocation,
} from '@govledger/core';
import Database from 'better-sqlite3';
import { esdbErrors } from './errors.ts';

/** One indexed entry. */
export interface CachedEntry {
  readonly index: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly recordedAt: string;
  /** `commit/prepare` position in `$all`, when the server reported it. */
  readonly position: string | null;
  readonly hashes: Buffer;
}

/** How many snapshot sizes of one (name, version) are kept, as in the SQLite store. */
export const SNAPSHOTS_KEPT = 4;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  idx INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, stream_version INTEGER NOT NULL,
  event_id TEXT NOT NULL, recorded_at TEXT NOT NULL, position TEXT, hashes BLOB NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS entries_by_stream ON entries (stream_id, stream_version);
CREATE TABLE IF NOT EXISTS checkpoints (size INTEGER PRIMARY KEY, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state_notes (size INTEGER PRIMARY KEY, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (name TEXT NOT NULL, version INTEGER NOT NULL, size INTEGER NOT NULL,
  state BLOB NOT NULL, PRIMARY KEY (name, version, size));
`;

/** The cache file of one ledger. Several processes on one host may share it (WAL). */
export class LocalCache {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #statements;

  /** Opens (creating) the cache for `ledgerId`; a cache built for another ledger is refused. */
  constructor(path: string, ledgerId: string) {
    this.path = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path, { timeout: 10_000 });
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.exec(SCHEMA);
    const db = this.#db;
    this.#statements = {
      getMeta: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
      setMeta: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      head: db.prepare<[], { idx: number; recorded_at: string }>(
        'SELECT idx, recorded_at FROM entries ORDER BY idx DESC LIMIT 1',
      ),
      version: db
        .prepare<[string], number | null>('SELECT MAX(stream_version) FROM entries WHERE stream_id = ?')
        .pluck(),
      indexes: db
        .prepare<[string, number, number], number>(
          'SELECT idx FROM entries WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version LIMIT ?',
        )
        .pluck(),
      hashes: db.prepare<[number], Buffer>('SELECT hashes FROM entries WHERE idx = ?').pluck(),
      entry: db.prepare<[number], { event_id: string; position: string | null }>(
        'SELECT event_id, position FROM entries WHERE idx = ?',
      ),
      insert: db.prepare(
        'INSERT INTO entries (idx, stream_id, stream_version, event_id, recorded_at, position, hashes) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      checkpoint: db.prepare<[number], string>('SELECT note FROM checkpoints WHERE size = ?').pluck(),
      latestCheckpoint: db.prepare<[], { size: number; note: string }>(
        'SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1',
      ),
      checkpoints: db.prepare<[], { size: number; note: string }>('SELECT size, note FROM checkpoints ORDER BY size'),
      // A later event for a stored size carries the same note with cosignature lines added.
      insertCheckpoint: db.prepare(
        'INSERT INTO checkpoints (size, note) VALUES (?, ?) ON CONFLICT (size) DO UPDATE SET note = excluded.note',
      ),
      stateNote: db.prepare<[number], string>('SELECT note FROM state_notes WHERE size = ?').pluck(),
      stateNoteSizes: db.prepare<[], number>('SELECT size FROM state_notes ORDER BY size').pluck(),
      insertStateNote: db.prepare('INSERT INTO state_notes (size, note) VALUES (?, ?) ON CONFLICT (size) DO NOTHING'),
      loadSnapshot: db.prepare<[string, number, number], { size: number; state: Buffer }>(
        'SELECT size, state FROM snapshots WHERE name = ? AND version = ? AND size <= ? ORDER BY size DESC LIMIT 1',
      ),
      dropOtherVersions: db.prepare('DELETE FROM snapshots WHERE name = ? AND version <> ?'),
      upsertSnapshot: db.prepare(
        `INSERT INTO snapshots (name, version, size, state) VALUES (?, ?, ?, ?)
         ON CONFLICT (name, version, size) DO UPDATE SET state = excluded.state`,
      ),
      pruneSnapshots: db.prepare(
        `DELETE FROM snapshots WHERE name = @name AND version = @version AND size NOT IN
         (SELECT size FROM snapshots WHERE name = @name AND version = @version ORDER BY size DESC LIMIT ${SNAPSHOTS_KEPT})`,
      ),
    };
    const owner = this.getMeta('ledger');
    if (owner === null) this.setMeta('ledger', ledgerId);
    else if (owner !== ledgerId) {
      this.#db.close();
      throw esdbErrors.cacheMismatch(path, `it was built for ${owner}, not ${ledgerId}`);
    }
  }

  getMeta(key: string): string | null {
    return this.#statements.getMeta.get(key) ?? null;
  }

  setMeta(key: string, value: string): void {
    this.#statements.setMeta.run(key, value);
  }

  /** The indexed size and the last entry's `recordedAt`. */
  head(): LedgerHead {
    const row = this.#statements.head.get();
    return row ? { size: row.idx + 1, lastRecordedAt: row.recorded_at } : { size: 0, lastRecordedAt: null };
  }

  /** A stream's last version among indexed entries. */
  versionOf(streamId: string): StreamVersion {
    return this.#statements.version.get(streamId) ?? 'no-stream';
  }

  /** Ledger indexes of `streamId`'s events from `fromVersion`, in stream order. */
  indexesOf(streamId: string, fromVersion: number, limit: number): number[] {
    return this.#statements.indexes.all(streamId, fromVersion, limit);
  }

  /** Entry `index`'s stored hashes blob, or undefined past the indexed head. */
  hashes(index: number): Buffer | undefined {
    return this.#statements.hashes.get(index);
  }

  /** Entry `index`'s event id and position, or undefined. */
  entry(index: number): { eventId: string; position: string | null } | undefined {
    const row = this.#statements.entry.get(index);
    return row ? { eventId: row.event_id, position: row.position } : undefined;
  }

  /** Core's subtree reader over the stored hashes (see `subtreeLocation`). */
  readonly subtreeReader: SubtreeReader = (level, index) => {
    const { entry, offset } = subtreeLocation(level, index);
    const blob = this.hashes(entry);
    if (!blob || blob.length < offset + HASH_BYTES) {
      throw esdbErrors.cacheMismatch(this.path, `entry ${entry} holds no subtree (level ${level}, index ${index})`);
    }
    return blob.subarray(offset, offset + HASH_BYTES);
  };

  /**
   * Indexes `entries` (which must start at `expectedSize`) in one transaction. Returns false,
   * writing nothing, when the cache is no longer at `expectedSize` (another process sharing
   * the file indexed first): the caller recomputes from the new head.
   */
  addEntries(expectedSize: number, entries: readonly CachedEntry[]): boolean {
    return this.#db
      .transaction(() => {
        if (this.head().size !== expectedSize) return false;
        for (const e of entries) {
          this.#statements.insert.run(
            e.index,
            e.streamId,
            e.streamVersion,
            e.eventId,
            e.recordedAt,
            e.position,
            e.hashes,
          );
        }
        return true;
      })
      .immediate();
  }

  /** The checkpoint of exactly `size`, or the largest when omitted. */
  checkpoint(size?: number): StoredCheckpoint | null {
    if (size === undefined) return this.#statements.latestCheckpoint.get() ?? null;
    const note = this.#statements.checkpoint.get(size);
    return note === undefined ? null : { size, note };
  }

  /** Every cached checkpoint in increasing size. */
  checkpoints(): StoredCheckpoint[] {
    return this.#statements.checkpoints.all();
  }

  /** Records checkpoints read from the checkpoints stream up to (excluding) `nextRevision`. */
  addCheckpoints(checkpoints: readonly StoredCheckpoint[], nextRevision: number): void {
    this.#db
      .transaction(() => {
        for (const c of checkpoints) this.#statements.insertCheckpoint.run(c.size, c.note);
        const known = Number(this.getMeta('checkpoints_next') ?? '0');
        if (nextRevision > known) this.setMeta('checkpoints_next', String(nextRevision));
      })
      .immediate();
  }

  /** The next revision of the checkpoints stream to read. */
  nextCheckpointRevision(): number {
    return Number(this.getMeta('checkpoints_next') ?? '0');
  }

  /** The state note of exactly `size`, or null. */
  stateNote(size: number): string | null {
    return this.#statements.stateNote.get(size) ?? null;
  }

  /** The sizes with a cached state note, ascending. */
  stateNoteSizes(): number[] {
    return this.#statements.stateNoteSizes.all();
  }

  /** Records state notes read from the state notes stream up to (excluding) `nextRevision`; the first note of a size stays. */
  addStateNotes(notes: readonly StoredCheckpoint[], nextRevision: number): void {
    this.#db
      .transaction(() => {
        for (const n of notes) this.#statements.insertStateNote.run(n.size, n.note);
        const known = Number(this.getMeta('state_notes_next') ?? '0');
        if (nextRevision > known) this.setMeta('state_notes_next', String(nextRevision));
      })
      .immediate();
  }

  /** The next revision of the state notes stream to read. */
  nextStateNoteRevision(): number {
    return Number(this.getMeta('state_notes_next') ?? '0');
  }

  /** The newest snapshot of (name, version) with `size <= maxSize`, deserialised afresh. */
  loadSnapshot(name: string, version: number, maxSize: number): ProjectionSnapshot | null {
    const row = this.#statements.loadSnapshot.get(name, version, maxSize);
    return row ? { name, version, size: row.size, state: decodeSnapshotState(row.state) } : null;
  }

  /** Stores a snapshot; other versions of `name` are dropped and the newest sizes kept. */
  saveSnapshot(snapshot: ProjectionSnapshot): void {
    const state = encodeSnapshotState(snapshot.state);
    this.#db
      .transaction(() => {
        this.#statements.dropOtherVersions.run(snapshot.name, snapshot.version);
        this.#statements.upsertSnapshot.run(snapshot.name, snapshot.version, snapshot.size, state);
        this.#statements.pruneSnapshots.run({ name: snapshot.name, version: snapshot.version });
      })
      .immediate();
  }

  get open(): boolean {
    return this.#db.open;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

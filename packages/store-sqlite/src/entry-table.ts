/**
 * The `entries` table's single-row statements, prepared once per connection: the head, a
 * stream's version, one entry's stored hashes, and the insert. Paged reads live in
 * `read-pages.ts`; the append transaction in `entry-writer.ts`.
 */
import type Database from 'better-sqlite3';
import type { LedgerHead, RecordedEvent, StreamVersion } from '@govledger/core';

/** Prepared statements over `entries`. Every method is one indexed statement, O(log n). */
export class EntryTable {
  readonly #head: Database.Statement<[], [number, string]>;
  readonly #version: Database.Statement<[string], number>;
  readonly #hashes: Database.Statement<[number], Buffer>;
  readonly #insert: Database.Statement<[number, string, number, string, string, Buffer, Buffer]>;

  constructor(db: Database.Database) {
    this.#head = db
      .prepare<[], [number, string]>('SELECT idx, recorded_at FROM entries ORDER BY idx DESC LIMIT 1')
      .raw();
    this.#version = db
      .prepare<[string], number>(
        'SELECT stream_version FROM entries WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1',
      )
      .pluck();
    this.#hashes = db.prepare<[number], Buffer>('SELECT hashes FROM entries WHERE idx = ?').pluck();
    this.#insert = db.prepare(
      'INSERT INTO entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** The ledger size (last index + 1) and the last entry's `recordedAt`. */
  head(): LedgerHead {
    const last = this.#head.get();
    return last ? { size: last[0] + 1, lastRecordedAt: last[1] } : { size: 0, lastRecordedAt: null };
  }

  /** The 0-based version of a stream's last event, or `'no-stream'`. */
  versionOf(streamId: string): StreamVersion {
    return this.#version.get(streamId) ?? 'no-stream';
  }

  /** Entry `index`'s stored `hashes` blob, or undefined past the head. */
  hashes(index: number): Buffer | undefined {
    return this.#hashes.get(index);
  }

  /** Writes one entry; the caller holds the write transaction and computed `hashes`. */
  insert(event: RecordedEvent, leaf: Buffer, hashes: Buffer): void {
    this.#insert.run(
      event.index,
      event.streamId,
      event.streamVersion,
      event.type,
      event.metadata.recordedAt,
      leaf,
      hashes,
    );
  }
}

/**
 * Signed checkpoints kept in the file: exactly one note per tree size. Storing the same note
 * again is a no-op; the stored note with witness cosignatures appended replaces it (and the bare
 * note again is a no-op) (the text
 * and the log's signature stay byte for byte); any other note for a stored size is refused,
 * because two signed roots for one size would be evidence of a forked log.
 */
import { extendsNote, type StoredCheckpoint } from '@govledger/core';
import type Database from 'better-sqlite3';
import { storeErrors } from './errors.ts';

/** The `checkpoints` table. Sizes are ledger sizes (entry counts), not indexes. */
export class CheckpointTable {
  readonly #insert: Database.Statement<[number, string]>;
  readonly #note: Database.Statement<[number], string>;
  readonly #extend: Database.Statement<[string, number]>;
  readonly #latest: Database.Statement<[], [number, string]>;
  readonly #all: Database.Statement<[], [number, string]>;
  readonly #save: (checkpoint: StoredCheckpoint) => void;

  constructor(db: Database.Database) {
    this.#insert = db.prepare('INSERT INTO checkpoints (size, note) VALUES (?, ?) ON CONFLICT (size) DO NOTHING');
    this.#note = db.prepare<[number], string>('SELECT note FROM checkpoints WHERE size = ?').pluck();
    this.#extend = db.prepare<[string, number]>('UPDATE checkpoints SET note = ? WHERE size = ?');
    this.#latest = db
      .prepare<[], [number, string]>('SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1')
      .raw();
    this.#all = db.prepare<[], [number, string]>('SELECT size, note FROM checkpoints ORDER BY size').raw();
    const save = db.transaction(({ size, note }: StoredCheckpoint) => {
      if (this.#insert.run(size, note).changes !== 0) return;
      const stored = this.#note.get(size) as string;
      if (stored === note || extendsNote(note, stored)) return; // already stored, maybe with cosignatures
      if (!extendsNote(stored, note)) throw storeErrors.checkpointConflict(size);
      this.#extend.run(note, size);
    });
    this.#save = (checkpoint) => save.immediate(checkpoint);
  }

  /**
   * Stores `checkpoint` unless an identical one is there, or replaces the stored note with
   * `checkpoint.note` when that only appends signature lines (cosignatures); throws
   * `CHECKPOINT_CONFLICT` for any other note of a stored size. The caller checks `size`.
   */
  save(checkpoint: StoredCheckpoint): void {
    this.#save(checkpoint);
  }

  /** The checkpoint of exactly `size`, or the largest stored one when `size` is omitted. */
  get(size?: number): StoredCheckpoint | null {
    if (size === undefined) {
      const latest = this.#latest.get();
      return latest ? { size: latest[0], note: latest[1] } : null;
    }
    const note = this.#note.get(size);
    return note === undefined ? null : { size, note };
  }

  /** Every stored checkpoint, smallest size first. */
  all(): StoredCheckpoint[] {
    return this.#all.all().map(([size, note]) => ({ size, note }));
  }
}

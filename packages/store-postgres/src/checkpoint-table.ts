/**
 * Signed checkpoints kept in the ledger: exactly one note per tree size. Storing the same
 * note again is a no-op; the stored note with witness cosignatures appended replaces it; any
 * other note for a stored size is refused, because two signed roots for one size would be
 * evidence of a forked log. Each save is one transaction holding the size's row lock.
 */
import { extendsNote, type StoredCheckpoint } from '@govledger/core';
import type { Pool } from './connection.ts';
import { pgErrors } from './errors.ts';

/** The `checkpoints` table. Sizes are ledger sizes (entry counts), not indexes. */
export class CheckpointTable {
  readonly #sql: () => Pool;
  readonly #s: string;

  constructor(sql: () => Pool, quotedSchema: string) {
    this.#sql = sql;
    this.#s = quotedSchema;
  }

  /** Stores `checkpoint` (see the module comment); the caller checks its size against the head. */
  async save({ size, note }: StoredCheckpoint): Promise<void> {
    const s = this.#s;
    await this.#sql().begin(async (tx) => {
      const inserted = await tx.unsafe(
        `INSERT INTO ${s}.checkpoints (size, note) VALUES ($1, $2) ON CONFLICT (size) DO NOTHING`,
        [size, note],
      );
      if (inserted.count !== 0) return;
      const [row] = await tx.unsafe<{ note: string }[]>(
        `SELECT note FROM ${s}.checkpoints WHERE size = $1 FOR UPDATE`,
        [size],
      );
      const stored = row?.note ?? '';
      if (stored === note || extendsNote(note, stored)) return; // already stored, maybe with cosignatures
      if (!extendsNote(stored, note)) throw pgErrors.checkpointConflict(size);
      await tx.unsafe(`UPDATE ${s}.checkpoints SET note = $1 WHERE size = $2`, [note, size]);
    });
  }

  /** The checkpoint of exactly `size`, or the largest stored one when `size` is omitted. */
  async get(size?: number): Promise<StoredCheckpoint | null> {
    const rows =
      size === undefined
        ? await this.#sql().unsafe<{ size: number; note: string }[]>(
            `SELECT size, note FROM ${this.#s}.checkpoints ORDER BY size DESC LIMIT 1`,
          )
        : await this.#sql().unsafe<{ size: number; note: string }[]>(
            `SELECT size, note FROM ${this.#s}.checkpoints WHERE size = $1`,
            [size],
            { prepare: true },
          );
    const row = rows[0];
    return row ? { size: row.size, note: row.note } : null;
  }

  /** Every stored checkpoint, smallest size first. */
  async all(): Promise<StoredCheckpoint[]> {
    const rows = await this.#sql().unsafe<{ size: number; note: string }[]>(
      `SELECT size, note FROM ${this.#s}.checkpoints ORDER BY size`,
    );
    return rows.map((row) => ({ size: row.size, note: row.note }));
  }
}

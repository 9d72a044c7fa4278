/**
 * Signed state notes kept in the ledger (docs/audit.md): exactly one note per ledger size, a
 * signed root over the public read models at that size. Storing the identical note again is a
 * no-op; any other note for a stored size is refused (GL_CHECKPOINT_CONFLICT), because two
 * signed states for one size would contradict each other. Two signers of one key sign
 * byte-identical notes of a size (Ed25519 is deterministic and the state root is a function of
 * the log prefix), so concurrent writers keeping the same size stay harmless.
 */
import type { Pool } from './connection.ts';
import { pgErrors } from './errors.ts';

/** The schema version that added the `state_notes` table. */
export const STATE_NOTES_SCHEMA = 2;

/**
 * The `state_notes` table. Sizes are ledger sizes (entry counts), not indexes. A read-only
 * store opened on a ledger of an older schema (no table yet) reads it as holding no note, as
 * no note could have been kept there, and finds the table once a writer has migrated the ledger.
 */
export class StateNoteTable {
  readonly #sql: () => Pool;
  readonly #s: string;
  #mayBeAbsent: boolean;

  /** `mayBeAbsent`: the ledger was opened (read-only) at a schema older than {@link STATE_NOTES_SCHEMA}. */
  constructor(sql: () => Pool, quotedSchema: string, mayBeAbsent = false) {
    this.#sql = sql;
    this.#s = quotedSchema;
    this.#mayBeAbsent = mayBeAbsent;
  }

  /** False while the table is missing (an older schema read as it is); checked until it appears. */
  async #present(): Promise<boolean> {
    if (!this.#mayBeAbsent) return true;
    const [row] = await this.#sql().unsafe<{ present: boolean }[]>('SELECT to_regclass($1) IS NOT NULL AS present', [
      `${this.#s}.state_notes`,
    ]);
    if (row?.present) this.#mayBeAbsent = false;
    return !this.#mayBeAbsent;
  }

  /** Stores the note of `size` (see the module comment); the caller checks the size against the head. */
  async save(size: number, note: string): Promise<void> {
    const s = this.#s;
    const inserted = await this.#sql().unsafe(
      `INSERT INTO ${s}.state_notes (size, note) VALUES ($1, $2) ON CONFLICT (size) DO NOTHING`,
      [size, note],
    );
    if (inserted.count !== 0) return;
    const stored = await this.get(size);
    if (stored !== note) throw pgErrors.checkpointConflict(size);
  }

  /** The stored note of exactly `size`, or null. */
  async get(size: number): Promise<string | null> {
    if (!(await this.#present())) return null;
    const [row] = await this.#sql().unsafe<{ note: string }[]>(
      `SELECT note FROM ${this.#s}.state_notes WHERE size = $1`,
      [size],
      { prepare: true },
    );
    return row?.note ?? null;
  }

  /** The sizes that have a stored note, ascending. */
  async sizes(): Promise<number[]> {
    if (!(await this.#present())) return [];
    const rows = await this.#sql().unsafe<{ size: number }[]>(`SELECT size FROM ${this.#s}.state_notes ORDER BY size`);
    return rows.map((row) => row.size);
  }
}

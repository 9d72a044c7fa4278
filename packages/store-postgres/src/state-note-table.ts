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

/** The `state_notes` table. Sizes are ledger sizes (entry counts), not indexes. */
export class StateNoteTable {
  readonly #sql: () => Pool;
  readonly #s: string;

  constructor(sql: () => Pool, quotedSchema: string) {
    this.#sql = sql;
    this.#s = quotedSchema;
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
    const [row] = await this.#sql().unsafe<{ note: string }[]>(
      `SELECT note FROM ${this.#s}.state_notes WHERE size = $1`,
      [size],
      { prepare: true },
    );
    return row?.note ?? null;
  }

  /** The sizes that have a stored note, ascending. */
  async sizes(): Promise<number[]> {
    const rows = await this.#sql().unsafe<{ size: number }[]>(`SELECT size FROM ${this.#s}.state_notes ORDER BY size`);
    return rows.map((row) => row.size);
  }
}

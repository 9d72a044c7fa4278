/**
 * Small named settings of one ledger file (for example the checkpoint origin the CLI signs
 * with), so they travel with the file. Keys and values are text; this is not for events.
 */
import type Database from 'better-sqlite3';

/** The `meta` table: key → text value. */
export class MetaTable {
  readonly #get: Database.Statement<[string], string>;
  readonly #set: Database.Statement<[string, string]>;

  constructor(db: Database.Database) {
    this.#get = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck();
    this.#set = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  /** The value stored under `key`, or null. */
  get(key: string): string | null {
    return this.#get.get(key) ?? null;
  }

  /** Stores `value` under `key`, replacing any previous value. */
  set(key: string, value: string): void {
    this.#set.run(key, value);
  }
}

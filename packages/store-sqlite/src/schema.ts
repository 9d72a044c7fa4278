/**
 * The file's schema and its migration runner. The schema version lives in SQLite's
 * `PRAGMA user_version` and the file is marked as ours by `PRAGMA application_id`, so a
 * foreign SQLite file or one written by a newer govledger is refused before anything is
 * changed. Migrations run in order, each in its own `BEGIN IMMEDIATE` transaction that also
 * sets `user_version`, so a crash or a concurrent opener never leaves a half-migrated file.
 */
import type Database from 'better-sqlite3';
import { storeErrors } from './errors.ts';

/** One schema step: applying `sql` to a file at `version - 1` brings it to `version`. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** `PRAGMA application_id` of every govledger store: ASCII "GLDG". */
export const APPLICATION_ID = 0x474c4447;

/**
 * The schema, oldest step first. Never edit a released step: append a new one.
 *
 * - `entries`: one row per ledger entry; `idx` is the 0-based ledger index (the rowid, so
 *   ledger order is the table order), `leaf` exactly the canonical leaf bytes, `hashes` the
 *   32-byte hashes [leafHash, completed level-1 node, level-2 …] of the Merkle log.
 *   The unique (stream_id, stream_version) index serves stream reads and version checks.
 *   No index on `type`: it costs ~15% of append throughput, and type and prefix filters
 *   are evaluated inside SQLite during the ledger-order scan at ~1 µs a row.
 * - `checkpoints`: the signed note for a tree size.
 * - `snapshots`: projection states serialised with `node:v8` (gzip-compressed), per (name, version, size).
 * - `meta`: small settings of the file (for example the log origin), key → text.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'entries with Merkle hashes, checkpoints, snapshots, meta',
    sql: `
      CREATE TABLE entries (
        idx INTEGER PRIMARY KEY,
        stream_id TEXT NOT NULL,
        stream_version INTEGER NOT NULL,
        type TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        leaf BLOB NOT NULL,
        hashes BLOB NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX entries_by_stream ON entries (stream_id, stream_version);
      CREATE TABLE checkpoints (
        size INTEGER PRIMARY KEY,
        note TEXT NOT NULL
      ) STRICT;
      CREATE TABLE snapshots (
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        size INTEGER NOT NULL,
        state BLOB NOT NULL,
        PRIMARY KEY (name, version, size)
      ) STRICT;
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
];

/** The schema version this build writes: the last migration's. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function applicationId(db: Database.Database): number {
  return db.pragma('application_id', { simple: true }) as number;
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' LIMIT 1").get() !== undefined;
}

/**
 * Refuses a file that is not a govledger store or whose schema is newer than `known`, reading
 * only header fields; returns its schema version (0 for a new, empty file).
 */
export function identify(db: Database.Database, path: string, known: number = SCHEMA_VERSION): number {
  let version: number;
  try {
    version = userVersion(db);
  } catch (error) {
    // SQLite reads the header only now: a file that is no database at all fails here.
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') {
      throw storeErrors.notALedgerFile(path, 'it is not an SQLite database');
    }
    throw error;
  }
  const id = applicationId(db);
  if (id !== 0 && id !== APPLICATION_ID) {
    throw storeErrors.notALedgerFile(path, `its application id is 0x${id.toString(16)}`);
  }
  if (id === 0 && (version !== 0 || hasTables(db))) {
    throw storeErrors.notALedgerFile(path, 'it holds tables that govledger did not create');
  }
  if (version > known) throw storeErrors.schemaTooNew(path, version, known);
  return version;
}

/**
 * Brings a writable file up to the last of `migrations` (default {@link MIGRATIONS}) and
 * returns the version it found. Throws a `SqliteStoreError` for a foreign or too-new file
 * without changing it. `migrations` must be sorted with versions 1, 2, 3 ….
 */
export function migrate(db: Database.Database, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const known = migrations[migrations.length - 1]?.version ?? 0;
  const found = identify(db, path, known);
  if (found === known) return found;
  for (const migration of migrations) {
    db.transaction(() => {
      // Another process may have migrated since we looked: re-read inside the write lock.
      const current = identify(db, path, known);
      if (current >= migration.version) return;
      if (current !== migration.version - 1) {
        throw new Error(`migration ${migration.version} needs schema ${migration.version - 1}, found ${current}`);
      }
      db.exec(migration.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return found;
}

/** For read-only opens: refuses a foreign, too-new or not yet migrated file. */
export function checkSchema(db: Database.Database, path: string, known: number = SCHEMA_VERSION): void {
  const version = identify(db, path, known);
  if (version < known) throw storeErrors.schemaOutdated(path, version, known);
}

/**
 * The ledger's tables and their versioned migrations. A ledger lives in its own schema
 * (`govledger_<ledger>`); `migrations` records every applied step. Migrations run in one
 * transaction under a transaction-level advisory lock on the schema's name, so concurrent
 * openers never apply a step twice and a crash never leaves a half-migrated ledger. A ledger
 * written by a newer build is refused before anything is changed.
 */
import { quoteIdent, type Pool } from './connection.ts';
import { pgErrors } from './errors.ts';

/** One schema step: applying `sql(schema)` to a ledger at `version - 1` brings it to `version`. */
export interface PgMigration {
  readonly version: number;
  readonly description: string;
  /** The step's statements for the ledger whose quoted schema name is `schema`. */
  readonly sql: (schema: string) => string;
}

/**
 * The schema, oldest step first. Never edit a released step: append a new one.
 *
 * - `head`: one row, the ledger's size, last `recordedAt` and Merkle frontier (the hashes of
 *   the perfect subtrees of the size's binary decomposition, largest first, 32 bytes each: what
 *   an appender needs to extend the tree). Every append locks it (`SELECT … FOR UPDATE`) for
 *   its whole transaction, which makes indexes dense and in commit order (see
 *   docs/operations/postgres.md).
 * - `entries`: one row per entry; `idx` is the 0-based ledger index, `leaf` exactly the
 *   canonical leaf bytes, `hashes` the 32-byte hashes [leafHash, completed level-1 node, …] of
 *   the Merkle log, as the SQLite store keeps them. (stream_id, stream_version) is unique.
 * - `checkpoints`: the signed note for a tree size.
 * - `snapshots`: projection states (core's snapshot codec, gzip) per (name, version, size).
 * - `meta`: small settings of the ledger, key → text.
 * - `state_notes` (version 2): the signed state note (docs/audit.md) for a ledger size.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description: 'head row, entries with Merkle hashes, checkpoints, snapshots, meta',
    sql: (s) => `
      CREATE TABLE ${s}.head (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        size bigint NOT NULL,
        last_recorded_at text,
        frontier bytea NOT NULL
      );
      INSERT INTO ${s}.head (size, last_recorded_at, frontier) VALUES (0, NULL, '\\x');
      CREATE TABLE ${s}.entries (
        idx bigint PRIMARY KEY,
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        type text NOT NULL,
        recorded_at text NOT NULL,
        leaf bytea NOT NULL,
        hashes bytea NOT NULL,
        UNIQUE (stream_id, stream_version)
      );
      CREATE TABLE ${s}.checkpoints (size bigint PRIMARY KEY, note text NOT NULL);
      CREATE TABLE ${s}.snapshots (
        name text NOT NULL,
        version integer NOT NULL,
        size bigint NOT NULL,
        state bytea NOT NULL,
        PRIMARY KEY (name, version, size)
      );
      CREATE TABLE ${s}.meta (key text PRIMARY KEY, value text NOT NULL);
    `,
  },
  {
    version: 2,
    description: 'signed state notes per ledger size',
    sql: (s) => `CREATE TABLE ${s}.state_notes (size bigint PRIMARY KEY, note text NOT NULL);`,
  },
];

/** The schema version this build writes: the last migration's. */
export const PG_SCHEMA_VERSION: number = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]?.version ?? 0;

/** The ledger's schema version, or null when the ledger does not exist. */
export async function schemaVersion(sql: Pool, schema: string): Promise<number | null> {
  const [found] = await sql.unsafe<{ present: boolean }[]>(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    `${quoteIdent(schema)}.migrations`,
  ]);
  if (!found?.present) return null;
  const [row] = await sql.unsafe<{ v: number | null }[]>(
    `SELECT max(version) AS v FROM ${quoteIdent(schema)}.migrations`,
  );
  return row?.v ?? 0;
}

/**
 * Creates the ledger's schema when `create` and migrates it to {@link PG_SCHEMA_VERSION}.
 * Refuses a missing ledger (unless `create`) and one newer than this build, unchanged.
 */
export async function migrate(sql: Pool, schema: string, where: string, create: boolean): Promise<void> {
  const s = quoteIdent(schema);
  await sql.begin(async (tx) => {
    await tx.unsafe('SELECT pg_advisory_xact_lock(hashtext($1))', [`govledger-migrate:${schema}`]);
    const current = await schemaVersion(tx as unknown as Pool, schema);
    if (current === null && !create) throw pgErrors.noSuchLedger(where);
    if (current !== null && current > PG_SCHEMA_VERSION) throw pgErrors.schemaTooNew(where, current, PG_SCHEMA_VERSION);
    if (current === null) {
      await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await tx.unsafe(
        `CREATE TABLE ${s}.migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
    }
    for (const step of PG_MIGRATIONS) {
      if (step.version <= (current ?? 0)) continue;
      await tx.unsafe(step.sql(s));
      await tx.unsafe(`INSERT INTO ${s}.migrations (version, description) VALUES ($1, $2)`, [
        step.version,
        step.description,
      ]);
    }
  });
}

/**
 * The oldest schema version this build reads without migrating it: version 1 lacks only the
 * `state_notes` table (version 2), and a ledger without it holds no signed state note, which
 * is how the store reads it. A read-only open never migrates (a standby cannot be written, an
 * auditor may hold only `SELECT`), so an older ledger is read as it is until a writer opens it.
 */
export const PG_OLDEST_READABLE_SCHEMA = 1;

/**
 * For read-only opens: refuses a missing or too-new ledger, changing nothing; returns the
 * schema version found, which may be older than this build's (down to
 * {@link PG_OLDEST_READABLE_SCHEMA}).
 */
export async function checkSchema(sql: Pool, schema: string, where: string): Promise<number> {
  const current = await schemaVersion(sql, schema);
  if (current === null || current < PG_OLDEST_READABLE_SCHEMA) throw pgErrors.noSuchLedger(where);
  if (current > PG_SCHEMA_VERSION) throw pgErrors.schemaTooNew(where, current, PG_SCHEMA_VERSION);
  return current;
}

/**
 * Opening a ledger by URL: connect, then create or migrate its schema (or, readonly, only
 * check it: an older schema is read as it is), in the order that never changes a database we
 * are about to refuse.
 */
import { newEventId } from '@govledger/core';
import { openPool } from './connection.ts';
import { pgErrors } from './errors.ts';
import { parsePostgresUrl } from './ledger-url.ts';
import { migrationMarker } from './migration.ts';
import { PostgresStore } from './postgres-store.ts';
import { checkSchema, migrate, PG_SCHEMA_VERSION } from './schema.ts';

/** How to open a store. Every field is optional. */
export interface PostgresStoreOptions {
  /** Wall clock for `recordedAt` (default `() => new Date()`); inject for deterministic demos. */
  readonly clock?: () => Date;
  /** Event id source (default UUIDv7); inject for deterministic demos. Must never repeat. */
  readonly newEventId?: () => string;
  /** Create the ledger's schema when it does not exist (`govledger init`); otherwise a missing ledger is refused. */
  readonly create?: boolean;
  /** Read only: nothing is created or migrated, every transaction is read-only (a standby serves it). */
  readonly readonly?: boolean;
  /** Most connections the pool opens (default 4). */
  readonly maxConnections?: number;
  /** `synchronous_commit` of the store's sessions (see `PoolOptions`); default: the server's. */
  readonly synchronousCommit?: 'on' | 'off';
  /** Open a ledger whose migration has not completed (only `migrateIntoPostgres` does). */
  readonly allowIncompleteMigration?: boolean;
}

/**
 * Opens the ledger at `url` (`postgres://user@host/db?ledger=NAME`). Throws a
 * `PostgresStoreError` with code `BAD_LEDGER_URL`, `NO_SUCH_LEDGER` or `SCHEMA_TOO_NEW` —
 * before changing anything — or the driver's error when the server cannot be reached.
 *
 * @example
 * const store = await openPostgresStore('postgres://gl@db/ledgers?ledger=zjg');
 * await store.append('complaint-1', [event], 'no-stream');
 * await store.close();
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const parsed = parsePostgresUrl(url);
  const readonly = options.readonly ?? false;
  const sql = openPool(parsed.connectionString, {
    readonly,
    ...(options.maxConnections !== undefined ? { max: options.maxConnections } : {}),
    ...(options.synchronousCommit ? { synchronousCommit: options.synchronousCommit } : {}),
  });
  let schema = PG_SCHEMA_VERSION;
  try {
    if (readonly) schema = await checkSchema(sql, parsed.schema, parsed.redacted);
    else await migrate(sql, parsed.schema, parsed.redacted, options.create ?? false);
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  const store = new PostgresStore(
    sql,
    parsed,
    { clock: options.clock ?? (() => new Date()), newEventId: options.newEventId ?? (() => newEventId()) },
    readonly,
    schema,
  );
  if (!options.allowIncompleteMigration && (await migrationMarker(store))?.state === 'started') {
    await store.close();
    throw pgErrors.migrationIncomplete(parsed.redacted);
  }
  return store;
}

/** Whether the ledger at `url` exists (its schema is there), without creating anything. */
export async function postgresLedgerExists(url: string): Promise<boolean> {
  const parsed = parsePostgresUrl(url);
  const sql = openPool(parsed.connectionString, { max: 1 });
  try {
    const [row] = await sql.unsafe<{ present: boolean }[]>('SELECT to_regclass($1) IS NOT NULL AS present', [
      `"${parsed.schema}".head`,
    ]);
    return row?.present ?? false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

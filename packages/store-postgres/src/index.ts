/**
 * `@govledger/store-postgres` — the ledger in PostgreSQL: entries with their leaves verbatim
 * (bytea) and RFC 6962 Merkle hashes written in the append's transaction, a dense ledger index
 * under a locked head row, checkpoints and projection snapshots in their own tables, versioned
 * schema migrations. Plain SQL, no extension. See README.md.
 *
 * @module \@govledger/store-postgres
 */
export { openPostgresStore, postgresLedgerExists, type PostgresStoreOptions } from './open-store.ts';
export { PostgresStore } from './postgres-store.ts';
export { PostgresStoreError, type PostgresStoreErrorCode } from './errors.ts';
export { DEFAULT_PG_LEDGER, isPostgresUrl, type PostgresLedgerUrl, parsePostgresUrl } from './ledger-url.ts';
export { PG_MIGRATIONS, PG_SCHEMA_VERSION, type PgMigration } from './schema.ts';
export { PG_SNAPSHOTS_KEPT } from './snapshot-table.ts';
export { PG_PAGE_ROWS } from './read-pages.ts';
export {
  describePgMigrationFailure,
  MIGRATION_META_KEY,
  type MigrationMarker,
  migrateIntoPostgres,
  migrationMarker,
  type PgMigrationFailure,
  type PgMigrationOptions,
  type PgMigrationReport,
} from './migration.ts';

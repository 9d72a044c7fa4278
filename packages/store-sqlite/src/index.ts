/**
 * `@govledger/store-sqlite` — the embedded default store: one SQLite file (WAL) holding the
 * ledger's entries, its RFC 6962 Merkle hashes (written in the same transaction as each
 * batch), signed checkpoints and projection snapshots. See README.md.
 *
 * @module \@govledger/store-sqlite
 */

// Opening a store and the store itself (EventStore + SnapshotStore).
export { openSqliteStore, type SqliteStoreOptions } from './open-store.ts';
export { type BulkSettings, SqliteStore } from './sqlite-store.ts';
export { SqliteStoreError, type SqliteStoreErrorCode } from './errors.ts';

// The file format and the store's fixed sizes.
export { APPLICATION_ID, MIGRATIONS, type Migration, SCHEMA_VERSION } from './schema.ts';
export { SNAPSHOTS_KEPT } from './snapshot-table.ts';
export { PAGE_ROWS } from './read-pages.ts';
export { BulkAppender, type BulkAppendOptions, type BulkFailure } from './bulk-appender.ts';
export { BULK_FROM_ENTRIES, type LongWrite } from './bulk-batch.ts';

/**
 * `@govledger/store-eventstoredb` — govledger's distributed store on EventStoreDB (a three-node
 * cluster) through the official `@eventstore/db-client`. One entries stream per ledger holds
 * the ledger order; a local cache derived from it answers tree heads and proofs in O(log n);
 * the log keeper follows `$all` and signs checkpoints (and, given a state signer, the state
 * notes of their sizes). See README.md.
 *
 * @module \@govledger/store-eventstoredb
 */
export { esdbLedgerExists, openEsdbStore, type EsdbStoreOptions } from './open-store.ts';
export { EsdbStore, MAX_APPEND_ATTEMPTS } from './esdb-store.ts';
export { EsdbStoreError, type EsdbStoreErrorCode } from './errors.ts';
export {
  checkLedgerName,
  DEFAULT_LEDGER,
  defaultCachePath,
  isEsdbUrl,
  type LedgerStreams,
  type LedgerUrl,
  ledgerStreams,
  parseLedgerUrl,
  withExplicitCache,
} from './ledger-url.ts';
export { DEFAULT_ACL, LIFECYCLE } from './ledger-lifecycle.ts';
export type { StreamAcl } from './ledger-streams-client.ts';
export { SNAPSHOTS_KEPT } from './local-cache.ts';
export { type KeeperStateSigner, LogKeeper, type LogKeeperOptions } from './log-keeper.ts';
export {
  describeMigrationFailure,
  type MigrationFailure,
  type MigrationOptions,
  type MigrationReport,
  migrateLedger,
} from './migration.ts';
export type { LifecycleState } from './ledger-lifecycle.ts';
export { type ImportFailure, type ImportOptions, type ImportReport, importExport } from './import-export.ts';

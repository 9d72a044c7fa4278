/**
 * Opening a ledger for a command: a SQLite file by path, a ledger in EventStoreDB by an
 * `esdb://…` URL (see packages/store-eventstoredb), or a ledger in PostgreSQL by a
 * `postgres://…?ledger=NAME` URL (see packages/store-postgres). A missing file is a clear environment
 * error naming the path and the command that creates it, never a silently created empty
 * ledger; a missing EventStoreDB ledger is refused at its first use in the same way.
 */
import { existsSync } from 'node:fs';
import type { EventStore, SnapshotStore } from '@govledger/core';
import { isEsdbUrl } from '@govledger/store-eventstoredb/ledger-url';
import { isPostgresUrl } from '@govledger/store-postgres/ledger-url';
import { openSqliteStore } from '@govledger/store-sqlite';
import { environmentError } from './cli-error.ts';
import { LazyEsdbLedger } from './esdb-ledger.ts';
import { LazyPostgresLedger } from './postgres-ledger.ts';

/** What every command needs of a ledger, whichever store holds it. */
export type LedgerStore = EventStore & SnapshotStore;

/** True when `db` names a ledger on a database server (`esdb://…` or `postgres://…`), not a file. */
export function isServerLedger(db: string): boolean {
  return isEsdbUrl(db) || isPostgresUrl(db);
}

/** Opens an existing ledger: a database file, an `esdb://` or a `postgres://` ledger URL. */
export function openLedger(db: string, options: { readonly?: boolean } = {}): LedgerStore {
  if (isEsdbUrl(db)) return new LazyEsdbLedger(db, { readonly: options.readonly ?? false });
  if (isPostgresUrl(db)) return new LazyPostgresLedger(db, { readonly: options.readonly ?? false });
  if (!existsSync(db)) {
    throw environmentError(`no ledger at ${db}; create one with: govledger init --db ${db} --origin <name>`);
  }
  return openSqliteStore(db, { readonly: options.readonly ?? false });
}

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
import { noteHolder } from './write-lock.ts';
import { LazyEsdbLedger } from './esdb-ledger.ts';
import { LazyPostgresLedger } from './postgres-ledger.ts';

/** What every command needs of a ledger, whichever store holds it. */
export type LedgerStore = EventStore & SnapshotStore;

/** True when `db` names a ledger on a database server (`esdb://…` or `postgres://…`), not a file. */
export function isServerLedger(db: string): boolean {
  return isEsdbUrl(db) || isPostgresUrl(db);
}

/**
 * Opens an existing ledger: a database file, an `esdb://` or a `postgres://` ledger URL.
 * `writer` names the verb that writes through it: while one of its large batches holds a
 * file's write lock, a note beside the file names it to other writers (write-lock.ts).
 */
export function openLedger(db: string, options: { readonly?: boolean; writer?: string } = {}): LedgerStore {
  if (isEsdbUrl(db)) return new LazyEsdbLedger(db, { readonly: options.readonly ?? false });
  if (isPostgresUrl(db)) return new LazyPostgresLedger(db, { readonly: options.readonly ?? false });
  if (!existsSync(db)) {
    throw environmentError(`no ledger at ${db}; create one with: govledger init --db ${db} --origin <name>`);
  }
  const writer = options.writer;
  return openSqliteStore(db, {
    readonly: options.readonly ?? false,
    ...(writer ? { onLongWrite: () => noteHolder(db, writer) } : {}),
  });
}

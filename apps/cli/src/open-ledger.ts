/**
 * Opening a ledger's database for a command: a missing file is a clear environment error
 * naming the path and the command that creates it, never a silently created empty ledger.
 */
import { existsSync } from 'node:fs';
import { openSqliteStore, type SqliteStore } from '@govledger/store-sqlite';
import { environmentError } from './cli-error.ts';

/** Opens an existing ledger database. */
export function openLedger(db: string, options: { readonly?: boolean } = {}): SqliteStore {
  if (!existsSync(db)) {
    throw environmentError(`no ledger at ${db}; create one with: govledger init --db ${db} --origin <name>`);
  }
  return openSqliteStore(db, { readonly: options.readonly ?? false });
}

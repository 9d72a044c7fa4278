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
import type { Writable } from 'node:stream';
import { startProgress } from './progress.ts';
import { noteHolder } from './write-lock.ts';
import { LazyEsdbLedger } from './esdb-ledger.ts';
import { LazyPostgresLedger } from './postgres-ledger.ts';

/** What every command needs of a ledger, whichever store holds it. */
export type LedgerStore = EventStore & SnapshotStore;

/** True when `db` names a ledger on a database server (`esdb://…` or `postgres://…`), not a file. */
export function isServerLedger(db: string): boolean {
  return isEsdbUrl(db) || isPostgresUrl(db);
}

/** How a verb that writes through a ledger file shows its large batches. */
export interface LedgerWriter {
  /** The verb named to other writers while one of its large batches holds the lock. */
  readonly verb: string;
  /** Where the batch's progress is shown. */
  readonly progress: Writable & { isTTY?: boolean };
}

/**
 * Opens an existing ledger: a database file, an `esdb://` or a `postgres://` ledger URL.
 * While a large batch of `writer` holds a file's write lock, a note beside the file names the
 * verb to other writers (write-lock.ts) and the batch's progress is shown.
 */
export function openLedger(db: string, options: { readonly?: boolean; writer?: LedgerWriter } = {}): LedgerStore {
  if (isEsdbUrl(db)) return new LazyEsdbLedger(db, { readonly: options.readonly ?? false });
  if (isPostgresUrl(db)) return new LazyPostgresLedger(db, { readonly: options.readonly ?? false });
  if (!existsSync(db)) {
    throw environmentError(`no ledger at ${db}; create one with: govledger init --db ${db} --origin <name>`);
  }
  const writer = options.writer;
  return openSqliteStore(db, {
    readonly: options.readonly ?? false,
    ...(writer
      ? {
          onLongWrite: (entries: number) => {
            const release = noteHolder(db, writer.verb);
            const progress = startProgress(`${writer.verb}: writing`, entries, writer.progress);
            return {
              written: (done: number) => progress.update(done),
              end: () => {
                progress.stop();
                release();
              },
            };
          },
        }
      : {}),
  });
}

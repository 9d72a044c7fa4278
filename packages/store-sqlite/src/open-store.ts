/**
 * Opening a ledger file: connection options, pragmas and schema migration, in the order
 * that never changes a file we are about to refuse.
 */
import Database from 'better-sqlite3';
import { storeErrors } from './errors.ts';
import { newEventId } from '@govledger/core';
import { checkSchema, identify, migrate } from './schema.ts';
import { SqliteStore } from './sqlite-store.ts';
import { BULK_FROM_ENTRIES, type LongWrite } from './bulk-batch.ts';

/** How to open a store. Every field is optional. */
export interface SqliteStoreOptions {
  /** Wall clock for `recordedAt` (default `() => new Date()`); inject for deterministic demos. */
  readonly clock?: () => Date;
  /** Event id source (default UUIDv7); inject for deterministic demos. Must never repeat. */
  readonly newEventId?: () => string;
  /**
   * `PRAGMA synchronous` (default `'full'`): `'full'` fsyncs the WAL at every commit, so an
   * acknowledged append survives power loss; `'normal'` survives a crash of the process but
   * may lose the last acknowledged appends on power loss (the file stays consistent).
   */
  readonly synchronous?: 'full' | 'normal';
  /** Open for reading only: the file must exist and be migrated already; writes throw. */
  readonly readonly?: boolean;
  /** How long a write waits for another connection's write transaction, in ms (default 5,000). */
  readonly busyTimeoutMs?: number;
  /**
   * Batches (`appendBatch`, `importLeaves`) of at least this many entries are written through
   * the pipelined bulk writer, in one transaction as any batch (default `BULK_FROM_ENTRIES`,
   * 10,000; `Infinity` keeps every batch on this thread).
   */
  readonly bulkFromEntries?: number;
  /**
   * Called once a bulk write of `entries` holds the write lock (it may hold it for minutes),
   * e.g. to tell other writers who holds it and to show progress; what it returns is told of
   * the entries written after each chunk, and of the write's end.
   */
  readonly onLongWrite?: (entries: number) => LongWrite;
}

/**
 * Opens (creating if needed) the ledger file at `path`: WAL journal, the chosen
 * `synchronous` level, schema migrated to the current version. Throws a `SqliteStoreError`
 * with code `NOT_A_LEDGER_FILE`, `SCHEMA_TOO_NEW`, `SCHEMA_OUTDATED` (readonly) or
 * `WAL_UNAVAILABLE` — before changing anything in a file it refuses.
 *
 * @example
 * const store = openSqliteStore('data/ledger.db');
 * await store.append('complaint-1', [event], 'no-stream');
 * await store.close();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const readonly = options.readonly ?? false;
  const db = new Database(path, { readonly, fileMustExist: readonly, timeout: options.busyTimeoutMs ?? 5000 });
  try {
    if (readonly) {
      checkSchema(db, path);
    } else {
      identify(db, path);
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal' && !db.memory) throw storeErrors.walUnavailable(path, String(mode));
      migrate(db, path);
    }
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    return new SqliteStore(
      db,
      path,
      {
        clock: options.clock ?? (() => new Date()),
        newEventId: options.newEventId ?? (() => newEventId()),
      },
      {
        bulkFrom: options.bulkFromEntries ?? BULK_FROM_ENTRIES,
        ...(options.onLongWrite ? { onLongWrite: options.onLongWrite } : {}),
      },
    );
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The errors the stores (SQLite, EventStoreDB, PostgreSQL) throw on purpose, written once in
 * core's namespace: each has a stable `GL_` code, the stores that throw it, when it happens
 * and what to do. A store's error class carries one of these codes, so an application maps a
 * failure to an answer by code whichever store it runs on.
 *
 * A different checkpoint for a size that has one is `GL_CHECKPOINT_CONFLICT` in every store,
 * the code core's memory store throws (see `thrown-errors.ts`).
 */

/** One kind of store error: its code, the stores that throw it, when it happens and what to do. */
export interface StoreErrorEntry {
  readonly code: string;
  readonly thrownBy: string;
  readonly when: string;
  readonly remedy: string;
}

/** Every error a store throws on purpose, by code (besides `GL_CHECKPOINT_CONFLICT`). */
export const STORE_ERRORS = {
  GL_BAD_LEDGER_URL: {
    code: 'GL_BAD_LEDGER_URL',
    thrownBy: 'EventStoreDB, PostgreSQL',
    when: 'a ledger URL (esdb://…, postgres://…) cannot be used: a wrong scheme, a missing host, a bad ledger= name or option',
    remedy: 'write the URL as the store README shows; the message names the part that is wrong',
  },
  GL_NOT_A_LEDGER_FILE: {
    code: 'GL_NOT_A_LEDGER_FILE',
    thrownBy: 'SQLite',
    when: 'the file is not a govledger store: not an SQLite database, or one without the ledger tables',
    remedy: 'point to the ledger file itself (the file was left untouched); create a ledger with `govledger init`',
  },
  GL_NO_LEDGER: {
    code: 'GL_NO_LEDGER',
    thrownBy: 'EventStoreDB, PostgreSQL',
    when: 'there is no ledger at the URL and the store was not asked to create one',
    remedy: 'check the URL and the ledger= name, or create the ledger with `govledger init` or `govledger migrate`',
  },
  GL_LEDGER_EXISTS: {
    code: 'GL_LEDGER_EXISTS',
    thrownBy: 'EventStoreDB',
    when: 'asked to create a ledger where one already exists',
    remedy: 'choose another ledger= name: a ledger is never re-created',
  },
  GL_SCHEMA_TOO_NEW: {
    code: 'GL_SCHEMA_TOO_NEW',
    thrownBy: 'SQLite, PostgreSQL',
    when: 'the ledger was written by a newer build, with a schema version this build does not know',
    remedy: 'upgrade govledger to open it; the ledger was left untouched',
  },
  GL_SCHEMA_OUTDATED: {
    code: 'GL_SCHEMA_OUTDATED',
    thrownBy: 'SQLite',
    when: 'a readonly open of a file whose schema this build must migrate first',
    remedy: 'open it once without readonly (any writing command) to migrate it',
  },
  GL_WAL_UNAVAILABLE: {
    code: 'GL_WAL_UNAVAILABLE',
    thrownBy: 'SQLite',
    when: 'SQLite refused write-ahead logging for the file (typically on a network file system)',
    remedy: 'put the ledger file on a local file system',
  },
  GL_MIGRATION_INCOMPLETE: {
    code: 'GL_MIGRATION_INCOMPLETE',
    thrownBy: 'EventStoreDB, PostgreSQL',
    when: 'the ledger holds an unfinished migration or multi-append import and is not served until it completes',
    remedy: 'run the same `govledger migrate` (or `import`) again: it resumes after the entries already copied',
  },
  GL_READONLY_STORE: {
    code: 'GL_READONLY_STORE',
    thrownBy: 'SQLite, EventStoreDB, PostgreSQL',
    when: 'a store opened readonly was asked to write',
    remedy: 'open the store without readonly for writing commands; a reader never writes',
  },
  GL_STORE_CLOSED: {
    code: 'GL_STORE_CLOSED',
    thrownBy: 'SQLite, EventStoreDB, PostgreSQL',
    when: 'a store was used after `close()`',
    remedy: 'this is a bug in the caller: keep the store open until its last use, and open a new one after closing',
  },
  GL_CORRUPT_ENTRY: {
    code: 'GL_CORRUPT_ENTRY',
    thrownBy: 'SQLite, EventStoreDB, PostgreSQL',
    when: 'a stored entry is damaged or was not written by govledger; the message names its index',
    remedy: 'run `govledger verify` against checkpoints you kept, and restore the ledger from a backup',
  },
  GL_BATCH_TOO_LARGE: {
    code: 'GL_BATCH_TOO_LARGE',
    thrownBy: 'EventStoreDB',
    when: 'a batch is larger than the server accepts in one append (its MaxAppendSize); nothing was written',
    remedy: 'split the batch, or raise MaxAppendSize on every node',
  },
  GL_CONTENDED: {
    code: 'GL_CONTENDED',
    thrownBy: 'EventStoreDB',
    when: 'other writers appended before each attempt of a batch; nothing of it was written',
    remedy: 'run the command again when the other writers are done',
  },
  GL_CACHE_MISMATCH: {
    code: 'GL_CACHE_MISMATCH',
    thrownBy: 'EventStoreDB',
    when: 'the local index cache does not match the ledger in EventStoreDB (the ledger was replaced or truncated)',
    remedy: 'delete the cache file to rebuild it from the ledger, then run `govledger verify` against your checkpoints',
  },
  GL_STREAM_DELETED: {
    code: 'GL_STREAM_DELETED',
    thrownBy: 'EventStoreDB',
    when: 'a ledger stream was deleted on the server; its history is gone from the cluster and nothing was written',
    remedy: 'restore the cluster from a backup and check it with `govledger verify` against checkpoints you kept',
  },
} as const satisfies Record<string, StoreErrorEntry>;

/** The code of an error a store throws on purpose. */
export type StoreErrorCode = keyof typeof STORE_ERRORS | 'GL_CHECKPOINT_CONFLICT';

/** Whether `code` is one a store throws on purpose. */
export function isStoreErrorCode(code: unknown): code is StoreErrorCode {
  return typeof code === 'string' && (code === 'GL_CHECKPOINT_CONFLICT' || Object.hasOwn(STORE_ERRORS, code));
}

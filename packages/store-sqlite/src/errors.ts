/**
 * Every error the SQLite store throws on purpose, each with a stable `code` and a message
 * written once here. Expected append failures are values (see `AppendError` in core); these
 * are for misuse (a read-only store asked to write), broken files and refused operations.
 */
import { storeMessages } from '@govledger/core';

/** The stable codes of {@link SqliteStoreError}; match on these, not on messages. */
export type SqliteStoreErrorCode =
  | 'GL_SCHEMA_TOO_NEW'
  | 'GL_SCHEMA_OUTDATED'
  | 'GL_NOT_A_LEDGER_FILE'
  | 'GL_WAL_UNAVAILABLE'
  | 'GL_READONLY_STORE'
  | 'GL_STORE_CLOSED'
  | 'GL_CHECKPOINT_CONFLICT'
  | 'GL_CORRUPT_ENTRY';

/** An error raised by the SQLite store; `code` says which rule was broken. */
export class SqliteStoreError extends Error {
  readonly code: SqliteStoreErrorCode;

  constructor(code: SqliteStoreErrorCode, message: string) {
    super(message);
    this.name = 'SqliteStoreError';
    this.code = code;
  }
}

/** The catalogue: one constructor per code, so every message is written once. */
export const storeErrors = {
  schemaTooNew: (path: string, found: number, known: number) =>
    new SqliteStoreError(
      'GL_SCHEMA_TOO_NEW',
      `${path} has schema version ${found}, but this build of govledger knows versions up to ${known}; ` +
        'upgrade govledger to open it (the file was left untouched)',
    ),
  schemaOutdated: (path: string, found: number, known: number) =>
    new SqliteStoreError(
      'GL_SCHEMA_OUTDATED',
      `${path} has schema version ${found} but this build needs ${known}; open it once without readonly to migrate it`,
    ),
  notALedgerFile: (path: string, why: string) =>
    new SqliteStoreError(
      'GL_NOT_A_LEDGER_FILE',
      `${path} is not a govledger store: ${why} (the file was left untouched)`,
    ),
  walUnavailable: (path: string, mode: string) =>
    new SqliteStoreError(
      'GL_WAL_UNAVAILABLE',
      `${path}: SQLite refused write-ahead logging (journal mode is ${mode}); put the file on a local file system`,
    ),
  readonlyStore: (path: string, operation: string) =>
    new SqliteStoreError('GL_READONLY_STORE', storeMessages.readonlyStore(path, operation)),
  storeClosed: (path: string) => new SqliteStoreError('GL_STORE_CLOSED', storeMessages.storeClosed(path)),
  checkpointConflict: (size: number) =>
    new SqliteStoreError('GL_CHECKPOINT_CONFLICT', storeMessages.checkpointConflict(size)),
  corruptEntry: (index: number, why: string) =>
    new SqliteStoreError('GL_CORRUPT_ENTRY', storeMessages.corruptEntry(index, why)),
} as const;

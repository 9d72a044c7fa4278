/**
 * Every error the PostgreSQL store throws on purpose, each with a stable `code` and a message
 * written once here. Expected append failures are values (see `AppendError` in core); these
 * are for misuse, unusable URLs, databases written by a newer build and refused operations.
 */
import { storeMessages } from '@govledger/core';

/** The stable codes of {@link PostgresStoreError}; match on these, not on messages. */
export type PostgresStoreErrorCode =
  | 'GL_BAD_LEDGER_URL'
  | 'GL_NO_LEDGER'
  | 'GL_SCHEMA_TOO_NEW'
  | 'GL_MIGRATION_INCOMPLETE'
  | 'GL_READONLY_STORE'
  | 'GL_STORE_CLOSED'
  | 'GL_CHECKPOINT_CONFLICT'
  | 'GL_CORRUPT_ENTRY';

/** An error raised by the PostgreSQL store; `code` says which rule was broken. */
export class PostgresStoreError extends Error {
  readonly code: PostgresStoreErrorCode;

  constructor(code: PostgresStoreErrorCode, message: string) {
    super(message);
    this.name = 'PostgresStoreError';
    this.code = code;
  }
}

/** The catalogue: one constructor per code, so every message is written once. */
export const pgErrors = {
  badLedgerUrl: (why: string) => new PostgresStoreError('GL_BAD_LEDGER_URL', `bad PostgreSQL ledger URL: ${why}`),
  noSuchLedger: (where: string) =>
    new PostgresStoreError(
      'GL_NO_LEDGER',
      `there is no ledger at ${where}; create one with: govledger init --db '${where}' --origin <name> --key <file>`,
    ),
  schemaTooNew: (where: string, found: number, known: number) =>
    new PostgresStoreError(
      'GL_SCHEMA_TOO_NEW',
      `${where} has schema version ${found}, but this build of govledger knows versions up to ${known}; ` +
        'upgrade govledger to open it (the database was left untouched)',
    ),
  migrationIncomplete: (where: string) =>
    new PostgresStoreError(
      'GL_MIGRATION_INCOMPLETE',
      `${where} holds an unfinished migration; run govledger migrate again with the same --from to complete it`,
    ),
  readonlyStore: (where: string, operation: string) =>
    new PostgresStoreError('GL_READONLY_STORE', storeMessages.readonlyStore(where, operation)),
  storeClosed: (where: string) => new PostgresStoreError('GL_STORE_CLOSED', storeMessages.storeClosed(where)),
  checkpointConflict: (size: number) =>
    new PostgresStoreError('GL_CHECKPOINT_CONFLICT', storeMessages.checkpointConflict(size)),
  corruptEntry: (index: number, why: string) =>
    new PostgresStoreError('GL_CORRUPT_ENTRY', storeMessages.corruptEntry(index, why)),
} as const;

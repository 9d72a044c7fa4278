/**
 * Every error the EventStoreDB store throws on purpose, each with a stable `code` and its
 * message written once here. Expected append failures stay values (`AppendError` in core);
 * these are for refused operations, limits of the server and a local cache that does not
 * match the ledger.
 */
import type { StoreErrorCode } from '@govledger/core';

/** The stable codes of {@link EsdbStoreError}, from core's one catalogue (`STORE_ERRORS`); match on these, not on messages. */
export type EsdbStoreErrorCode = Extract<
  StoreErrorCode,
  | 'GL_BAD_LEDGER_URL'
  | 'GL_BATCH_TOO_LARGE'
  | 'GL_CACHE_MISMATCH'
  | 'GL_CHECKPOINT_CONFLICT'
  | 'GL_CORRUPT_ENTRY'
  | 'GL_CONTENDED'
  | 'GL_LEDGER_EXISTS'
  | 'GL_MIGRATION_INCOMPLETE'
  | 'GL_NO_LEDGER'
  | 'GL_READONLY_STORE'
  | 'GL_STORE_CLOSED'
  | 'GL_STREAM_DELETED'
>;

/** An error raised by the EventStoreDB store; `code` says which rule was broken. */
export class EsdbStoreError extends Error {
  readonly code: EsdbStoreErrorCode;

  constructor(code: EsdbStoreErrorCode, message: string) {
    super(message);
    this.name = 'EsdbStoreError';
    this.code = code;
  }
}

/** The catalogue: one constructor per code. */
export const esdbErrors = {
  badLedgerUrl: (why: string) => new EsdbStoreError('GL_BAD_LEDGER_URL', `not an EventStoreDB ledger URL: ${why}`),
  batchTooLarge: (bytes: number, limit: number) =>
    new EsdbStoreError(
      'GL_BATCH_TOO_LARGE',
      `the batch is ${bytes} bytes as EventStoreDB counts them (leaf bytes plus two per character of each event type) ` +
        `but the server accepts at most ${limit} bytes in one append (its MaxAppendSize); nothing was written. ` +
        'Split the batch or raise MaxAppendSize on every node',
    ),
  cacheMismatch: (path: string, why: string) =>
    new EsdbStoreError(
      'GL_CACHE_MISMATCH',
      `the local cache ${path} does not match the ledger in EventStoreDB (${why}); ` +
        'delete the file to rebuild it from the ledger, then run govledger verify against your checkpoints',
    ),
  checkpointConflict: (size: number) =>
    new EsdbStoreError(
      'GL_CHECKPOINT_CONFLICT',
      `a different checkpoint for size ${size} is already stored; a size has exactly one signed checkpoint`,
    ),
  stateNoteConflict: (size: number) =>
    new EsdbStoreError(
      'GL_CHECKPOINT_CONFLICT',
      `a different state note for size ${size} is already stored; a size has exactly one signed state note`,
    ),
  corruptEntry: (index: number, why: string) =>
    new EsdbStoreError(
      'GL_CORRUPT_ENTRY',
      `ledger entry ${index} in EventStoreDB is not a govledger entry: ${why}; something other than govledger wrote to the ledger stream`,
    ),
  contended: (attempts: number) =>
    new EsdbStoreError(
      'GL_CONTENDED',
      `other writers appended before each of ${attempts} attempts; nothing of this batch was written, try again`,
    ),
  ledgerExists: (ledger: string) =>
    new EsdbStoreError(
      'GL_LEDGER_EXISTS',
      `a ledger already exists at ${ledger}; choose another ledger= name (a ledger is never re-created)`,
    ),
  migrationIncomplete: (ledger: string) =>
    new EsdbStoreError(
      'GL_MIGRATION_INCOMPLETE',
      `ledger ${ledger} is being migrated (or imported in several appends) and is not complete; ` +
        'run the same govledger migrate (or import) again to finish it',
    ),
  noLedger: (ledger: string) =>
    new EsdbStoreError(
      'GL_NO_LEDGER',
      `there is no ledger ${ledger} on this EventStoreDB; create one with govledger init or govledger migrate`,
    ),
  readonlyStore: (operation: string) =>
    new EsdbStoreError('GL_READONLY_STORE', `this EventStoreDB store was opened readonly: cannot ${operation}`),
  storeClosed: () => new EsdbStoreError('GL_STORE_CLOSED', 'the EventStoreDB store is closed'),
  streamDeleted: (stream: string) =>
    new EsdbStoreError(
      'GL_STREAM_DELETED',
      `the EventStoreDB stream ${stream} was deleted; its history is gone from this cluster and nothing was written. ` +
        'Restore the cluster from a backup and check it with govledger verify against checkpoints you kept',
    ),
} as const;

/**
 * The stores' own coded errors as the CLI reports them: every store (SQLite, EventStoreDB,
 * PostgreSQL) throws codes of core's one catalogue (`STORE_ERRORS`), so one table gives each
 * code its kind of failure, whichever store threw it; `program.ts` maps kinds to exit codes.
 * Matched by name and code, so that recognising one never loads a store's client.
 */
import { isStoreErrorCode, type StoreErrorCode } from '@govledger/core';
import { CliError, type FailureKind } from './cli-error.ts';

/** The error classes of the stores, by name. */
const STORE_ERROR_NAMES = new Set(['SqliteStoreError', 'EsdbStoreError', 'PostgresStoreError']);

/** What each store code is to a person: a wrong URL is usage, a ledger not as required the environment, the rest a refusal. */
const KIND_BY_STORE_CODE: Record<StoreErrorCode, FailureKind> = {
  GL_BAD_LEDGER_URL: 'usage',
  GL_NOT_A_LEDGER_FILE: 'environment',
  GL_NO_LEDGER: 'environment',
  GL_LEDGER_EXISTS: 'refused',
  GL_SCHEMA_TOO_NEW: 'environment',
  GL_SCHEMA_OUTDATED: 'environment',
  GL_WAL_UNAVAILABLE: 'environment',
  GL_MIGRATION_INCOMPLETE: 'environment',
  GL_READONLY_STORE: 'environment',
  GL_STORE_CLOSED: 'refused',
  GL_CHECKPOINT_CONFLICT: 'refused',
  GL_CORRUPT_ENTRY: 'refused',
  GL_BATCH_TOO_LARGE: 'refused',
  GL_CONTENDED: 'conflict',
  GL_CACHE_MISMATCH: 'environment',
  GL_STREAM_DELETED: 'environment',
};

/** The CLI error for a store's coded error, its message ending with the code; undefined for anything else. */
export function codedStoreFailureOf(error: unknown): CliError | undefined {
  if (!(error instanceof Error) || !STORE_ERROR_NAMES.has(error.name)) return undefined;
  const code = (error as Error & { code?: unknown }).code;
  if (!isStoreErrorCode(code)) return undefined;
  return new CliError(`${error.message} [${code}]`, KIND_BY_STORE_CODE[code]);
}

/**
 * The stores' own errors as the CLI reports them, rather than as an internal error with a
 * stack: an `SqliteStoreError` with its message, stable code and its kind of failure (`program.ts` maps kinds to exit codes); EventStoreDB
 * failures as `esdb-errors.ts` maps them. Matched by name and code, so that recognising one
 * never loads a store's client.
 */
import { CliError, type FailureKind } from './cli-error.ts';
import { asCliError } from './esdb-errors.ts';

/** The kind of failure of each SQLite store code: a wrong or outdated file is the environment, the rest a refusal. */
const SQLITE_KIND_BY_CODE: Record<string, FailureKind> = {
  SCHEMA_TOO_NEW: 'environment',
  SCHEMA_OUTDATED: 'environment',
  NOT_A_LEDGER_FILE: 'environment',
  WAL_UNAVAILABLE: 'environment',
  READONLY_STORE: 'environment',
  STORE_CLOSED: 'refused',
  CHECKPOINT_CONFLICT: 'refused',
  CORRUPT_ENTRY: 'refused',
};

/** The CLI error for a store failure a person can act on; undefined for anything else. */
export function storeFailureOf(error: unknown): CliError | undefined {
  const esdb = asCliError(error);
  if (esdb instanceof CliError) return esdb;
  if (!(error instanceof Error) || error.name !== 'SqliteStoreError') return undefined;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code !== 'string' || !(code in SQLITE_KIND_BY_CODE)) return undefined;
  return new CliError(`${error.message} [${code}]`, SQLITE_KIND_BY_CODE[code]);
}

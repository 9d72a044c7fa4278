/**
 * The stores' own errors as the CLI reports them, rather than as an internal error with a
 * stack: an `SqliteStoreError` with its message, stable code and an exit code; EventStoreDB
 * failures as `esdb-errors.ts` maps them. Matched by name and code, so that recognising one
 * never loads a store's client.
 */
import { CliError } from './cli-error.ts';
import { asCliError } from './esdb-errors.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/** Exit codes of the SQLite store's codes: a wrong or outdated file is the environment, the rest a refusal. */
const SQLITE_EXIT_BY_CODE: Record<string, ExitCode> = {
  SCHEMA_TOO_NEW: EXIT.environment,
  SCHEMA_OUTDATED: EXIT.environment,
  NOT_A_LEDGER_FILE: EXIT.environment,
  WAL_UNAVAILABLE: EXIT.environment,
  READONLY_STORE: EXIT.environment,
  STORE_CLOSED: EXIT.failed,
  CHECKPOINT_CONFLICT: EXIT.failed,
  CORRUPT_ENTRY: EXIT.failed,
};

/** The CLI error for a store failure a person can act on; undefined for anything else. */
export function storeFailureOf(error: unknown): CliError | undefined {
  const esdb = asCliError(error);
  if (esdb instanceof CliError) return esdb;
  if (!(error instanceof Error) || error.name !== 'SqliteStoreError') return undefined;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code !== 'string' || !(code in SQLITE_EXIT_BY_CODE)) return undefined;
  return new CliError(`${error.message} [${code}]`, SQLITE_EXIT_BY_CODE[code]);
}

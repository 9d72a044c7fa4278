/**
 * How the command line reports failures of an EventStoreDB ledger: the store's coded errors
 * and an unreachable server become messages with the matching exit code, not stack traces.
 */
import { CliError } from './cli-error.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

const EXIT_BY_CODE: Record<string, ExitCode> = {
  BAD_LEDGER_URL: EXIT.usage,
  BATCH_TOO_LARGE: EXIT.failed,
  CACHE_MISMATCH: EXIT.environment,
  CHECKPOINT_CONFLICT: EXIT.failed,
  CORRUPT_ENTRY: EXIT.failed,
  CONTENDED: EXIT.conflict,
  LEDGER_EXISTS: EXIT.failed,
  MIGRATION_INCOMPLETE: EXIT.environment,
  NO_LEDGER: EXIT.environment,
  READONLY_STORE: EXIT.environment,
  STORE_CLOSED: EXIT.failed,
  STREAM_DELETED: EXIT.environment,
};

/** The CLI error for `error` when it is an EventStoreDB failure a person can act on; else `error`. */
export function asCliError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { name, code, type } = error as Error & { code?: unknown; type?: unknown };
  if (name === 'EsdbStoreError' && typeof code === 'string' && code in EXIT_BY_CODE) {
    return new CliError(error.message, EXIT_BY_CODE[code]);
  }
  if (type === 'unavailable' || type === 'deadline-exceeded') {
    return new CliError(`cannot reach EventStoreDB: ${error.message}`, EXIT.environment);
  }
  if (type === 'access-denied') {
    return new CliError(`EventStoreDB refused access: ${error.message}`, EXIT.environment);
  }
  return error;
}

/**
 * How the command line reports failures of an EventStoreDB ledger: the store's coded errors
 * and an unreachable server become messages of the matching kind (`program.ts` maps kinds to exit codes), not stack traces.
 */
import { CliError, type FailureKind } from './cli-error.ts';

const KIND_BY_CODE: Record<string, FailureKind> = {
  BAD_LEDGER_URL: 'usage',
  BATCH_TOO_LARGE: 'refused',
  CACHE_MISMATCH: 'environment',
  CHECKPOINT_CONFLICT: 'refused',
  CORRUPT_ENTRY: 'refused',
  CONTENDED: 'conflict',
  LEDGER_EXISTS: 'refused',
  MIGRATION_INCOMPLETE: 'environment',
  NO_LEDGER: 'environment',
  READONLY_STORE: 'environment',
  STORE_CLOSED: 'refused',
  STREAM_DELETED: 'environment',
};

/** The CLI error for `error` when it is an EventStoreDB failure a person can act on; else `error`. */
export function asCliError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { name, code, type } = error as Error & { code?: unknown; type?: unknown };
  if (name === 'EsdbStoreError' && typeof code === 'string' && code in KIND_BY_CODE) {
    return new CliError(error.message, KIND_BY_CODE[code]);
  }
  if (type === 'unavailable' || type === 'deadline-exceeded') {
    return new CliError(`cannot reach EventStoreDB: ${error.message}`, 'environment');
  }
  if (type === 'access-denied') {
    return new CliError(`EventStoreDB refused access: ${error.message}`, 'environment');
  }
  return error;
}

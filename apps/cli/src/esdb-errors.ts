/**
 * How the command line reports failures of an EventStoreDB ledger: the store's coded errors
 * and an unreachable server become messages of the matching kind, not stack traces.
 */
import { CliError } from './cli-error.ts';
import { codedStoreFailureOf } from './store-error-kinds.ts';

/** The CLI error for `error` when it is an EventStoreDB failure a person can act on; else `error`. */
export function asCliError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const coded = codedStoreFailureOf(error);
  if (coded) return coded;
  const { type } = error as Error & { type?: unknown };
  if (type === 'unavailable' || type === 'deadline-exceeded') {
    return new CliError(`cannot reach EventStoreDB: ${error.message}`, 'environment');
  }
  if (type === 'access-denied') {
    return new CliError(`EventStoreDB refused access: ${error.message}`, 'environment');
  }
  return error;
}

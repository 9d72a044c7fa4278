/**
 * The stores' failures as the CLI reports them, rather than as an internal error with a
 * stack: any store's coded error with its message, code and kind (`store-error-kinds.ts`);
 * an unreachable EventStoreDB as `esdb-errors.ts` reports it.
 */
import { CliError } from './cli-error.ts';
import { codedStoreFailureOf } from './store-error-kinds.ts';
import { asCliError } from './esdb-errors.ts';

/** The CLI error for a store failure a person can act on; undefined for anything else. */
export function storeFailureOf(error: unknown): CliError | undefined {
  const coded = codedStoreFailureOf(error);
  if (coded) return coded;
  const esdb = asCliError(error);
  return esdb instanceof CliError ? esdb : undefined;
}

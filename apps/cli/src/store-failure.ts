/**
 * The stores' own errors (`SqliteStoreError`, `EsdbStoreError`) as the CLI reports them: their
 * message and stable code, with an exit code, rather than as an internal error with a stack.
 * Matched by name and code so that the EventStoreDB client is not loaded to recognise one.
 */
import { EXIT, type ExitCode } from './exit-codes.ts';

const STORE_ERROR_NAMES = new Set(['SqliteStoreError', 'EsdbStoreError']);

/** Codes that say the environment is not as required (a wrong file, an unknown ledger), not that input was refused. */
const ENVIRONMENT_CODES = new Set([
  'SCHEMA_TOO_NEW',
  'SCHEMA_OUTDATED',
  'NOT_A_LEDGER_FILE',
  'WAL_UNAVAILABLE',
  'BAD_LEDGER_URL',
  'NO_LEDGER',
  'CACHE_MISMATCH',
]);

/** A store error's line for stderr and its exit code; undefined for anything else. */
export function storeFailureOf(error: unknown): { readonly message: string; readonly exitCode: ExitCode } | undefined {
  if (!(error instanceof Error) || !STORE_ERROR_NAMES.has(error.name)) return undefined;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const exitCode = code === 'CONTENDED' ? EXIT.conflict : ENVIRONMENT_CODES.has(code) ? EXIT.environment : EXIT.failed;
  return { message: `${error.message} [${code}]`, exitCode };
}

/**
 * A ledger in PostgreSQL as the commands see it (`--db postgres://…?ledger=NAME`): opened on
 * first use, so the driver is only loaded by runs that use such a ledger; the store's coded
 * failures and an unreachable server reach the user as CLI errors of their kind (`program.ts` maps kinds to exit codes).
 * It keeps signed state notes in the ledger's `state_notes` table, beside its checkpoints.
 */
import type { PostgresStore, PostgresStoreOptions } from '@govledger/store-postgres';
import { CliError } from './cli-error.ts';
import { LazyLedger } from './lazy-ledger.ts';
import { codedStoreFailureOf } from './store-error-kinds.ts';

/** Network failures of the driver (`ECONNREFUSED`, a timeout) and server states a person can act on. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** The CLI error for `error` when it is a PostgreSQL failure a person can act on; else `error`. */
export function asPostgresCliError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const coded = codedStoreFailureOf(error);
  if (coded) return coded;
  const { code } = error as Error & { code?: unknown };
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return new CliError(`cannot reach PostgreSQL: ${error.message}`, 'environment');
  }
  if (code === '25006') {
    return new CliError(
      `PostgreSQL refused a write: the server is read-only (a standby?): ${error.message}`,
      'environment',
    );
  }
  if (code === '28000' || code === '28P01' || code === '42501') {
    return new CliError(`PostgreSQL refused access: ${error.message}`, 'environment');
  }
  return error;
}

/** An `EventStore & SnapshotStore` over a PostgreSQL ledger, opened lazily. */
export class LazyPostgresLedger extends LazyLedger<PostgresStore> {
  constructor(url: string, options: PostgresStoreOptions) {
    super(
      () => import('@govledger/store-postgres').then(({ openPostgresStore }) => openPostgresStore(url, options)),
      asPostgresCliError,
    );
  }

  /** Keeps the state note of `size` in the ledger's `state_notes` table (state/state-notes.ts). */
  saveStateNote(size: number, note: string): Promise<void> {
    return this.call((s) => s.saveStateNote(size, note));
  }

  /** The stored state note of `size`, or null. */
  stateNote(size: number): Promise<string | null> {
    return this.call((s) => s.stateNote(size));
  }

  /** The sizes that have a stored state note, ascending. */
  stateNoteSizes(): Promise<number[]> {
    return this.call((s) => s.stateNoteSizes());
  }
}

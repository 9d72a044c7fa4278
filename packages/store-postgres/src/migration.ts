/**
 * Migrating a ledger into PostgreSQL: copy every leaf of a source ledger byte for byte in
 * chunks (each chunk one import transaction), check that the two Merkle roots are equal, copy
 * the source's signed checkpoints (they sign the same roots, so auditors' checkpoints keep
 * verifying), and only then mark the ledger complete. Until then the ledger's `meta` row
 * `migration` says `started`, and `openPostgresStore` refuses ordinary use, so no partial copy
 * is ever served. A migration that stopped half way (a crash, a lost connection) resumes: the
 * entries already copied must equal the source's, and the copy continues after them.
 */
import {
  type EventStore,
  type LedgerMigrationFailure,
  type LedgerMigrationReport,
  migrateResumably,
  refusedEntry,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { PostgresStore } from './postgres-store.ts';

/** The `meta` key holding the migration marker. */
export const MIGRATION_META_KEY = 'migration';

/** The marker kept in `meta` while (and after) a ledger is migrated in. */
export interface MigrationMarker {
  readonly state: 'started' | 'completed';
  readonly source: string;
  readonly size: number;
  readonly root: string;
}

/** Why a migration stopped (core's, shared with the EventStoreDB migration). */
export type PgMigrationFailure = LedgerMigrationFailure;

/** What a completed migration copied. */
export type PgMigrationReport = LedgerMigrationReport;

/** Options of {@link migrateIntoPostgres}. */
export interface PgMigrationOptions {
  /** Leaves per import transaction (default 5,000). */
  readonly chunkLeaves?: number;
  /** A name for the source, recorded in the marker (e.g. the file name). */
  readonly sourceName?: string;
  /** Called after each chunk with the entries copied so far and the total to copy. */
  readonly onProgress?: (copied: number, total: number) => void;
}

/** The migration marker of a ledger, or null. */
export async function migrationMarker(target: PostgresStore): Promise<MigrationMarker | null> {
  const text = await target.getMeta(MIGRATION_META_KEY);
  return text === null ? null : (JSON.parse(text) as MigrationMarker);
}

/** Copies leaves `from`..`size`, `chunk` per import transaction. */
async function copyInChunks(
  source: EventStore,
  target: PostgresStore,
  from: number,
  size: number,
  options: PgMigrationOptions,
): Promise<Either<LedgerMigrationFailure, void>> {
  const chunk = Math.max(1, options.chunkLeaves ?? 5000);
  let done = from;
  let batch: Uint8Array[] = [];
  const flush = async (): Promise<LedgerMigrationFailure | null> => {
    const result = await target.importLeaves(batch);
    if (isLeft(result)) return refusedEntry(done, result.left);
    done += batch.length;
    batch = [];
    options.onProgress?.(done, size);
    return null;
  };
  for await (const { leaf } of source.readLeaves(from, size)) {
    batch.push(leaf);
    if (batch.length >= chunk) {
      const failure = await flush();
      if (failure) return left(failure);
    }
  }
  const failure = batch.length > 0 ? await flush() : null;
  return failure ? left(failure) : right(undefined);
}

/** Copies `source` into `target` (opened with `create` and `allowIncompleteMigration`). */
export function migrateIntoPostgres(
  source: EventStore,
  target: PostgresStore,
  options: PgMigrationOptions = {},
): Promise<Either<PgMigrationFailure, PgMigrationReport>> {
  const mark = (state: MigrationMarker['state']) => (m: Omit<MigrationMarker, 'state'>) =>
    target.setMeta(MIGRATION_META_KEY, JSON.stringify({ state, ...m }));
  return migrateResumably(
    source,
    {
      store: target,
      marker: async () => {
        const found = await migrationMarker(target);
        if (found === null) return { state: 'fresh' };
        return found.state === 'started'
          ? { state: 'started', size: found.size, root: found.root }
          : { state: 'other' };
      },
      markStarted: mark('started'),
      markCompleted: mark('completed'),
      copy: (from, start, size) => copyInChunks(from, target, start, size, options),
    },
    options.sourceName ?? 'ledger',
  );
}

/** Formats a failure for a person (core's words, shared with the EventStoreDB migration). */
export { describeLedgerMigrationFailure as describePgMigrationFailure } from '@govledger/core';

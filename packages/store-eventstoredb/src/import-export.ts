/**
 * Importing an export (its leaves, in order) into a new ledger in EventStoreDB, all or
 * nothing. The whole input is checked first — every leaf canonical, continuing its stream,
 * time never going back — by importing it into an in-memory ledger; a bad line writes
 * nothing to EventStoreDB. Then:
 * - an import that fits in one append (the server's `MaxAppendSize`, as EventStoreDB counts
 *   it) is that one append: EventStoreDB commits all of it or none;
 * - a larger one is copied as a migration of the checked ledger (see migration.ts): under
 *   `MigrationStarted {size, root}` in capped appends, then the roots are compared and
 *   `MigrationCompleted` is written. Until then the ledger refuses ordinary use
 *   (MIGRATION_INCOMPLETE), so no partial import is ever served; if the import stops half
 *   way (a crash, the network), running the same import again checks that the entries
 *   already copied equal the export's and continues after them.
 */
import { type ImportError, MemoryStore } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { EsdbStoreError } from './errors.ts';
import type { EsdbStore } from './esdb-store.ts';
import { LIFECYCLE } from './ledger-lifecycle.ts';
import { DEFAULT_CHUNK_BYTES, leafAppendSize, type MigrationFailure, migrateLedger } from './migration.ts';

/** Why an import wrote nothing (Invalid, NotEmpty) or stopped (Stopped: resumable). */
export type ImportFailure =
  | { readonly _tag: 'Invalid'; readonly error: ImportError }
  | { readonly _tag: 'NotEmpty'; readonly size: number }
  | { readonly _tag: 'Stopped'; readonly failure: MigrationFailure };

/** What an import wrote. */
export interface ImportReport {
  readonly size: number;
  /** 'one': a single atomic append; 'several': copied under migration markers. */
  readonly appends: 'one' | 'several';
  /** Entries found already copied by an earlier, interrupted run of the same import. */
  readonly resumedFrom: number;
}

/** Options of {@link importExport}. */
export interface ImportOptions {
  /** Most bytes per append, as the server counts them (default 1,000,000). */
  readonly chunkBytes?: number;
  /** A name for the input (e.g. the export file), recorded in the migration markers. */
  readonly sourceName?: string;
  /** Called after each append of a several-append import. */
  readonly onProgress?: (copied: number, total: number) => void;
}

/**
 * Imports `leaves` into `target`, a new ledger (opened with `allowIncompleteMigration`, so an
 * interrupted import can be resumed).
 */
export async function importExport(
  target: EsdbStore,
  leaves: readonly Uint8Array[],
  options: ImportOptions = {},
): Promise<Either<ImportFailure, ImportReport>> {
  const checked = new MemoryStore();
  const valid = await checked.importLeaves(leaves);
  if (isLeft(valid)) return left({ _tag: 'Invalid', error: valid.left });
  const limit = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const bytes = leaves.reduce((sum, leaf) => sum + leafAppendSize(leaf), 0);
  const state = await target.lifecycle();
  if (state?.type !== LIFECYCLE.migrationStarted && bytes <= limit) {
    const { size } = await target.head();
    if (size !== 0) return left({ _tag: 'NotEmpty', size });
    try {
      const written = await target.importLeaves(leaves);
      if (isLeft(written)) return left({ _tag: 'Invalid', error: written.left });
      return right({ size: leaves.length, appends: 'one', resumedFrom: 0 });
    } catch (error) {
      // The cluster caps appends lower than we assumed; nothing was written: copy in parts.
      if (!(error instanceof EsdbStoreError && error.code === 'GL_BATCH_TOO_LARGE')) throw error;
    }
  }
  const migrated = await migrateLedger(checked, target, {
    chunkBytes: limit,
    sourceName: options.sourceName ?? 'import',
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (isLeft(migrated)) {
    const failure = migrated.left;
    return left(
      failure._tag === 'TargetNotEmpty' ? { _tag: 'NotEmpty', size: failure.size } : { _tag: 'Stopped', failure },
    );
  }
  return right({ size: leaves.length, appends: 'several', resumedFrom: migrated.right.resumedFrom });
}

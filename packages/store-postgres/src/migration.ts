/**
 * Migrating a ledger into PostgreSQL: copy every leaf of a source ledger byte for byte in
 * chunks (each chunk one import transaction), check that the two Merkle roots are equal, copy
 * the source's signed checkpoints (they sign the same roots, so auditors' checkpoints keep
 * verifying), and only then mark the ledger complete. Until then the ledger's `meta` row
 * `migration` says `started`, and `openPostgresStore` refuses ordinary use, so no partial copy
 * is ever served. A migration that stopped half way (a crash, a lost connection) resumes: the
 * entries already copied must equal the source's, and the copy continues after them.
 */
import { describeImportError, type EventStore } from '@govledger/core';
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

/** Why a migration stopped; what was copied stays, marked incomplete, and can be resumed. */
export type PgMigrationFailure =
  | { readonly _tag: 'TargetNotEmpty'; readonly size: number }
  | { readonly _tag: 'OtherMigration'; readonly size: number; readonly root: string }
  | { readonly _tag: 'PrefixDiffers'; readonly index: number }
  | { readonly _tag: 'EntryRefused'; readonly index: number; readonly message: string }
  | { readonly _tag: 'RootsDiffer'; readonly sourceRoot: string; readonly targetRoot: string };

/** What a completed migration copied. */
export interface PgMigrationReport {
  readonly size: number;
  readonly root: string;
  readonly resumedFrom: number;
  readonly checkpointsCopied: number;
}

/** Options of {@link migrateIntoPostgres}. */
export interface PgMigrationOptions {
  /** Leaves per import transaction (default 5,000). */
  readonly chunkLeaves?: number;
  /** A name for the source, recorded in the marker (e.g. the file name). */
  readonly sourceName?: string;
  /** Called after each chunk with the entries copied so far and the total to copy. */
  readonly onProgress?: (copied: number, total: number) => void;
}

/** Formats a failure for a person. */
export function describePgMigrationFailure(failure: PgMigrationFailure): string {
  switch (failure._tag) {
    case 'TargetNotEmpty':
      return `the target ledger already holds ${failure.size} entries and is not an unfinished migration of this source`;
    case 'OtherMigration':
      return `the target holds an unfinished migration of another ledger (size ${failure.size}, root ${failure.root})`;
    case 'PrefixDiffers':
      return `the target's entry ${failure.index} differs from the source's: it is not a partial copy of this ledger`;
    case 'EntryRefused':
      return `entry ${failure.index} was refused: ${failure.message}`;
    case 'RootsDiffer':
      return `the roots differ after copying (source ${failure.sourceRoot}, target ${failure.targetRoot})`;
  }
}

/** The migration marker of a ledger, or null. */
export async function migrationMarker(target: PostgresStore): Promise<MigrationMarker | null> {
  const text = await target.getMeta(MIGRATION_META_KEY);
  return text === null ? null : (JSON.parse(text) as MigrationMarker);
}

async function firstDifference(source: EventStore, target: EventStore, size: number): Promise<number | null> {
  const theirs = target.readLeaves(0, size)[Symbol.asyncIterator]();
  for await (const mine of source.readLeaves(0, size)) {
    const next = await theirs.next();
    if (next.done || !Buffer.from(next.value.leaf).equals(Buffer.from(mine.leaf))) return mine.index;
  }
  return null;
}

/** Copies `source` into `target` (opened with `create` and `allowIncompleteMigration`). */
export async function migrateIntoPostgres(
  source: EventStore,
  target: PostgresStore,
  options: PgMigrationOptions = {},
): Promise<Either<PgMigrationFailure, PgMigrationReport>> {
  const { size } = await source.head();
  const root = Buffer.from((await source.log.treeHead(size)).root).toString('base64');
  const marker: MigrationMarker = { state: 'started', source: options.sourceName ?? 'ledger', size, root };
  const found = await migrationMarker(target);
  const copied = (await target.head()).size;
  if (found?.state === 'started') {
    if (found.size !== size || found.root !== root) {
      return left({ _tag: 'OtherMigration', size: found.size, root: found.root });
    }
    const differs = await firstDifference(source, target, copied);
    if (differs !== null) return left({ _tag: 'PrefixDiffers', index: differs });
  } else if (copied > 0 || found !== null) {
    return left({ _tag: 'TargetNotEmpty', size: copied });
  } else {
    await target.setMeta(MIGRATION_META_KEY, JSON.stringify(marker));
  }
  const chunk = Math.max(1, options.chunkLeaves ?? 5000);
  let done = copied;
  let batch: Uint8Array[] = [];
  const flush = async (): Promise<PgMigrationFailure | null> => {
    const result = await target.importLeaves(batch);
    if (isLeft(result)) {
      return { _tag: 'EntryRefused', index: done + result.left.position, message: describeImportError(result.left) };
    }
    done += batch.length;
    batch = [];
    options.onProgress?.(done, size);
    return null;
  };
  for await (const { leaf } of source.readLeaves(copied, size)) {
    batch.push(leaf);
    if (batch.length >= chunk) {
      const failure = await flush();
      if (failure) return left(failure);
    }
  }
  if (batch.length > 0) {
    const failure = await flush();
    if (failure) return left(failure);
  }
  const targetRoot = Buffer.from((await target.log.treeHead(size)).root).toString('base64');
  if (targetRoot !== root) return left({ _tag: 'RootsDiffer', sourceRoot: root, targetRoot });
  let checkpointsCopied = 0;
  for (const checkpoint of await source.log.checkpoints()) {
    await target.log.saveCheckpoint(checkpoint);
    checkpointsCopied++;
  }
  await target.setMeta(MIGRATION_META_KEY, JSON.stringify({ ...marker, state: 'completed' }));
  return right({ size, root, resumedFrom: copied, checkpointsCopied });
}

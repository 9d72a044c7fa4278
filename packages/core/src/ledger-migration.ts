/**
 * Moving a ledger from one store to another, resumably: copy every leaf byte for byte, check
 * that the two Merkle roots are equal, copy the source's signed checkpoints (they sign the same
 * roots, so auditors' checkpoints keep verifying), and only then mark the target complete.
 * Until then the target carries a "started" marker naming the source's size and root, and its
 * store refuses ordinary use, so no partial copy is ever served. A migration that stopped half
 * way (a crash, a lost connection) resumes: the entries already copied must equal the
 * source's, and the copy continues after them. Each store supplies its marker and how it
 * copies a run of leaves (its transaction or append limits); the order of the steps is here.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { describeImportError } from './prepare-import.ts';
import type { EventStore, ImportError } from './store.ts';

/** Why a migration stopped; what was copied stays, marked incomplete, and can be resumed. */
export type LedgerMigrationFailure =
  | { readonly _tag: 'TargetNotEmpty'; readonly size: number }
  | { readonly _tag: 'OtherMigration'; readonly size: number; readonly root: string }
  | { readonly _tag: 'PrefixDiffers'; readonly index: number }
  | { readonly _tag: 'EntryRefused'; readonly index: number; readonly message: string }
  | { readonly _tag: 'RootsDiffer'; readonly sourceRoot: string; readonly targetRoot: string };

/** What a completed migration copied. */
export interface LedgerMigrationReport {
  readonly size: number;
  /** The source's (and now the target's) root at `size`, base64. */
  readonly root: string;
  /** Entries the target already held from an earlier, interrupted run. */
  readonly resumedFrom: number;
  readonly checkpointsCopied: number;
}

/** What the target's marker says: a fresh ledger, an unfinished migration, or anything else. */
export type MigrationMarkerState =
  | { readonly state: 'fresh' }
  | { readonly state: 'started'; readonly size: number; readonly root: string }
  | { readonly state: 'other' };

/** The marker a migration records: which source, at which size and root. */
export interface MigrationMark {
  readonly source: string;
  readonly size: number;
  readonly root: string;
}

/** A store being migrated into, as {@link migrateResumably} needs it. */
export interface MigrationTarget {
  readonly store: EventStore;
  /** Reads the target's migration marker. */
  marker(): Promise<MigrationMarkerState>;
  /** Records that a migration of `mark` started (the target refuses ordinary use from now on). */
  markStarted(mark: MigrationMark): Promise<void>;
  /** Records that it completed (the target serves again). */
  markCompleted(mark: MigrationMark): Promise<void>;
  /**
   * Copies the source's leaves `from`..`size` into the target, in the store's own chunks,
   * reporting progress; resolves with the first refused entry, if any.
   */
  copy(source: EventStore, from: number, size: number): Promise<Either<LedgerMigrationFailure, void>>;
}

/** Formats a failure for a person. */
export function describeLedgerMigrationFailure(failure: LedgerMigrationFailure): string {
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

/** The failure of an import that started at ledger index `from`. */
export function refusedEntry(from: number, error: ImportError): LedgerMigrationFailure {
  return { _tag: 'EntryRefused', index: from + error.position, message: describeImportError(error) };
}

/** The first index below `size` where the two ledgers' leaves differ, or null. */
async function firstDifference(source: EventStore, target: EventStore, size: number): Promise<number | null> {
  const theirs = target.readLeaves(0, size)[Symbol.asyncIterator]();
  for await (const mine of source.readLeaves(0, size)) {
    const next = await theirs.next();
    if (next.done || !Buffer.from(next.value.leaf).equals(Buffer.from(mine.leaf))) return mine.index;
  }
  return null;
}

/**
 * Copies `source` into `target`, or resumes an interrupted copy of the same source (same
 * size and root), as the module comment says. Refuses a target holding anything else.
 *
 * @example
 * const report = await migrateResumably(sqliteStore, postgresTarget, 'zjg.db');
 */
export async function migrateResumably(
  source: EventStore,
  target: MigrationTarget,
  sourceName: string,
): Promise<Either<LedgerMigrationFailure, LedgerMigrationReport>> {
  const { size } = await source.head();
  const root = Buffer.from((await source.log.treeHead(size)).root).toString('base64');
  const mark: MigrationMark = { source: sourceName, size, root };
  const found = await target.marker();
  const copied = (await target.store.head()).size;
  if (found.state === 'started') {
    if (found.size !== size || found.root !== root) {
      return left({ _tag: 'OtherMigration', size: found.size, root: found.root });
    }
    const differs = await firstDifference(source, target.store, copied);
    if (differs !== null) return left({ _tag: 'PrefixDiffers', index: differs });
  } else if (copied > 0 || found.state !== 'fresh') {
    return left({ _tag: 'TargetNotEmpty', size: copied });
  } else {
    await target.markStarted(mark);
  }
  const done = await target.copy(source, copied, size);
  if (isLeft(done)) return done;
  const targetRoot = Buffer.from((await target.store.log.treeHead(size)).root).toString('base64');
  if (targetRoot !== root) return left({ _tag: 'RootsDiffer', sourceRoot: root, targetRoot });
  let checkpointsCopied = 0;
  for (const checkpoint of await source.log.checkpoints()) {
    await target.store.log.saveCheckpoint(checkpoint);
    checkpointsCopied++;
  }
  await target.markCompleted(mark);
  return right({ size, root, resumedFrom: copied, checkpointsCopied });
}

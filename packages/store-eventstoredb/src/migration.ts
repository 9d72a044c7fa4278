/**
 * Migrating a ledger into EventStoreDB: copy every leaf of a source ledger byte for byte,
 * check that the two Merkle roots are equal, copy the source's signed checkpoints (they sign
 * the same roots, so auditors' checkpoints keep verifying), and only then mark the ledger
 * complete. EventStoreDB caps one append (1 MiB by default), so a large ledger is copied in
 * several appends; until `MigrationCompleted` is written the target refuses ordinary use,
 * so no partial copy is ever served. A migration that stopped half way resumes: the entries
 * already copied must equal the source's, and the copy continues after them.
 */
import { describeImportError, type EventStore } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { EsdbStoreError } from './errors.ts';
import type { EsdbStore } from './esdb-store.ts';
import { LIFECYCLE } from './ledger-lifecycle.ts';
import { entryAppendSize } from './ledger-streams-client.ts';

/** Why a migration stopped; what was copied stays, marked incomplete, and can be resumed. */
export type MigrationFailure =
  | { readonly _tag: 'TargetNotEmpty'; readonly size: number }
  | { readonly _tag: 'OtherMigration'; readonly message: string }
  | { readonly _tag: 'PrefixDiffers'; readonly index: number }
  | { readonly _tag: 'EntryRefused'; readonly index: number; readonly message: string }
  | { readonly _tag: 'RootsDiffer'; readonly sourceRoot: string; readonly targetRoot: string };

/** What a completed migration copied. */
export interface MigrationReport {
  readonly size: number;
  readonly root: string;
  readonly resumedFrom: number;
  readonly checkpointsCopied: number;
}

/** Options of {@link migrateLedger}. */
export interface MigrationOptions {
  /**
   * Most bytes per append, as the server counts them (leaf bytes plus two per character of
   * the event type; default 1,000,000: under the server's default 1 MiB cap).
   */
  readonly chunkBytes?: number;
  /** A name for the source, recorded in the migration markers (e.g. the file name). */
  readonly sourceName?: string;
  /** Called after each append with the entries copied so far and the total to copy. */
  readonly onProgress?: (copied: number, total: number) => void;
}

/** Formats a failure for a person. */
export function describeMigrationFailure(failure: MigrationFailure): string {
  switch (failure._tag) {
    case 'TargetNotEmpty':
      return `the target ledger already holds ${failure.size} entries and is not an unfinished migration of this source`;
    case 'OtherMigration':
      return failure.message;
    case 'PrefixDiffers':
      return `the target's entry ${failure.index} differs from the source's: it is not a partial copy of this ledger`;
    case 'EntryRefused':
      return `entry ${failure.index} was refused: ${failure.message}`;
    case 'RootsDiffer':
      return `the roots differ after copying (source ${failure.sourceRoot}, target ${failure.targetRoot})`;
  }
}

async function leavesEqual(source: EventStore, target: EventStore, size: number): Promise<number | null> {
  const theirs = target.readLeaves(0, size)[Symbol.asyncIterator]();
  for await (const mine of source.readLeaves(0, size)) {
    const next = await theirs.next();
    if (next.done || !Buffer.from(next.value.leaf).equals(Buffer.from(mine.leaf))) return mine.index;
  }
  return null;
}

/** Copies `source` into `target` (opened with `allowIncompleteMigration` and `create`). */
export async function migrateLedger(
  source: EventStore,
  target: EsdbStore,
  options: MigrationOptions = {},
): Promise<Either<MigrationFailure, MigrationReport>> {
  const { size } = await source.head();
  const root = Buffer.from((await source.log.treeHead(size)).root).toString('base64');
  const marker = { source: options.sourceName ?? 'sqlite', size, root };
  let state = await target.lifecycle();
  const copied = (await target.head()).size;
  if (state?.type === LIFECYCLE.migrationStarted) {
    if (state.data.size !== size || state.data.root !== root) {
      return left({
        _tag: 'OtherMigration',
        message: `the target holds an unfinished migration of another ledger (size ${String(state.data.size)}, root ${String(state.data.root)})`,
      });
    }
    const differs = await leavesEqual(source, target, copied);
    if (differs !== null) return left({ _tag: 'PrefixDiffers', index: differs });
  } else if (copied > 0 || state === null || state.type !== LIFECYCLE.created) {
    return left({ _tag: 'TargetNotEmpty', size: copied });
  } else {
    await target.recordLifecycle(state, LIFECYCLE.migrationStarted, marker);
    state = await target.lifecycle();
  }
  const resumedFrom = copied;
  const copiedNow = await copyLeaves(source, target, copied, size, options);
  if (isLeft(copiedNow)) return copiedNow;
  const targetRoot = Buffer.from((await target.log.treeHead(size)).root).toString('base64');
  if (targetRoot !== root) return left({ _tag: 'RootsDiffer', sourceRoot: root, targetRoot });
  let checkpointsCopied = 0;
  for (const checkpoint of await source.log.checkpoints()) {
    await target.log.saveCheckpoint(checkpoint);
    checkpointsCopied++;
  }
  await target.recordLifecycle(state!, LIFECYCLE.migrationCompleted, marker);
  return right({ size, root, resumedFrom, checkpointsCopied });
}

/** The default most bytes per append: under the server's default 1 MiB `MaxAppendSize`. */
export const DEFAULT_CHUNK_BYTES = 1_000_000;

/** What a leaf counts towards the server's append size (its type is read from the leaf). */
export function leafAppendSize(leaf: Uint8Array): number {
  const { type } = JSON.parse(Buffer.from(leaf).toString('utf8')) as { type?: unknown };
  return entryAppendSize({ leaf, type: typeof type === 'string' ? type : '' });
}

/**
 * Copies leaves `from`..`size` in appends of at most `chunkBytes` (as the server counts
 * them); when the cluster caps appends lower (BATCH_TOO_LARGE, nothing written), halves the
 * chunk and retries.
 */
async function copyLeaves(
  source: EventStore,
  target: EsdbStore,
  from: number,
  size: number,
  options: MigrationOptions,
): Promise<Either<MigrationFailure, number>> {
  let limit = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const iterator = source.readLeaves(from, size)[Symbol.asyncIterator]();
  const queue: Uint8Array[] = [];
  const sizes: number[] = [];
  let queuedBytes = 0;
  let exhausted = false;
  let copied = from;
  for (;;) {
    while (!exhausted && queuedBytes < limit) {
      const next = await iterator.next();
      if (next.done) exhausted = true;
      else {
        const bytes = leafAppendSize(next.value.leaf);
        queue.push(next.value.leaf);
        sizes.push(bytes);
        queuedBytes += bytes;
      }
    }
    if (queue.length === 0) return right(copied);
    let take = 0;
    let bytes = 0;
    while (take < queue.length && (take === 0 || bytes + sizes[take]! <= limit)) bytes += sizes[take++]!;
    try {
      const result = await target.importLeaves(queue.slice(0, take));
      if (isLeft(result)) {
        const error = result.left;
        return left({ _tag: 'EntryRefused', index: copied + error.position, message: describeImportError(error) });
      }
    } catch (error) {
      if (error instanceof EsdbStoreError && error.code === 'BATCH_TOO_LARGE' && take > 1) {
        limit = Math.floor(bytes / 2);
        continue;
      }
      throw error;
    }
    queue.splice(0, take);
    sizes.splice(0, take);
    queuedBytes -= bytes;
    copied += take;
    options.onProgress?.(copied, size);
  }
}

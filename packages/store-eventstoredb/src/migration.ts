/**
 * Migrating a ledger into EventStoreDB: copy every leaf of a source ledger byte for byte,
 * check that the two Merkle roots are equal, copy the source's signed checkpoints (they sign
 * the same roots, so auditors' checkpoints keep verifying), and only then mark the ledger
 * complete. EventStoreDB caps one append (1 MiB by default), so a large ledger is copied in
 * several appends; until `MigrationCompleted` is written the target refuses ordinary use,
 * so no partial copy is ever served. A migration that stopped half way resumes: the entries
 * already copied must equal the source's, and the copy continues after them.
 */
import {
  type EventStore,
  type LedgerMigrationFailure,
  type LedgerMigrationReport,
  type MigrationMark,
  migrateResumably,
  refusedEntry,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { EsdbStoreError } from './errors.ts';
import type { EsdbStore } from './esdb-store.ts';
import { LIFECYCLE, type LifecycleState } from './ledger-lifecycle.ts';
import { entryAppendSize } from './ledger-streams-client.ts';

/** Why a migration stopped (core's, shared with the PostgreSQL migration). */
export type MigrationFailure = LedgerMigrationFailure;

/** What a completed migration copied. */
export type MigrationReport = LedgerMigrationReport;

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

/** Formats a failure for a person (core's words, shared with the PostgreSQL migration). */
export { describeLedgerMigrationFailure as describeMigrationFailure } from '@govledger/core';

/** Copies `source` into `target` (opened with `allowIncompleteMigration` and `create`). */
export function migrateLedger(
  source: EventStore,
  target: EsdbStore,
  options: MigrationOptions = {},
): Promise<Either<MigrationFailure, MigrationReport>> {
  // The lifecycle stream is appended with an expected revision: keep the state last read.
  let state: LifecycleState | null = null;
  const record = async (type: string, mark: MigrationMark) => {
    await target.recordLifecycle(state!, type, { ...mark });
    state = await target.lifecycle();
  };
  return migrateResumably(
    source,
    {
      store: target,
      marker: async () => {
        state = await target.lifecycle();
        if (state?.type === LIFECYCLE.migrationStarted) {
          return { state: 'started', size: Number(state.data.size), root: String(state.data.root) };
        }
        return state?.type === LIFECYCLE.created ? { state: 'fresh' } : { state: 'other' };
      },
      markStarted: (mark) => record(LIFECYCLE.migrationStarted, mark),
      markCompleted: (mark) => record(LIFECYCLE.migrationCompleted, mark),
      copy: async (from, start, size) => {
        const copied = await copyLeaves(from, target, start, size, options);
        return isLeft(copied) ? copied : right(undefined);
      },
    },
    options.sourceName ?? 'sqlite',
  );
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
        return left(refusedEntry(copied, result.left));
      }
    } catch (error) {
      if (error instanceof EsdbStoreError && error.code === 'GL_BATCH_TOO_LARGE' && take > 1) {
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

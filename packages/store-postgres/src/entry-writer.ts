/**
 * The write path. One transaction per batch: lock the `head` row (`SELECT … FOR UPDATE`),
 * read the versions of the batch's streams, prepare the entries with core, extend the Merkle
 * frontier, insert every entry with its hashes and move the head, in one statement, then
 * commit. The head lock is held until commit, so a second appender (in any process) waits
 * and then sees the first one's entries: indexes are dense and in commit order. All or
 * nothing: an expected failure is returned before anything is written (the transaction is
 * rolled back), and any error rolls the whole batch back.
 */
import {
  type AppendError,
  type AppendResult,
  type ImportError,
  leafHash,
  MerkleFrontier,
  monotonicTime,
  type PreparedEntry,
  prepareAppend,
  prepareImport,
  type StreamAppend,
  type StreamVersion,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Pool, Queryable } from './connection.ts';
import { pgErrors } from './errors.ts';
import { withStoredSubtrees } from './subtree-fetch.ts';

/** Where the writer takes times and ids from. */
export interface WriterClock {
  /** The wall clock; `recordedAt` is max(clock(), last recordedAt). */
  readonly clock: () => Date;
  /** A fresh, unique event id per call (UUIDv7 by default). */
  readonly newEventId: () => string;
}

type Tx = Queryable;

interface LockedHead {
  readonly size: number;
  readonly lastRecordedAt: string | null;
}

/** Rolls the transaction back while carrying an expected failure out of `sql.begin`. */
class Refused<E> {
  constructor(readonly error: E) {}
}

/** Appends batches and imports to one ledger schema. */
export class EntryWriter {
  readonly #sql: Pool;
  readonly #s: string;
  readonly #clock: WriterClock;
  /** The frontier after the last commit seen by this process; reused when the head has not moved. */
  #frontier: MerkleFrontier | undefined;

  constructor(sql: Pool, quotedSchema: string, clock: WriterClock) {
    this.#sql = sql;
    this.#s = quotedSchema;
    this.#clock = clock;
  }

  /** Appends proposed events (see `EventStore.appendBatch`). */
  appendBatch(batch: readonly StreamAppend[]): Promise<Either<AppendError, AppendResult>> {
    const streams = [...new Set(batch.map((group) => group.streamId))];
    return this.#write<AppendError>(streams, (head, versionOf) =>
      prepareAppend(batch, {
        size: head.size,
        versionOf,
        recordedAt: monotonicTime(this.#clock.clock(), head.lastRecordedAt),
        newEventId: this.#clock.newEventId,
      }),
    );
  }

  /** Appends recorded leaves verbatim (see `EventStore.importLeaves`). */
  importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    return this.#write<ImportError>(
      (head) => (head.size === 0 ? [] : streamsOfLeaves(leaves)),
      (head, versionOf) => prepareImport(leaves, { size: head.size, versionOf, lastRecordedAt: head.lastRecordedAt }),
    );
  }

  async #write<E>(
    streams: readonly string[] | ((head: LockedHead) => readonly string[]),
    prepare: (head: LockedHead, versionOf: (streamId: string) => StreamVersion) => Either<E, PreparedEntry[]>,
  ): Promise<Either<E, AppendResult>> {
    const s = this.#s;
    try {
      return await this.#sql
        .begin(async (tx) => {
          const [row] = await tx.unsafe<{ size: number; last_recorded_at: string | null }[]>(
            `SELECT size, last_recorded_at FROM ${s}.head FOR UPDATE`,
          );
          if (!row) throw pgErrors.corruptEntry(0, 'the head row is missing');
          const head: LockedHead = { size: row.size, lastRecordedAt: row.last_recorded_at };
          const ids = typeof streams === 'function' ? streams(head) : streams;
          const [versions, frontier] = await Promise.all([
            ids.length === 0 || head.size === 0 ? Promise.resolve(new Map<string, number>()) : readVersions(tx, s, ids),
            this.#frontierAt(tx, head.size),
          ]);
          const prepared = prepare(head, (id) => versions.get(id) ?? 'no-stream');
          if (isLeft(prepared)) throw new Refused(prepared.left);
          const entries = prepared.right;
          if (entries.length === 0) return right({ events: [], size: head.size });
          const columns = {
            idx: [] as number[],
            stream: [] as string[],
            version: [] as number[],
            type: [] as string[],
            at: [] as string[],
            leaf: [] as Buffer[],
            hashes: [] as Buffer[],
          };
          const next = frontier.clone();
          for (const { event, leaf } of entries) {
            columns.idx.push(event.index);
            columns.stream.push(event.streamId);
            columns.version.push(event.streamVersion);
            columns.type.push(event.type);
            columns.at.push(event.metadata.recordedAt);
            columns.leaf.push(leaf);
            columns.hashes.push(next.appendBlob(leafHash(leaf)));
          }
          const size = head.size + entries.length;
          const last = entries[entries.length - 1]!.event.metadata.recordedAt;
          await tx.unsafe(
            `WITH inserted AS (
             INSERT INTO ${s}.entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bytea[], $7::bytea[])
           )
           UPDATE ${s}.head SET size = $8, last_recorded_at = $9`,
            [
              columns.idx,
              columns.stream,
              columns.version,
              columns.type,
              columns.at,
              columns.leaf,
              columns.hashes,
              size,
              last,
            ] as never,
          );
          // Kept only once committed (below): a rolled-back batch must not extend it.
          return right({ events: entries.map((e) => e.event), size, frontier: next });
        })
        .then((done) => {
          const { frontier, ...result } = (done as { right: AppendResult & { frontier?: MerkleFrontier } }).right;
          if (frontier) this.#frontier = frontier;
          return right(result);
        });
    } catch (error) {
      this.#frontier = undefined;
      if (error instanceof Refused) return left(error.error as E);
      throw error;
    }
  }

  /** The frontier at `size`: the cached one, or rebuilt from one read of at most 53 stored hashes. */
  async #frontierAt(tx: Tx, size: number): Promise<MerkleFrontier> {
    if (this.#frontier?.size === size) return this.#frontier;
    if (size === 0) return new MerkleFrontier();
    return withStoredSubtrees(tx, this.#s, (read) => MerkleFrontier.fromReader(read, size));
  }
}

async function readVersions(tx: Tx, s: string, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.unsafe<{ stream_id: string; v: number }[]>(
    `SELECT stream_id, max(stream_version) AS v FROM ${s}.entries WHERE stream_id = ANY($1::text[]) GROUP BY stream_id`,
    [ids] as never,
  );
  return new Map(rows.map((r) => [r.stream_id, r.v]));
}

/** The stream ids the leaves name (unparseable leaves are left to `prepareImport` to refuse). */
function streamsOfLeaves(leaves: readonly Uint8Array[]): string[] {
  const ids = new Set<string>();
  for (const leaf of leaves) {
    try {
      const parsed = JSON.parse(Buffer.from(leaf).toString('utf8')) as { streamId?: unknown };
      if (typeof parsed.streamId === 'string') ids.add(parsed.streamId);
    } catch {
      // prepareImport names the position and the reason.
    }
  }
  return [...ids];
}

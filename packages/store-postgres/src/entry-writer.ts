/**
 * The write path. One transaction per batch: lock the `head` row (`SELECT … FOR UPDATE`) and,
 * pipelined in the same round trip, read the versions of the batch's streams; prepare the
 * entries with core; extend the Merkle frontier kept in the head row; insert every entry with
 * its hashes and move the head in one statement; commit. The head lock is held until commit,
 * so a second appender (in any process) waits and then sees the first one's entries: indexes
 * are dense and in commit order. The versions query is sent after the lock query on the same
 * connection, so its snapshot is taken once the lock is held and it sees every earlier commit.
 * All or nothing: an expected failure rolls the transaction back before anything is written,
 * and any error rolls the whole batch back.
 */
import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  HASH_BYTES,
  type ImportError,
  leafHash,
  MerkleFrontier,
  type PreparedEntry,
  prepareAppend,
  prepareImport,
  recordingTime,
  type StreamAppend,
  type StreamVersion,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { Pool } from './connection.ts';
import { pgErrors } from './errors.ts';

/** Where the writer takes times and ids from. */
export interface WriterClock {
  /** The wall clock; unless the caller names a time, `recordedAt` is max(clock(), last recordedAt). */
  readonly clock: () => Date;
  /** A fresh, unique event id per call (UUIDv7 by default). */
  readonly newEventId: () => string;
}

interface LockedHead {
  readonly size: number;
  readonly lastRecordedAt: string | null;
  readonly frontier: MerkleFrontier;
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

  constructor(sql: Pool, quotedSchema: string, clock: WriterClock) {
    this.#sql = sql;
    this.#s = quotedSchema;
    this.#clock = clock;
  }

  /**
   * Appends proposed events (see `EventStore.appendBatch`). The time is chosen under the head
   * lock, so a requested `recordedAt` is checked against the last one any writer committed.
   */
  appendBatch(batch: readonly StreamAppend[], options?: AppendOptions): Promise<Either<AppendError, AppendResult>> {
    const streams = [...new Set(batch.map((group) => group.streamId))];
    return this.#write<AppendError>(streams, (head, versionOf) => {
      const recordedAt = recordingTime(this.#clock.clock, head.lastRecordedAt, options);
      if (isLeft(recordedAt)) return recordedAt;
      return prepareAppend(batch, {
        size: head.size,
        versionOf,
        recordedAt: recordedAt.right,
        newEventId: this.#clock.newEventId,
      });
    });
  }

  /** Appends recorded leaves verbatim (see `EventStore.importLeaves`). */
  importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    return this.#write<ImportError>(streamsOfLeaves(leaves), (head, versionOf) =>
      prepareImport(leaves, { size: head.size, versionOf, lastRecordedAt: head.lastRecordedAt }),
    );
  }

  async #write<E>(
    streams: readonly string[],
    prepare: (head: LockedHead, versionOf: (streamId: string) => StreamVersion) => Either<E, PreparedEntry[]>,
  ): Promise<Either<E, AppendResult>> {
    const s = this.#s;
    try {
      const result = await this.#sql.begin(async (tx) => {
        const [[row], versionRows] = await tx.batch([
          tx.unsafe<{ size: number; last_recorded_at: string | null; frontier: Buffer }[]>(
            `SELECT size, last_recorded_at, frontier FROM ${s}.head FOR UPDATE`,
          ),
          tx.unsafe<{ stream_id: string; v: number }[]>(
            `SELECT stream_id, max(stream_version) AS v FROM ${s}.entries WHERE stream_id = ANY($1::text[]) GROUP BY stream_id`,
            [streams] as never,
          ),
        ]);
        if (!row) throw pgErrors.corruptEntry(0, 'the head row is missing');
        const head: LockedHead = {
          size: row.size,
          lastRecordedAt: row.last_recorded_at,
          frontier: decodeFrontier(row.frontier, row.size),
        };
        const versions = new Map(versionRows.map((r) => [r.stream_id, r.v]));
        const prepared = prepare(head, (id) => versions.get(id) ?? 'no-stream');
        if (isLeft(prepared)) throw new Refused(prepared.left);
        const entries = prepared.right;
        if (entries.length === 0) return { events: [], size: head.size };
        const columns = {
          idx: [] as number[],
          stream: [] as string[],
          version: [] as number[],
          type: [] as string[],
          at: [] as string[],
          leaf: [] as Buffer[],
          hashes: [] as Buffer[],
        };
        const frontier = head.frontier;
        for (const { event, leaf } of entries) {
          columns.idx.push(event.index);
          columns.stream.push(event.streamId);
          columns.version.push(event.streamVersion);
          columns.type.push(event.type);
          columns.at.push(event.metadata.recordedAt);
          columns.leaf.push(leaf);
          columns.hashes.push(frontier.appendBlob(leafHash(leaf)));
        }
        const size = head.size + entries.length;
        const last = entries[entries.length - 1]!.event.metadata.recordedAt;
        await tx.unsafe(
          `WITH inserted AS (
             INSERT INTO ${s}.entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bytea[], $7::bytea[])
           )
           UPDATE ${s}.head SET size = $8, last_recorded_at = $9, frontier = $10`,
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
            Buffer.concat(frontier.subtreeHashes()),
          ] as never,
        );
        return { events: entries.map((e) => e.event), size };
      });
      return right(result as AppendResult);
    } catch (error) {
      if (error instanceof Refused) return left(error.error as E);
      throw error;
    }
  }
}

/** The frontier stored in the head row: one 32-byte hash per set bit of `size`, largest subtree first. */
function decodeFrontier(blob: Buffer, size: number): MerkleFrontier {
  let next = 0;
  const frontier = MerkleFrontier.fromReader(() => {
    const hash = blob.subarray(next * HASH_BYTES, (next + 1) * HASH_BYTES);
    next++;
    if (hash.length !== HASH_BYTES) throw pgErrors.corruptEntry(size, 'the head row holds a short Merkle frontier');
    return hash;
  }, size);
  if (next * HASH_BYTES !== blob.length) throw pgErrors.corruptEntry(size, 'the head row holds a long Merkle frontier');
  return frontier;
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

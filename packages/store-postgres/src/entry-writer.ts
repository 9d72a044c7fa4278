/**
 * The write path. A large batch's chunks ({@link PG_CHUNK_ENTRIES}) are first handed to the
 * encoding thread (`encode-ahead.ts`: validation and canonical JSON, which do not depend on
 * position). One
 * transaction per batch on a reserved connection: `BEGIN`, the lock of the `head` row
 * (`SELECT … FOR UPDATE`) and the read of the batch's stream versions in one round trip; then,
 * chunk by chunk, place the encoded entries with core (versions, ids, times, leaves), extend
 * the Merkle frontier kept in the head row and send the chunk's insert without waiting for it,
 * so the server writes one chunk while the next is encoded and placed; move the head; commit.
 * The head lock is held until commit, so a second appender (in any process) waits and then
 * sees the first one's entries: indexes are dense and in commit order. The versions query is
 * a statement of its own after the lock's, so its snapshot is taken once the lock is held and
 * it sees every earlier commit. All or nothing: an expected failure rolls the transaction back
 * before anything is written, and any error rolls the whole batch back.
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
  type RecordedEvent,
  prepareImport,
  recordingTime,
  type StreamAppend,
  type StreamVersion,
} from '@govledger/core';
import { type Either, isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import type { Pool, Queryable } from './connection.ts';
import { EncodeAhead } from './encode-ahead.ts';
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

/**
 * Entries per insert statement. A batch is prepared, hashed and sent in chunks of about this
 * many entries, each insert pipelined while the next chunk is prepared, so the server writes
 * one chunk as this process canonicalises and hashes the next (one transaction still). Small
 * enough that a chunk's insert (about 1 KiB an entry on the wire) fits the socket's send
 * buffer, so it is all on its way before this thread turns to the next chunk.
 */
export const PG_CHUNK_ENTRIES = 125;

/** What a chunk of a batch starts from: the ledger as the chunks before it leave it. */
interface ChunkStart {
  readonly size: number;
  readonly lastRecordedAt: string | null;
  versionOf(streamId: string): StreamVersion;
}

/** Prepares the batch chunk by chunk (positions in errors counted from the batch's start). */
type ChunkedPrepare<E> = (
  head: LockedHead,
  versionOf: (streamId: string) => StreamVersion,
) => AsyncIterable<Either<E, PreparedEntry[]>>;

/** Appends batches and imports to one ledger schema. */
export class EntryWriter {
  readonly #sql: Pool;
  readonly #s: string;
  readonly #clock: WriterClock;
  readonly #ahead = new EncodeAhead();

  constructor(sql: Pool, quotedSchema: string, clock: WriterClock) {
    this.#sql = sql;
    this.#s = quotedSchema;
    this.#clock = clock;
  }

  /** Ends the encoding thread, if one was started. */
  close(): Promise<void> {
    return this.#ahead.close();
  }

  /**
   * Appends proposed events (see `EventStore.appendBatch`). The time is chosen under the head
   * lock, so a requested `recordedAt` is checked against the last one any writer committed.
   */
  appendBatch(batch: readonly StreamAppend[], options?: AppendOptions): Promise<Either<AppendError, AppendResult>> {
    const streams = [...new Set(batch.map((group) => group.streamId))];
    const clock = this.#clock;
    const chunks = [...groupChunks(batch)];
    // Encoding starts now, on the other thread, while the transaction begins and takes the lock.
    const encoding = this.#ahead.encodeChunks(chunks.map(({ groups }) => groups.flatMap((group) => group.events)));
    return this.#write<AppendError>(streams, async function* (head, versionOf) {
      const recordedAt = recordingTime(clock.clock, head.lastRecordedAt, options);
      if (isLeft(recordedAt)) return yield recordedAt;
      const start = chainedStart(head, versionOf);
      for (const [k, { from, groups }] of chunks.entries()) {
        const encoded = encoding === null ? null : await encoding[k]!;
        const context = { ...start.current(), recordedAt: recordedAt.right, newEventId: clock.newEventId };
        const prepared = prepareAppend(groups, context, encoded ?? undefined);
        if (isRight(prepared)) start.advance(prepared.right);
        yield shiftPosition(prepared, from);
      }
    });
  }

  /** Appends recorded leaves verbatim (see `EventStore.importLeaves`). */
  importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>> {
    return this.#write<ImportError>(streamsOfLeaves(leaves), async function* (head, versionOf) {
      const start = chainedStart(head, versionOf);
      for (let from = 0; from < leaves.length; from += PG_CHUNK_ENTRIES) {
        const prepared = prepareImport(leaves.slice(from, from + PG_CHUNK_ENTRIES), start.current());
        if (isRight(prepared)) start.advance(prepared.right);
        yield shiftPosition(prepared, from);
      }
    });
  }

  /** One transaction: lock, place, insert, commit (see the module comment). */
  async #write<E>(streams: readonly string[], prepare: ChunkedPrepare<E>): Promise<Either<E, AppendResult>> {
    const s = this.#s;
    const sent: Promise<unknown>[] = [];
    // A connection of our own, on which the transaction's BEGIN travels with the lock: the
    // driver's `begin` would wait for BEGIN's answer first, one more round trip under load.
    const tx = await this.#sql.reserve();
    try {
      const [, [row], versionRows] = await tx.batch([
        tx.unsafe('BEGIN'),
        tx.unsafe<{ size: number; last_recorded_at: string | null; frontier: Buffer }[]>(
          `SELECT size, last_recorded_at, frontier FROM ${s}.head FOR UPDATE`,
          [],
          { prepare: true },
        ),
        // A statement of its own, after the lock's: its snapshot is taken once the lock is held,
        // so it sees every earlier appender's commit (a subquery of the locking statement would
        // read the snapshot taken before the wait). Each stream's last version is one index probe.
        tx.unsafe<{ stream_id: string; v: number }[]>(
          `SELECT s.id AS stream_id, e.stream_version AS v FROM unnest($1::text[]) AS s(id)
           CROSS JOIN LATERAL (SELECT stream_version FROM ${s}.entries WHERE stream_id = s.id
                               ORDER BY stream_version DESC LIMIT 1) AS e`,
          [streams] as never,
          { prepare: true },
        ),
      ]);
      if (!row) throw pgErrors.corruptEntry(0, 'the head row is missing');
      const head: LockedHead = {
        size: row.size,
        lastRecordedAt: row.last_recorded_at,
        frontier: decodeFrontier(row.frontier, row.size),
      };
      const versions = new Map(versionRows.map((r) => [r.stream_id, r.v]));
      const events: RecordedEvent[] = [];
      for await (const chunk of prepare(head, (id) => versions.get(id) ?? 'no-stream')) {
        if (isLeft(chunk)) throw new Refused(chunk.left);
        if (chunk.right.length === 0) continue;
        sent.push(this.#insertChunk(tx, chunk.right, head.frontier));
        for (const entry of chunk.right) events.push(entry.event);
        // Let the driver put the insert on the wire before the next chunk's CPU work.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const size = head.size + events.length;
      if (events.length > 0) {
        sent.push(
          started(
            tx.unsafe(
              `UPDATE ${s}.head SET size = $1, last_recorded_at = $2, frontier = $3`,
              [
                size,
                events[events.length - 1]!.metadata.recordedAt,
                Buffer.concat(head.frontier.subtreeHashes()),
              ] as never,
              { prepare: true },
            ),
          ),
        );
      }
      // The COMMIT follows the inserts and the head's update on the wire, one round trip for
      // all of them. If any of them failed, the server ends the transaction with a rollback
      // instead, and that statement's own rejection, awaited next, reports it.
      await tx.unsafe('COMMIT');
      await Promise.all(sent);
      return right({ events, size });
    } catch (error) {
      // Every statement sent settles first; then the transaction is rolled back (a no-op
      // when the COMMIT already ended it; a broken connection is closed on release instead).
      const failures = await Promise.allSettled(sent);
      await tx.unsafe('ROLLBACK').catch(() => {});
      if (error instanceof Refused) return left(error.error as E);
      // A statement's own error says more than what followed it in the aborted transaction.
      const failed = failures.find((outcome) => outcome.status === 'rejected');
      throw failed?.reason ?? error;
    } finally {
      // Released idle; a connection still inside a transaction is closed by the driver instead.
      tx.release();
    }
  }

  /** Hashes a chunk into the frontier and sends its insert (one statement, arrays unnested). */
  #insertChunk(tx: Queryable, entries: readonly PreparedEntry[], frontier: MerkleFrontier): Promise<unknown> {
    const columns = {
      idx: [] as number[],
      stream: [] as string[],
      version: [] as number[],
      type: [] as string[],
      at: [] as string[],
      leaf: [] as Buffer[],
      hashes: [] as Buffer[],
    };
    for (const { event, leaf } of entries) {
      columns.idx.push(event.index);
      columns.stream.push(event.streamId);
      columns.version.push(event.streamVersion);
      columns.type.push(event.type);
      columns.at.push(event.metadata.recordedAt);
      columns.leaf.push(leaf);
      columns.hashes.push(frontier.appendBlob(leafHash(leaf)));
    }
    const query = tx.unsafe(
      `INSERT INTO ${this.#s}.entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bytea[], $7::bytea[])`,
      [columns.idx, columns.stream, columns.version, columns.type, columns.at, columns.leaf, columns.hashes] as never,
      { prepare: true },
    );
    return started(query);
  }
}

/**
 * Starts a query now (the driver sends a query once it is awaited) for the caller to await
 * later; its failure is reported there, never as an unhandled rejection in between.
 */
function started(query: PromiseLike<unknown>): Promise<unknown> {
  const promise = Promise.resolve(query);
  promise.catch(() => {});
  return promise;
}

/** The batch's groups in runs of about {@link PG_CHUNK_ENTRIES} events (a group is never split). */
function* groupChunks(batch: readonly StreamAppend[]): Iterable<{ from: number; groups: readonly StreamAppend[] }> {
  let from = 0;
  let taken = 0;
  let groups: StreamAppend[] = [];
  for (const group of batch) {
    if (taken > 0 && taken + group.events.length > PG_CHUNK_ENTRIES) {
      yield { from, groups };
      from += taken;
      groups = [];
      taken = 0;
    }
    groups.push(group);
    taken += group.events.length;
  }
  if (groups.length > 0) yield { from, groups };
}

/** The ledger as the chunks prepared so far leave it, for preparing the next chunk. */
function chainedStart(head: LockedHead, versionOf: (streamId: string) => StreamVersion) {
  const versions = new Map<string, StreamVersion>();
  let size = head.size;
  let lastRecordedAt = head.lastRecordedAt;
  const chained = (id: string) => versions.get(id) ?? versionOf(id);
  return {
    current: (): ChunkStart => ({ size, lastRecordedAt, versionOf: chained }),
    advance(entries: readonly PreparedEntry[]): void {
      for (const { event } of entries) versions.set(event.streamId, event.streamVersion);
      size += entries.length;
      lastRecordedAt = entries[entries.length - 1]?.event.metadata.recordedAt ?? lastRecordedAt;
    },
  };
}

/** An error of a chunk, with its position counted from the batch's first event. */
function shiftPosition<E, A>(prepared: Either<E, A>, from: number): Either<E, A> {
  if (from === 0 || isRight(prepared)) return prepared;
  const error = prepared.left as E & { position?: number };
  return typeof error.position === 'number' ? left({ ...error, position: error.position + from }) : prepared;
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

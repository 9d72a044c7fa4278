/**
 * Reading the log in pages: keyset pagination on the ledger index (or the stream version),
 * {@link PG_PAGE_ROWS} rows a query, so a reader never holds a transaction or a cursor open
 * while its caller works, and a long replay streams in constant memory. Events are parsed
 * from the stored leaves (core's `parseLeaf`), the one source of truth.
 */
import {
  type HashedLeaf,
  parseLeaf,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StoredLeaf,
} from '@govledger/core';
import type { Pool } from './connection.ts';

/** Rows fetched per query. */
export const PG_PAGE_ROWS = 2000;

function checkRange(from: number, to: number): void {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0) {
    throw new RangeError(`a range of entries needs integers from >= 0 and to, got ${from} and ${to}`);
  }
}

/** Paged reads of one ledger schema. */
export class PageReader {
  readonly #sql: () => Pool;
  readonly #s: string;

  constructor(sql: () => Pool, quotedSchema: string) {
    this.#sql = sql;
    this.#s = quotedSchema;
  }

  /** See `EventStore.readAll`. */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    const filters: string[] = [];
    const params: unknown[] = [];
    if (options.types) {
      params.push(options.types);
      filters.push(`type = ANY($${params.length}::text[])`);
    }
    if (options.streamPrefix !== undefined) {
      params.push(options.streamPrefix);
      filters.push(`starts_with(stream_id, $${params.length})`);
    }
    const where = filters.map((f) => ` AND ${f}`).join('');
    const at = params.length + 1;
    const query = backwards
      ? `SELECT idx, leaf FROM ${this.#s}.entries WHERE idx <= $${at}${where} ORDER BY idx DESC LIMIT $${at + 1}`
      : `SELECT idx, leaf FROM ${this.#s}.entries WHERE idx >= $${at} AND idx < $${at + 2}${where} ORDER BY idx LIMIT $${at + 1}`;
    let cursor = backwards ? (options.from ?? Number.MAX_SAFE_INTEGER) : (options.from ?? 0);
    const end = options.to ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0 && cursor >= 0) {
      const rows = await this.#sql().unsafe<{ idx: number; leaf: Buffer }[]>(
        query,
        [...params, cursor, Math.min(PG_PAGE_ROWS, remaining), ...(backwards ? [] : [end])] as never,
        { prepare: true },
      );
      for (const row of rows) {
        remaining--;
        yield parseLeaf(row.leaf, row.idx);
      }
      if (rows.length < PG_PAGE_ROWS) return;
      cursor = backwards ? rows[rows.length - 1]!.idx - 1 : rows[rows.length - 1]!.idx + 1;
    }
  }

  /** See `EventStore.readStream`. */
  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    let version = options.fromVersion ?? 0;
    while (remaining > 0) {
      const rows = await this.#sql().unsafe<{ idx: number; leaf: Buffer; stream_version: number }[]>(
        `SELECT idx, leaf, stream_version FROM ${this.#s}.entries WHERE stream_id = $1 AND stream_version >= $2
         ORDER BY stream_version LIMIT $3`,
        [streamId, version, Math.min(PG_PAGE_ROWS, remaining)],
        { prepare: true },
      );
      for (const row of rows) {
        remaining--;
        yield parseLeaf(row.leaf, row.idx);
      }
      if (rows.length < PG_PAGE_ROWS) return;
      version = rows[rows.length - 1]!.stream_version + 1;
    }
  }

  /** See `EventStore.readLeaves`. */
  async *readLeaves(from: number, to: number): AsyncIterable<StoredLeaf> {
    checkRange(from, to);
    for await (const rows of this.#pages<{ idx: number; leaf: Buffer }>('idx, leaf', from, to)) {
      for (const row of rows) yield { index: row.idx, leaf: row.leaf };
    }
  }

  /** See `VerifiableLog.readHashedLeaves`. */
  async *readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf> {
    checkRange(from, to);
    for await (const rows of this.#pages<{ idx: number; leaf: Buffer; hashes: Buffer }>(
      'idx, leaf, hashes',
      from,
      to,
    )) {
      for (const row of rows) yield { index: row.idx, leaf: row.leaf, hashes: row.hashes };
    }
  }

  async *#pages<R extends { idx: number }>(columns: string, from: number, to: number): AsyncIterable<R[]> {
    let cursor = from;
    while (cursor < to) {
      const rows = await this.#sql().unsafe<R[]>(
        `SELECT ${columns} FROM ${this.#s}.entries WHERE idx >= $1 AND idx < $2 ORDER BY idx LIMIT ${PG_PAGE_ROWS}`,
        [cursor, to],
        { prepare: true },
      );
      if (rows.length > 0) yield rows;
      if (rows.length < PG_PAGE_ROWS) return;
      cursor = rows[rows.length - 1]!.idx + 1;
    }
  }
}

/**
 * Paged reads of the log. Each page is one short statement (`PAGE_ROWS` rows, raw arrays,
 * the leaf cast to TEXT so SQLite hands V8 a string directly), so a long replay never holds
 * a read transaction open and never blocks writers or WAL checkpoints. Pages continue from
 * the last index seen; entries are immutable and append-only, so pages join up exactly.
 */
import {
  type HashedLeaf,
  parseLeaf,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StoredLeaf,
} from '@govledger/core';
import type Database from 'better-sqlite3';
import type { EntryTable } from './entry-table.ts';
import { ReadAllQueries } from './read-all-query.ts';

/** Rows per page statement: large enough to amortise the statement, small enough to stay short. */
export const PAGE_ROWS = 1000;

/** Throws a RangeError unless `value` is absent or a non-negative safe integer (for bugs, not input). */
function checkCount(name: string, value: number | undefined, allowInfinity = false): void {
  if (value === undefined || (allowInfinity && value === Number.POSITIVE_INFINITY)) return;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** Paged readers over one connection. */
export class PageReader {
  readonly #entries: EntryTable;
  readonly #queries: ReadAllQueries;
  readonly #stream: Database.Statement<[string, number, number], [number, string]>;
  readonly #leaves: Database.Statement<[number, number], [number, Buffer]>;
  readonly #hashed: Database.Statement<[number, number], [number, Buffer, Buffer]>;

  constructor(db: Database.Database, entries: EntryTable) {
    this.#entries = entries;
    this.#queries = new ReadAllQueries(db);
    this.#stream = db
      .prepare<[string, number, number], [number, string]>(
        `SELECT idx, CAST(leaf AS TEXT) FROM entries
         WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version LIMIT ?`,
      )
      .raw();
    this.#leaves = db
      .prepare<[number, number], [number, Buffer]>(
        `SELECT idx, leaf FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx LIMIT ${PAGE_ROWS}`,
      )
      .raw();
    this.#hashed = db
      .prepare<[number, number], [number, Buffer, Buffer]>(
        `SELECT idx, leaf, hashes FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx LIMIT ${PAGE_ROWS}`,
      )
      .raw();
  }

  /**
   * The log in ledger order or reverse, filtered, as `EventStore.readAll` documents. The
   * range is fixed by the head when iteration starts: entries appended meanwhile are not
   * visited. `to` bounds forward reads only, as in core's reference `MemoryStore`.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    checkCount('from', options.from);
    checkCount('to', options.to);
    checkCount('limit', options.limit, true);
    const backwards = options.direction === 'backwards';
    const statement = this.#queries.statement(backwards, options);
    const size = this.#entries.head().size;
    const end = backwards ? size : Math.min(options.to ?? size, size);
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    // Forwards the cursor is the next index to visit; backwards, one past it.
    let cursor = backwards ? Math.min(options.from === undefined ? size : options.from + 1, size) : (options.from ?? 0);
    const params = {
      types: options.types ? JSON.stringify(options.types) : null,
      prefix: options.streamPrefix ?? null,
    };
    while (remaining > 0 && (backwards ? cursor > 0 : cursor < end)) {
      const rows = statement.all({ ...params, cursor, end, limit: Math.min(PAGE_ROWS, remaining) });
      for (const [index, text] of rows) yield parseLeaf(text, index);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < Math.min(PAGE_ROWS, remaining)) return;
      remaining -= rows.length;
      cursor = backwards ? last[0] : last[0] + 1;
    }
  }

  /** One stream's events from `fromVersion`, at most `limit` of them, in stream order. */
  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    checkCount('fromVersion', options.fromVersion);
    checkCount('limit', options.limit, true);
    let version = options.fromVersion ?? 0;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      const want = Math.min(PAGE_ROWS, remaining);
      const rows = this.#stream.all(streamId, version, want);
      for (const [index, text] of rows) yield parseLeaf(text, index);
      if (rows.length < want) return;
      remaining -= rows.length;
      version += rows.length;
    }
  }

  /** Exact leaf bytes of entries `from` (inclusive) to `to` (exclusive), clamped to the head. */
  async *readLeaves(from: number, to: number): AsyncGenerator<StoredLeaf> {
    for (const [index, leaf] of this.#pages(this.#leaves, from, to)) yield { index, leaf };
  }

  /** Leaves with their stored hashes, for verification, which trusts none of them. */
  async *readHashedLeaves(from: number, to: number): AsyncGenerator<HashedLeaf> {
    for (const [index, leaf, hashes] of this.#pages(this.#hashed, from, to)) yield { index, leaf, hashes };
  }

  *#pages<Row extends [number, ...unknown[]]>(
    statement: Database.Statement<[number, number], Row>,
    from: number,
    to: number,
  ): Generator<Row> {
    checkCount('from', from);
    checkCount('to', to);
    let cursor = from;
    while (cursor < to) {
      const rows = statement.all(cursor, to);
      yield* rows;
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < PAGE_ROWS) return;
      cursor = last[0] + 1;
    }
  }
}

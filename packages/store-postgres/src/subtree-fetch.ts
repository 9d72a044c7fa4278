/**
 * Core's tree code reads stored subtree hashes through a synchronous `SubtreeReader`; this
 * store's hashes are a round trip away. Which subtrees a root, proof or frontier needs
 * depends only on sizes and indexes, never on hash values, so the computation is run twice:
 * once over a reader that records what it is asked for (answering zeros), then — after one
 * query fetched exactly those rows — over the fetched hashes. One round trip per call, and
 * the tree geometry stays in core.
 *
 * A committed entry's `hashes` never change (the log is append-only), so the rows holding the
 * upper subtrees, which every proof reads again, are kept in a {@link SubtreeRowCache}: a
 * proof then fetches only the few rows of its own low levels, and a tree head often none.
 */
import { HASH_BYTES, type SubtreeReader, subtreeLocation } from '@govledger/core';
import type { Queryable } from './connection.ts';
import { pgErrors } from './errors.ts';

const ZERO = new Uint8Array(HASH_BYTES);

/** One fetched row of `entries`: the ledger index and its stored hashes. */
export interface HashesRow {
  readonly idx: number;
  readonly hashes: Buffer;
}

/**
 * Rows whose `hashes` hold a subtree of at least {@link CACHED_MIN_LEVEL} levels (one row in
 * 64), bounded; a full cache starts over. Safe to share across calls and connections: only
 * committed rows are ever fetched, and those never change.
 */
export class SubtreeRowCache {
  readonly #rows = new Map<number, Buffer>();
  readonly #maxRows: number;

  /** Keeps at most `maxRows` rows (default 65,536: about 16 MiB at the largest rows). */
  constructor(maxRows = 65_536) {
    this.#maxRows = maxRows;
  }

  /** The cached hashes of entry `idx`, or undefined. */
  get(idx: number): Buffer | undefined {
    return this.#rows.get(idx);
  }

  /** Keeps the fetched rows that hold upper subtrees. */
  keep(rows: readonly HashesRow[]): void {
    for (const row of rows) {
      if (row.hashes.length <= CACHED_MIN_LEVEL * HASH_BYTES) continue;
      if (this.#rows.size >= this.#maxRows) this.#rows.clear();
      this.#rows.set(row.idx, row.hashes);
    }
  }
}

/** Rows holding subtrees of this level or higher are cached (64 leaves and more). */
export const CACHED_MIN_LEVEL = 6;

/** What a dry run found it needs: rows to fetch, and the cached rows it relies on. */
export interface SubtreeNeeds {
  readonly fetch: number[];
  readonly held: ReadonlyMap<number, Buffer>;
}

/**
 * The entries whose `hashes` `compute` reads: those `cache` does not hold, to fetch, and those
 * it does, taken now (another call may clear the cache before this one's real run). A rejected
 * dry run is left for the real run to report.
 */
export function recordSubtreeReads(compute: (read: SubtreeReader) => unknown, cache?: SubtreeRowCache): SubtreeNeeds {
  const fetch = new Set<number>();
  const held = new Map<number, Buffer>();
  const dry: unknown = compute((level, index) => {
    const { entry } = subtreeLocation(level, index);
    const cached = cache?.get(entry);
    if (cached === undefined) fetch.add(entry);
    else held.set(entry, cached);
    return ZERO;
  });
  // A rejected dry run (a bad argument) rejects the real run the same way; only that one is reported.
  if (dry instanceof Promise) dry.catch(() => {});
  return { fetch: [...fetch], held };
}

/** The query fetching the `hashes` of `entries` (a prepared statement: one round trip). */
export function subtreeRowsQuery(sql: Queryable, quotedSchema: string, entries: readonly number[]) {
  return sql.unsafe<HashesRow[]>(
    `SELECT idx, hashes FROM ${quotedSchema}.entries WHERE idx = ANY($1::bigint[])`,
    [entries] as never,
    { prepare: true },
  );
}

/** A reader over fetched rows and the cached rows a dry run took; a subtree neither holds means a damaged ledger (or a bug). */
export function fetchedReader(rows: readonly HashesRow[], held?: ReadonlyMap<number, Buffer>): SubtreeReader {
  const byIndex = new Map(rows.map((row) => [row.idx, row.hashes]));
  return (level, index) => {
    const { entry, offset } = subtreeLocation(level, index);
    const blob = byIndex.get(entry) ?? held?.get(entry);
    if (blob === undefined) throw pgErrors.corruptEntry(entry, `no row holds subtree (level ${level}, index ${index})`);
    if (blob.length < offset + HASH_BYTES) {
      throw pgErrors.corruptEntry(entry, `its hashes are ${blob.length} bytes, too short for level ${level}`);
    }
    return blob.subarray(offset, offset + HASH_BYTES);
  };
}

/** Runs `compute` over the stored subtree hashes it needs, fetched in one query (or none, when cached). */
export async function withStoredSubtrees<T>(
  sql: Queryable,
  quotedSchema: string,
  compute: (read: SubtreeReader) => T,
  cache?: SubtreeRowCache,
): Promise<T> {
  const needs = recordSubtreeReads(compute, cache);
  const rows = needs.fetch.length === 0 ? [] : await subtreeRowsQuery(sql, quotedSchema, needs.fetch);
  cache?.keep(rows);
  return compute(fetchedReader(rows, needs.held));
}

/**
 * Core's tree code reads stored subtree hashes through a synchronous `SubtreeReader`; this
 * store's hashes are a round trip away. Which subtrees a root, proof or frontier needs
 * depends only on sizes and indexes, never on hash values, so the computation is run twice:
 * once over a reader that records what it is asked for (answering zeros), then — after one
 * query fetched exactly those rows — over the fetched hashes. One round trip per call, and
 * the tree geometry stays in core.
 */
import { HASH_BYTES, type SubtreeReader, subtreeLocation } from '@govledger/core';
import type { Queryable } from './connection.ts';
import { pgErrors } from './errors.ts';

const ZERO = new Uint8Array(HASH_BYTES);

/** The entries whose `hashes` `compute` reads (a rejected dry run is left for the real run to report). */
export function recordSubtreeReads(compute: (read: SubtreeReader) => unknown): number[] {
  const entries = new Set<number>();
  const dry: unknown = compute((level, index) => {
    entries.add(subtreeLocation(level, index).entry);
    return ZERO;
  });
  // A rejected dry run (a bad argument) rejects the real run the same way; only that one is reported.
  if (dry instanceof Promise) dry.catch(() => {});
  return [...entries];
}

/** The query fetching the `hashes` of `entries`. */
export function subtreeRowsQuery(sql: Queryable, quotedSchema: string, entries: readonly number[]) {
  return sql.unsafe<{ idx: number; hashes: Buffer }[]>(
    `SELECT idx, hashes FROM ${quotedSchema}.entries WHERE idx = ANY($1::bigint[])`,
    [entries] as never,
  );
}

/** A reader over fetched rows; a subtree they do not hold means a damaged ledger (or a bug). */
export function fetchedReader(rows: readonly { idx: number; hashes: Buffer }[]): SubtreeReader {
  const byIndex = new Map(rows.map((row) => [row.idx, row.hashes]));
  return (level, index) => {
    const { entry, offset } = subtreeLocation(level, index);
    const blob = byIndex.get(entry);
    if (blob === undefined) throw pgErrors.corruptEntry(entry, `no row holds subtree (level ${level}, index ${index})`);
    if (blob.length < offset + HASH_BYTES) {
      throw pgErrors.corruptEntry(entry, `its hashes are ${blob.length} bytes, too short for level ${level}`);
    }
    return blob.subarray(offset, offset + HASH_BYTES);
  };
}

/** Runs `compute` over the stored subtree hashes it needs, fetched in one query. */
export async function withStoredSubtrees<T>(
  sql: Queryable,
  quotedSchema: string,
  compute: (read: SubtreeReader) => T,
): Promise<T> {
  const entries = recordSubtreeReads(compute);
  if (entries.length === 0) return compute(() => ZERO);
  return compute(fetchedReader(await subtreeRowsQuery(sql, quotedSchema, entries)));
}

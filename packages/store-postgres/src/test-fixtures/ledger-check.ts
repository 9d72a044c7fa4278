/**
 * Test helper: what a test must know of a ledger after concurrent or interrupted appends —
 * its whole Merkle log recomputed from the leaf bytes by core's `LogRecomputer` (which trusts
 * no stored hash) and compared with the served root, the indexes seen, every event, and each
 * stream's versions.
 */
import { type EventStore, LogRecomputer, type LogMismatch, type RecordedEvent } from '@govledger/core';

/** The result of {@link checkLedger}. */
export interface LedgerCheck {
  readonly size: number;
  /** True when indexes are exactly 0..size-1 in order. */
  readonly dense: boolean;
  readonly firstMismatch: LogMismatch | undefined;
  readonly rootMatches: boolean;
  readonly events: readonly RecordedEvent[];
  /** True when every stream's versions are 0..n-1 in ledger order. */
  readonly streamsDense: boolean;
  /** True when no event id repeats. */
  readonly idsUnique: boolean;
}

/** Reads and recomputes the whole ledger. */
export async function checkLedger(store: EventStore): Promise<LedgerCheck> {
  const { size } = await store.head();
  const recomputer = new LogRecomputer();
  let dense = true;
  let expected = 0;
  for await (const { index, leaf, hashes } of store.log.readHashedLeaves(0, size)) {
    if (index !== expected++) dense = false;
    recomputer.push(index, leaf, hashes);
  }
  if (expected !== size) dense = false;
  const head = await store.log.treeHead(size);
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  const versions = new Map<string, number>();
  let streamsDense = true;
  for (const event of events) {
    const next = versions.get(event.streamId) ?? 0;
    if (event.streamVersion !== next) streamsDense = false;
    versions.set(event.streamId, next + 1);
  }
  return {
    size,
    dense,
    firstMismatch: recomputer.firstMismatch,
    rootMatches: Buffer.from(head.root).equals(recomputer.root()),
    events,
    streamsDense,
    idsUnique: new Set(events.map((e) => e.eventId)).size === events.length,
  };
}

/** Counts events per `(by, i)` batch tag, as the appender fixture writes them. */
export function eventsPerBatch(events: readonly RecordedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = `${String(event.data.by)} ${String(event.data.i)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

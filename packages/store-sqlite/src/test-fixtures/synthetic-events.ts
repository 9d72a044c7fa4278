/**
 * A synthetic workload for benchmarks and crash tests: complaint-like events of a chosen
 * canonical leaf size, spread round-robin over a number of streams. Deterministic: event
 * `n` is always the same proposed event for the same options.
 */
import { canonicalLeaf, type ProposedEvent, type StreamAppend } from '@govledger/core';

/** Shape of the synthetic workload. */
export interface SyntheticOptions {
  /** Streams the events are spread over (default 100). */
  readonly streams?: number;
  /** Approximate canonical leaf size in bytes, including the store's eventId and recordedAt (default 400). */
  readonly leafBytes?: number;
}

const TYPES = ['ComplaintFiled', 'ComplaintAssigned', 'ComplaintResponded', 'ComplaintResolved'];

function event(n: number, streams: number, padding: string): ProposedEvent {
  const streamId = `complaint-${n % streams}`;
  return {
    streamId,
    type: TYPES[Math.floor(n / streams) % TYPES.length]!,
    schemaVersion: 1,
    data: { n, community: `community-${n % 37}`, note: padding },
    metadata: { actor: { id: 'bench', role: 'system' }, occurredAt: '2024-03-01T08:00:00.000Z' },
  };
}

/** Padding that brings an event's leaf to about `leafBytes` (measured once on a probe). */
function paddingFor(leafBytes: number, streams: number): string {
  const probe = event(0, streams, '');
  const bytes = canonicalLeaf({
    ...probe,
    streamVersion: 0,
    eventId: '01900000-0000-7000-8000-000000000000',
    metadata: { ...probe.metadata, recordedAt: '2024-03-01T08:00:00.000Z' },
  }).length;
  return 'x'.repeat(Math.max(0, leafBytes - bytes - 8));
}

/**
 * Events `from` … `from + count − 1` as one batch, one group per stream (expected version
 * `'any'`), in event order within each stream.
 *
 * @example await store.appendBatch(syntheticBatch(0, 1000)); // 1,000 events of ~400 bytes
 */
export function syntheticBatch(from: number, count: number, options: SyntheticOptions = {}): StreamAppend[] {
  const streams = options.streams ?? 100;
  const padding = paddingFor(options.leafBytes ?? 400, streams);
  const groups = new Map<string, ProposedEvent[]>();
  for (let n = from; n < from + count; n++) {
    const proposed = event(n, streams, padding);
    const group = groups.get(proposed.streamId);
    if (group) group.push(proposed);
    else groups.set(proposed.streamId, [proposed]);
  }
  return [...groups].map(([streamId, events]) => ({ streamId, expectedVersion: 'any', events }));
}

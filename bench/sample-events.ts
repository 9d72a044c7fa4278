/**
 * Benchmark events: about 400 bytes of canonical leaf each, spread over many streams, with
 * Chinese text as the real ledger has.
 */
import type { ProposedEvent, StreamAppend } from '@govledger/core';

const CATEGORIES = ['repair', 'noise', 'parking', 'sanitation', 'security'];

/** The i-th benchmark event. */
export function benchEvent(i: number): ProposedEvent {
  const streamId = `complaint-${i % 50_000}`;
  return {
    streamId,
    type: 'ComplaintFiled',
    schemaVersion: 1,
    data: {
      complaintId: `c-${i}`,
      communityId: `community-${i % 363}`,
      companyId: `company-${i % 16}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      description: '电梯故障，请尽快维修。Lift out of order since morning.',
      unitId: `unit-${i % 9973}`,
    },
    metadata: {
      actor: { id: `resident-${i % 7919}`, role: 'resident' },
      occurredAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      correlationId: `corr-${i}`,
    },
  };
}

/** Batches of `batchSize` events, grouped per stream, starting at event `from`. */
export function benchBatch(from: number, batchSize: number): StreamAppend[] {
  const groups: StreamAppend[] = [];
  for (let i = from; i < from + batchSize; i++) {
    const event = benchEvent(i);
    groups.push({ streamId: event.streamId, expectedVersion: 'any', events: [event] });
  }
  return groups;
}

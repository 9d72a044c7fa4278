/**
 * Sample proposed events for store tests.
 */
import type { ProposedEvent } from '../envelope.ts';

/**
 * A valid proposed event on `streamId`; `data` and `type` may be overridden.
 *
 * @example sampleEvent('complaint-1', { n: 1 })
 */
export function sampleEvent(
  streamId: string,
  data: Record<string, unknown> = {},
  type = 'SomethingHappened',
): ProposedEvent {
  return {
    streamId,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'tester', role: 'system' },
      occurredAt: '2024-01-02T03:04:05.000Z',
    },
  };
}

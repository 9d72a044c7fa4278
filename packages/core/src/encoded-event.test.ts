import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { assembleLeaf, encodeEvent } from './encoded-event.ts';
import { canonicalLeaf } from './leaf.ts';

const proposedArb = fc.record({
  streamId: fc.string({ minLength: 1, maxLength: 20 }),
  type: fc.string({ minLength: 1, maxLength: 20 }),
  schemaVersion: fc.integer({ min: 1, max: 9 }),
  data: fc.dictionary(fc.string(), fc.jsonValue()),
  metadata: fc.record(
    {
      actor: fc.record({ id: fc.string({ minLength: 1 }), role: fc.string({ minLength: 1 }) }),
      occurredAt: fc.constant('2024-03-01T08:00:00.000Z'),
      correlationId: fc.string({ minLength: 1 }),
      causationId: fc.string({ minLength: 1 }),
    },
    { requiredKeys: ['actor', 'occurredAt'] },
  ),
});

describe('encoded events', () => {
  it('assemble into exactly the canonical leaf of the recorded event', () => {
    fc.assert(
      fc.property(proposedArb, fc.nat(1000), fc.uuid(), (proposed, streamVersion, eventId) => {
        const encoded = encodeEvent(proposed);
        if (isLeft(encoded)) return; // e.g. -0 or lone surrogates in generated data
        const recordedAt = '2024-03-02T00:00:00.000Z';
        const leaf = assembleLeaf(encoded.right, { streamVersion, eventId, recordedAt });
        const expected = canonicalLeaf({
          ...encoded.right.event,
          streamVersion,
          eventId,
          metadata: { ...encoded.right.event.metadata, recordedAt },
        });
        expect(leaf).toBe(expected.toString('utf8'));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses unknown metadata fields instead of keeping or dropping them silently', () => {
    const event = {
      streamId: 's',
      type: 'T',
      schemaVersion: 1,
      data: {},
      metadata: { actor: { id: 'a', role: 'r', name: '张伟' }, occurredAt: '2024-03-01T08:00:00Z', source: 'x' },
    };
    const encoded = encodeEvent(event);
    expect(isLeft(encoded) && encoded.left[0]?.path).toBe('metadata.actor.name');
    const onlySource = encodeEvent({ ...event, metadata: { ...event.metadata, actor: { id: 'a', role: 'r' } } });
    expect(isLeft(onlySource) && onlySource.left[0]?.path).toBe('metadata.source');
    const onlyActor = encodeEvent({
      ...event,
      metadata: { actor: event.metadata.actor, occurredAt: event.metadata.occurredAt },
    });
    expect(isLeft(onlyActor) && onlyActor.left[0]?.path).toBe('metadata.actor.name');
    expect(
      isRight(
        encodeEvent({ ...event, metadata: { actor: { id: 'a', role: 'r' }, occurredAt: '2024-03-01T08:00:00Z' } }),
      ),
    ).toBe(true);
  });
});

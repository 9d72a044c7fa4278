import { describe, expect, it } from 'vitest';
import { encodeEvent } from './encoded-event.ts';
import { type AppendContext, prepareAppend } from './prepare-append.ts';
import type { StreamAppend } from './store.ts';
import { sampleEvent } from './testing/sample-events.ts';

const context = (): AppendContext => {
  let id = 0;
  return {
    size: 4,
    versionOf: (streamId) => (streamId === 'a' ? 2 : 'no-stream'),
    recordedAt: '2024-06-01T00:00:00.000Z',
    newEventId: () => `0190a000-0000-7000-8000-${(id++).toString(16).padStart(12, '0')}`,
  };
};

const batch: StreamAppend[] = [
  { streamId: 'a', expectedVersion: 2, events: [sampleEvent('a', { n: 1 }), sampleEvent('a', { n: 2 })] },
  { streamId: 'b', expectedVersion: 'no-stream', events: [sampleEvent('b', { n: 3 })] },
];
const encodedAll = (groups: readonly StreamAppend[]) => groups.flatMap((g) => g.events.map((e) => encodeEvent(e)));

describe('preparing a batch whose events were encoded ahead', () => {
  it('gives the very entries and leaves of a batch encoded while it is prepared', () => {
    const ahead = prepareAppend(batch, context(), encodedAll(batch));
    expect(ahead._tag).toBe('Right');
    expect(ahead).toEqual(prepareAppend(batch, context()));
  });

  it("reports an event's encoding problems at its position in the batch", () => {
    const broken: StreamAppend[] = [batch[0]!, { ...batch[1]!, events: [{ ...sampleEvent('b'), type: '' }] }];
    const done = prepareAppend(broken, context(), encodedAll(broken));
    expect(done).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidEvent', position: 2 } });
    expect(done).toEqual(prepareAppend(broken, context()));
  });

  it('reports a wrong expected version of an earlier group before a later event the encoding refused', () => {
    const broken: StreamAppend[] = [
      { ...batch[0]!, expectedVersion: 1 },
      { ...batch[1]!, events: [{ ...sampleEvent('b'), type: '' }] },
    ];
    const done = prepareAppend(broken, context(), encodedAll(broken));
    expect(done).toMatchObject({ _tag: 'Left', left: { _tag: 'WrongExpectedVersion', streamId: 'a' } });
  });

  it('gives the same entries from the encoded events alone, as AppendOptions.encoded carries them', () => {
    const encoded = encodedAll(batch)
      .map((e) => (e._tag === 'Right' ? e.right : undefined))
      .filter((e) => e !== undefined);
    expect(prepareAppend(batch, context(), encoded)).toEqual(prepareAppend(batch, context()));
  });

  it('encodes afresh an event whose given encoding is of another object, so a mismatched list cannot change a leaf', () => {
    const encoded = encodedAll(batch)
      .map((e) => (e._tag === 'Right' ? e.right : undefined))
      .filter((e) => e !== undefined);
    // The first event's encoding handed for a copy of it carrying other data.
    const changed: StreamAppend[] = [
      { ...batch[0]!, events: [sampleEvent('a', { n: 99 }), batch[0]!.events[1]!] },
      batch[1]!,
    ];
    const done = prepareAppend(changed, context(), encoded);
    expect(done).toEqual(prepareAppend(changed, context()));
    expect(done._tag === 'Right' && done.right[0]!.leaf.toString('utf8')).toContain('"n":99');
  });
});

import { encodeEvent, type ProposedEvent } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ENCODE_AHEAD_MIN_EVENTS, EncodeAhead } from './encode-ahead.ts';

const events = (count: number, from = 0): ProposedEvent[] =>
  Array.from({ length: count }, (_, i) =>
    sampleEvent(`s-${(from + i) % 9}`, { i: from + i, text: '电梯故障 "quoted" \\ ok' }),
  );

describe('encoding a large batch on a second thread', () => {
  let ahead = new EncodeAhead();
  afterEach(async () => {
    await ahead.close();
    ahead = new EncodeAhead();
  });

  it("encodes every chunk exactly as core encodes it on this thread, keeping the caller's events", async () => {
    const chunks = [events(200), events(ENCODE_AHEAD_MIN_EVENTS, 200)];
    const pending = ahead.encodeChunks(chunks);
    expect(pending).not.toBeNull();
    const answers = await Promise.all(pending!);
    answers.forEach((answer, c) => {
      expect(answer).toHaveLength(chunks[c]!.length);
      answer!.forEach((encoded, i) => {
        const here = encodeEvent(chunks[c]![i]);
        expect(encoded).toEqual(here);
        expect(encoded._tag === 'Right' && encoded.right.event).toBe(chunks[c]![i]);
      });
    });
  }, 60_000);

  it('returns the problems of an invalid event at its place in the chunk', async () => {
    const chunk = events(ENCODE_AHEAD_MIN_EVENTS);
    chunk[7] = { ...chunk[7]!, type: '' };
    const [answer] = await Promise.all(ahead.encodeChunks([chunk])!);
    expect(answer![7]).toEqual(encodeEvent(chunk[7]));
    expect(answer![7]!._tag).toBe('Left');
    expect(answer![6]!._tag).toBe('Right');
  }, 60_000);

  it('leaves a small batch to the calling thread', () => {
    expect(ahead.encodeChunks([events(ENCODE_AHEAD_MIN_EVENTS - 1)])).toBeNull();
  });

  it('leaves a batch holding a value that is not plain JSON to the calling thread, where it is refused as always', () => {
    class Money {
      constructor(readonly yuan: number) {}
    }
    const chunk = events(ENCODE_AHEAD_MIN_EVENTS);
    chunk[3] = sampleEvent('s-3', { amount: new Money(5) });
    expect(ahead.encodeChunks([chunk])).toBeNull();
    expect(encodeEvent(chunk[3])._tag).toBe('Left');
  });
});

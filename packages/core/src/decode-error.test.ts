import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { decodeWith, formatDecodeError } from './decode-error.ts';
import { ProposedEvent } from './envelope.ts';

describe('decodeWith', () => {
  it('lists every bad path with its reason, through intersections', () => {
    const result = decodeWith(ProposedEvent, {
      streamId: '',
      type: 'T',
      schemaVersion: 1.5,
      data: [],
      metadata: { actor: { id: 'a' }, occurredAt: '2024-02-30T00:00:00+08:00' },
    });
    expect(isLeft(result)).toBe(true);
    if (!isLeft(result)) return;
    const paths = result.left.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['streamId', 'schemaVersion', 'data', 'metadata.actor.role', 'metadata.occurredAt']),
    );
    expect(formatDecodeError(result.left)).toContain(
      'metadata.actor.role: expected NonEmptyString (a string), got nothing',
    );
  });
});

describe('decodeWith on an enumeration', () => {
  it('names the values the enumeration allows when a value is not one of them', () => {
    const Colour = t.keyof({ red: null, green: null }, 'Colour');
    const result = decodeWith(t.type({ colour: Colour }), { colour: 'leak' });
    expect(isLeft(result)).toBe(true);
    if (!isLeft(result)) return;
    expect(formatDecodeError(result.left)).toBe('colour: expected Colour, one of "red", "green", got "leak"');
  });
});

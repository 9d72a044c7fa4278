import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeWith } from './decode-error.ts';
import { checkedInteger, Id, IsoTime, isRealIsoTime, isValidId, ProposedEvent } from './envelope.ts';

describe('the Id codec', () => {
  it('accepts ordinary ids', () => {
    for (const id of ['complaint-001', 'person-7f3a', '张家港-社区-1', 'a.b_c:d']) expect(isValidId(id)).toBe(true);
  });

  it('refuses blank, control characters, path characters, lone surrogates and __proto__', () => {
    for (const id of [
      '',
      ' ',
      '\t',
      'a\u0000b',
      'a\nb',
      'a\u007fb',
      '../x',
      'a/b',
      'a\\b',
      'x..y',
      '__proto__',
      '\ud800',
      'x'.repeat(513),
    ])
      expect(isValidId(id), JSON.stringify(id)).toBe(false);
  });

  it('names the field of a refused id in a proposed event', () => {
    const event = {
      streamId: '../x',
      type: 'T',
      schemaVersion: 1,
      data: {},
      metadata: { actor: { id: 'a', role: 'r' }, occurredAt: '2024-03-01T08:00:00Z' },
    };
    const decoded = decodeWith(ProposedEvent, event);
    expect(isLeft(decoded) && decoded.left.problems[0]?.path).toBe('streamId');
    expect(isRight(decodeWith(Id, 'complaint-1'))).toBe(true);
  });
});

describe('the IsoTime codec', () => {
  it('accepts real times from 1900 to 2999', () => {
    for (const s of ['2024-02-29T00:00:00Z', '1900-01-01T00:00:00Z', '2999-12-31T23:59:59.999Z'])
      expect(isRealIsoTime(s), s).toBe(true);
  });

  it('refuses dates that are not in the calendar and years out of range', () => {
    for (const s of [
      '2024-02-30T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T00:60:00Z',
      '2024-01-01T00:00:00',
    ])
      expect(isLeft(decodeWith(IsoTime, s)), s).toBe(true);
  });
});

describe('checkedInteger', () => {
  const Dozen = checkedInteger('Dozen', (n) => n >= 1 && n <= 12, 'an integer from 1 to 12');

  it('accepts a safe integer that passes its check, as a plain number', () => {
    const decoded = decodeWith(Dozen, 12);
    expect(isRight(decoded) && decoded.right).toBe(12);
    expect(Dozen.is(1)).toBe(true);
  });

  it('refuses fractions, unsafe integers, numbers outside the check and non-numbers, naming the reason', () => {
    for (const u of [1.5, 13, 0, 2 ** 53, Number.NaN, '3', null]) {
      const decoded = decodeWith(Dozen, u);
      expect(isLeft(decoded), String(u)).toBe(true);
      expect(Dozen.is(u), String(u)).toBe(false);
    }
    const refused = decodeWith(Dozen, 13);
    expect(isLeft(refused) && refused.left.problems[0]?.reason).toBe('expected an integer from 1 to 12, got 13');
  });
});

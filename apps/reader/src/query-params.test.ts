import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { asOfFrom, atFrom } from './query-params.ts';

describe('asOfFrom', () => {
  it('reads an index, a time, and a bare date as the end of that day in China Standard Time', () => {
    expect(asOfFrom(undefined)).toEqual(right(undefined));
    expect(asOfFrom('41')).toEqual(right({ index: 41 }));
    expect(asOfFrom('2024-06-30T08:00:00Z')).toEqual(right({ time: '2024-06-30T08:00:00Z' }));
    expect(asOfFrom('2024-06-30')).toEqual(right({ time: '2024-06-30T15:59:59.999Z' }));
  });

  it('refuses a date or time that does not exist', () => {
    expect(asOfFrom('2024-02-30')).toEqual(
      left({ _tag: 'BadParameter', parameter: 'asOf', reason: '2024-02-30 is not a date of the calendar' }),
    );
    expect(asOfFrom('2024-06-30T25:00:00Z')._tag).toBe('Left');
    expect(asOfFrom('soon')._tag).toBe('Left');
  });
});

describe('atFrom', () => {
  it('keeps a real time and refuses an impossible one', () => {
    expect(atFrom('2024-02-29T12:00:00Z')).toEqual(right('2024-02-29T12:00:00Z'));
    expect(atFrom('2023-02-29T12:00:00Z')._tag).toBe('Left');
  });
});

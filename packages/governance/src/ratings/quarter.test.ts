import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addQuarters, previousQuarters, Quarter, quarterAt, quarterIndex, quarterKey, quarterOf } from './quarter.ts';

describe('quarters', () => {
  it('accepts 2024Q1 to 2024Q4 and refuses anything else', () => {
    expect(['2024Q1', '2024Q4'].every((q) => Quarter.is(q))).toBe(true);
    expect(['2024Q0', '2024Q5', '24Q1', '2024-Q1', '2024q1'].some((q) => Quarter.is(q))).toBe(false);
  });

  it('places a time in the quarter of its China Standard Time date', () => {
    expect(quarterOf('2024-03-31T15:59:59Z')).toBe('2024Q1');
    expect(quarterOf('2024-03-31T16:00:00Z')).toBe('2024Q2');
    expect(quarterOf('2023-12-31T16:00:00.000Z')).toBe('2024Q1');
  });

  it('adds quarters across years', () => {
    expect(addQuarters('2024Q3', 2)).toBe('2025Q1');
    expect(addQuarters('2024Q1', -1)).toBe('2023Q4');
    expect(previousQuarters('2024Q2', 3)).toEqual(['2024Q1', '2023Q4', '2023Q3']);
  });

  it('orders quarters as strings in the order of their indices', () => {
    const quarter = fc.integer({ min: 1000 * 4, max: 9999 * 4 + 3 }).map(quarterAt);
    fc.assert(fc.property(quarter, quarter, (a, b) => a < b === quarterIndex(a) < quarterIndex(b)));
  });

  it('undoes adding n quarters by adding -n', () => {
    const quarter = fc.integer({ min: 1000 * 4, max: 9000 * 4 }).map(quarterAt);
    fc.assert(
      fc.property(quarter, fc.integer({ min: -400, max: 400 }), (q, n) => addQuarters(addQuarters(q, n), -n) === q),
    );
  });

  it('keys a quarter’s related state by the quarter’s own text, so every rule reading quarter streams finds them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 4 + 3 }), (index) => {
        const quarter = quarterAt(index);
        expect(quarterKey(quarter)).toBe(quarter);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionByArea } from './apportion.ts';

const unit = (unitId: string, areaM2Hundredths: number) => ({ unitId, areaM2Hundredths });

describe('apportionByArea', () => {
  it('gives the fen left over to the lowest unit id when the remainders tie', () => {
    expect(apportionByArea(100, [unit('c', 1), unit('a', 1), unit('b', 1)])).toEqual([
      { unitId: 'a', amountFen: 34 },
      { unitId: 'b', amountFen: 33 },
      { unitId: 'c', amountFen: 33 },
    ]);
  });

  it('gives the fen left over to the largest remainders first', () => {
    // Exact shares: a 1.5, b 2.5, c 6.0 of 10 fen with areas 3:5:12 → floors 1, 2, 6 and one fen left.
    // Remainders tie between a and b, so a (lower id) gets it.
    expect(apportionByArea(10, [unit('a', 3), unit('b', 5), unit('c', 12)]).map((s) => s.amountFen)).toEqual([2, 2, 6]);
    // Areas 1:2:7 of 9 fen: exact 0.9, 1.8, 6.3 → floors 0, 1, 6; two fen go to a (.9) and b (.8).
    expect(apportionByArea(9, [unit('a', 1), unit('b', 2), unit('c', 7)]).map((s) => s.amountFen)).toEqual([1, 2, 6]);
  });

  it('stays exact for amounts and areas whose product exceeds 2^53', () => {
    const shares = apportionByArea(9_000_000_000_000, [unit('a', 3_000_000_001), unit('b', 6_999_999_999)]);
    expect(shares.reduce((s, x) => s + x.amountFen, 0)).toBe(9_000_000_000_000);
  });

  it('always sums to the amount, keeps each share within one fen of its exact share, and ignores input order', () => {
    const units = fc.uniqueArray(
      fc.record({
        unitId: fc.string({ minLength: 1, maxLength: 6 }),
        areaM2Hundredths: fc.integer({ min: 1, max: 500_000 }),
      }),
      {
        minLength: 1,
        maxLength: 40,
        selector: (u) => u.unitId,
      },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), units, (amount, list) => {
        const shares = apportionByArea(amount, list);
        expect(shares.reduce((s, x) => s + x.amountFen, 0)).toBe(amount);
        const total = list.reduce((s, u) => s + u.areaM2Hundredths, 0);
        for (const share of shares) {
          const area = list.find((u) => u.unitId === share.unitId)!.areaM2Hundredths;
          const exact = (amount * area) / total;
          expect(share.amountFen).toBeGreaterThanOrEqual(Math.floor(exact) - 1e-9);
          expect(share.amountFen).toBeLessThanOrEqual(Math.floor(exact) + 1);
        }
        expect(apportionByArea(amount, [...list].reverse())).toEqual(shares);
      }),
    );
  });
});

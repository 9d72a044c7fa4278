import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tally } from './events.ts';
import type { Matter } from './matters.ts';
import { computeOutcome } from './tally.ts';

/** A tally from [area, owners] pairs per choice. */
function tally(
  total: [number, number],
  approve: [number, number],
  reject: [number, number],
  abstain: [number, number] = [0, 0],
): Tally {
  const w = ([areaM2Hundredths, owners]: [number, number]) => ({ areaM2Hundredths, owners });
  return {
    totalAreaM2Hundredths: total[0],
    totalOwners: total[1],
    approve: w(approve),
    reject: w(reject),
    abstain: w(abstain),
  };
}

describe('participation (two thirds of the area and of the owners)', () => {
  it('is met at exactly two thirds of the area and of the owners', () => {
    const outcome = computeOutcome(4, tally([30_000, 3], [20_000, 2], [0, 0]));
    expect(outcome.participationMet).toBe(true);
    expect(outcome.passed).toBe(true);
  });

  it('is not met one hundredth of a square metre below two thirds of the area', () => {
    const outcome = computeOutcome(4, tally([30_000, 3], [19_999, 2], [0, 0]));
    expect(outcome.participationMet).toBe(false);
    expect(outcome.passed).toBe(false);
    expect(outcome.reasons).toEqual([
      'participating area (of the total area): 19999 of 30000 does not meet ≥ 2/3 (needs 20000)',
    ]);
  });

  it('is not met with two thirds of the area but one owner short of two thirds of the owners', () => {
    const outcome = computeOutcome(4, tally([30_000, 9], [25_000, 5], [0, 0]));
    expect(outcome.participationMet).toBe(false);
    expect(outcome.checks.find((c) => c.name === 'participating-owners')).toMatchObject({
      actual: 5,
      needed: 6,
      met: false,
    });
  });

  it('counts abstentions as participating but not approving', () => {
    const outcome = computeOutcome(1, tally([300, 3], [100, 1], [0, 0], [100, 1]));
    expect(outcome.participating).toEqual({ areaM2Hundredths: 200, owners: 2 });
    expect(outcome.participationMet).toBe(true);
    expect(outcome.approvalMet).toBe(false);
  });
});

describe('matters 6 to 8 (three quarters of the participating area and owners)', () => {
  it('passes at exactly three quarters of the participating area and owners', () => {
    const outcome = computeOutcome(6, tally([400, 4], [300, 3], [100, 1]));
    expect(outcome.passed).toBe(true);
  });

  it('fails one hundredth of a square metre below three quarters of the participating area', () => {
    const outcome = computeOutcome(7, tally([40_000, 4], [29_999, 3], [10_001, 1]));
    expect(outcome.passed).toBe(false);
    expect(outcome.checks.find((c) => c.name === 'approving-area')).toMatchObject({ needed: 30_000, met: false });
  });

  it('fails one owner below three quarters of the participating owners', () => {
    const outcome = computeOutcome(8, tally([800, 8], [700, 5], [100, 3]));
    expect(outcome.passed).toBe(false);
    expect(outcome.checks.find((c) => c.name === 'approving-owners')).toMatchObject({
      actual: 5,
      needed: 6,
      met: false,
    });
  });

  it('fails matter 6 with a majority that a matter 4 vote would pass with', () => {
    const counts = tally([1000, 10], [700, 7], [300, 3]);
    expect(computeOutcome(4, counts).passed).toBe(true);
    expect(computeOutcome(6, counts).passed).toBe(false);
  });
});

describe('other matters (more than half of the participating area and owners)', () => {
  it('fails at exactly half of the participating area', () => {
    const outcome = computeOutcome(2, tally([400, 4], [200, 3], [200, 1]));
    expect(outcome.passed).toBe(false);
    expect(outcome.checks.find((c) => c.name === 'approving-area')).toMatchObject({ rule: '> 1/2', needed: 201 });
  });

  it('fails at exactly half of the participating owners', () => {
    expect(computeOutcome(9, tally([400, 4], [300, 2], [100, 2])).passed).toBe(false);
  });

  it('passes just above half of the participating area and owners', () => {
    expect(computeOutcome(5, tally([400, 3], [201, 2], [199, 1])).passed).toBe(true);
  });

  it('never passes when nobody took part', () => {
    expect(computeOutcome(1, tally([400, 3], [0, 0], [0, 0])).passed).toBe(false);
  });
});

describe('threshold arithmetic', () => {
  it('meets each threshold exactly when the actual value reaches the value it needed', () => {
    const side = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3000 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        side,
        side,
        side,
        fc.nat(5_000_000),
        fc.nat(1000),
        (m, a, r, x, extraArea, extraOwners) => {
          const total: [number, number] = [a[0] + r[0] + x[0] + extraArea, a[1] + r[1] + x[1] + extraOwners];
          const outcome = computeOutcome(m as Matter, tally(total, a, r, x));
          for (const check of outcome.checks) expect(check.met).toBe(check.actual >= check.needed);
          expect(outcome.passed).toBe(outcome.checks.every((c) => c.met));
        },
      ),
    );
  });
});

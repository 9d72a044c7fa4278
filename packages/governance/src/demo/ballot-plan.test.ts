import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Matter } from '../votes/matters.ts';
import { type Intent, planBallots } from './ballot-plan.ts';
import { Random } from './random.ts';
import type { Owner } from './roster.ts';

const ownersOf = (areas: readonly number[]): Owner[] =>
  areas.map((areaM2Hundredths, i) => ({
    ownerId: `person-${i}`,
    person: i,
    kind: 'individual',
    areaM2Hundredths,
    unitIds: [`u-${i}`],
  }));

const areas = fc.array(fc.integer({ min: 5_500, max: 14_500 }), { minLength: 30, maxLength: 200 });
const matter = fc.integer({ min: 1, max: 9 }).map((m) => m as Matter);

describe('planning the ballots of a demo vote', () => {
  it('passes a vote meant to pass, clearly or narrowly', () => {
    fc.assert(
      fc.property(areas, matter, fc.constantFrom<Intent>('pass', 'narrow'), fc.string(), (a, m, intent, key) => {
        expect(planBallots(new Random(key), ownersOf(a), m, intent).outcome.passed).toBe(true);
      }),
    );
  });

  it('fails a vote meant to fail for want of participation on participation', () => {
    fc.assert(
      fc.property(areas, matter, fc.string(), (a, m, key) => {
        const { outcome } = planBallots(new Random(key), ownersOf(a), m, 'fail-participation');
        expect(outcome.participationMet).toBe(false);
      }),
    );
  });

  it('fails a vote meant to fail for want of approval with participation met', () => {
    fc.assert(
      fc.property(areas, matter, fc.string(), (a, m, key) => {
        const { outcome } = planBallots(new Random(key), ownersOf(a), m, 'fail-approval');
        expect(outcome.participationMet).toBe(true);
        expect(outcome.approvalMet).toBe(false);
      }),
    );
  });

  it('casts at most one final ballot per owner', () => {
    const { ballots } = planBallots(new Random('one'), ownersOf(Array(120).fill(9_000)), 5, 'pass');
    expect(new Set(ballots.map((b) => b.owner.ownerId)).size).toBe(ballots.length);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRedBlackList } from './consequences.ts';
import { DEFAULT_CREDIT_POLICY, listingOf, makeCreditPolicy } from './policy.ts';
import { GRADES, type Grade } from './score.ts';

const grades = Object.keys(GRADES) as Grade[];

describe('the credit policy', () => {
  it('lists red only the top grade at or above the red threshold', () => {
    expect(listingOf(90, 'excellent', DEFAULT_CREDIT_POLICY)).toBe('red');
    expect(listingOf(89, 'excellent', DEFAULT_CREDIT_POLICY)).toBeNull();
    expect(listingOf(98, 'good', DEFAULT_CREDIT_POLICY)).toBeNull();
  });

  it('lists black the bottom grade, or any score below the black threshold', () => {
    expect(listingOf(75, 'unqualified', DEFAULT_CREDIT_POLICY)).toBe('black');
    expect(listingOf(59, 'qualified', DEFAULT_CREDIT_POLICY)).toBe('black');
    expect(listingOf(60, 'qualified', DEFAULT_CREDIT_POLICY)).toBeNull();
  });

  it('refuses a policy whose red threshold is below its black threshold', () => {
    expect(() => makeCreditPolicy({ redMinScore: 50, blackBelowScore: 60 })).toThrow(/redMinScore/);
  });

  it('refuses a policy reaching further back than eight quarters', () => {
    expect(() =>
      makeCreditPolicy({ tenderSuspension: { blackListings: 2, withinQuarters: 4, suspendedQuarters: 9 } }),
    ).toThrow(/invalid credit policy/);
  });

  it('puts every rating on at most one list and credits the listed companies their points', () => {
    const ratings = fc.uniqueArray(
      fc.record({
        projectId: fc.stringMatching(/^p-[0-9]{1,3}$/),
        companyId: fc.constantFrom('pc-1', 'pc-2', 'pc-3'),
        score: fc.integer({ min: 0, max: 100 }),
        grade: fc.constantFrom(...grades),
      }),
      { selector: (r) => r.projectId },
    );
    fc.assert(
      fc.property(ratings, (list) => {
        const byProject = new Map(list.map((r) => [r.projectId, r]));
        const published = compileRedBlackList('2024Q1', byProject, DEFAULT_CREDIT_POLICY, new Map());
        const red = new Set(published.red.map((e) => e.projectId));
        expect(published.black.some((e) => red.has(e.projectId))).toBe(false);
        for (const r of list) {
          const listing = listingOf(r.score, r.grade, DEFAULT_CREDIT_POLICY);
          expect(red.has(r.projectId)).toBe(listing === 'red');
        }
        const points = published.consequences.reduce((sum, c) => sum + c.creditPoints, 0);
        expect(points).toBe(2 * published.red.length - 2 * published.black.length);
      }),
    );
  });
});

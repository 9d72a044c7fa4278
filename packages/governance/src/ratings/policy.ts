/**
 * The credit policy: how a quarter's ratings become a red-black list 红黑榜 and what a listing
 * does to a company's credit file 企业信用档案 (credit points, eligibility to tender for
 * 前期物业管理 and to be considered for awards 评优评先).
 *
 * The source document says only that the list is "linked" (挂钩) to the credit evaluation,
 * tendering and awards; the numbers below are this ledger's documented defaults, which an
 * operator may change. Whatever policy is in force is stamped into each
 * `RedBlackListPublished` event together with the consequences it produced, so a replay never
 * depends on today's configuration.
 */
import * as t from 'io-ts';
import { boundedInteger, type Grade, Score } from './score.ts';

/**
 * The most quarters any window, suspension or block of a policy may span. It bounds how far
 * back a rule must look (a tender award reads at most this many earlier quarters' lists).
 */
export const MAX_POLICY_QUARTERS = 8;

const PolicyQuarters = boundedInteger('PolicyQuarters', 0, MAX_POLICY_QUARTERS);
const PositivePolicyQuarters = boundedInteger('PositivePolicyQuarters', 1, MAX_POLICY_QUARTERS);
const CreditPoints = boundedInteger('CreditPoints', -100, 100);

/** Codec of a credit policy (see {@link DEFAULT_CREDIT_POLICY} for the meaning of each field). */
export const CreditPolicy = t.type(
  {
    redMinScore: Score,
    blackBelowScore: Score,
    pointsPerRedListing: CreditPoints,
    pointsPerBlackListing: CreditPoints,
    tenderSuspension: t.type({
      blackListings: PositivePolicyQuarters,
      withinQuarters: PositivePolicyQuarters,
      suspendedQuarters: PolicyQuarters,
    }),
    awardBlockQuarters: PolicyQuarters,
  },
  'CreditPolicy',
);
export type CreditPolicy = t.TypeOf<typeof CreditPolicy>;

/**
 * The default policy:
 * - red list: grade `excellent` **and** score ≥ 90;
 * - black list: grade `unqualified` **or** score < 60;
 * - each red listing (one project on a quarter's red list) adds 2 credit points, each black
 *   listing removes 2;
 * - a company black-listed in 2 quarters within any 4 consecutive quarters may not be awarded a
 *   前期物业管理 tender in the 4 quarters after the second of them;
 * - a company black-listed in a quarter is not eligible for awards 评优评先 in the 2 quarters
 *   after it.
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicy = {
  redMinScore: 90,
  blackBelowScore: 60,
  pointsPerRedListing: 2,
  pointsPerBlackListing: -2,
  tenderSuspension: { blackListings: 2, withinQuarters: 4, suspendedQuarters: 4 },
  awardBlockQuarters: 2,
};

/**
 * A policy built from the defaults and `overrides`. Throws when the result is not a valid
 * policy or when a score could list both red and black (`redMinScore` below
 * `blackBelowScore`): a bad policy is a configuration bug, found when the domain is wired.
 */
export function makeCreditPolicy(overrides: Partial<CreditPolicy> = {}): CreditPolicy {
  const policy = { ...DEFAULT_CREDIT_POLICY, ...overrides };
  if (!CreditPolicy.is(policy)) throw new Error(`invalid credit policy: ${JSON.stringify(policy)}`);
  if (policy.redMinScore < policy.blackBelowScore) {
    throw new Error(
      `invalid credit policy: redMinScore ${policy.redMinScore} is below blackBelowScore ${policy.blackBelowScore}`,
    );
  }
  return policy;
}

/** Which list a rating puts its project on, if any. */
export type Listing = 'red' | 'black';

/** The list a rating of `score` and `grade` lands on under `policy`, or null for neither. */
export function listingOf(score: number, grade: Grade, policy: CreditPolicy): Listing | null {
  if (grade === 'excellent' && score >= policy.redMinScore) return 'red';
  if (grade === 'unqualified' || score < policy.blackBelowScore) return 'black';
  return null;
}

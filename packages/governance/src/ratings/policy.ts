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
import { makePolicy } from '../policy-overrides.ts';
import { DEFAULT_GRADE_SCALE, type GradeScale, makeGradeScale } from './grade-scale.ts';
import { DEFAULT_RATING_WINDOW, RatingWindow } from './rating-window.ts';
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
  return makePolicy('credit policy', CreditPolicy, DEFAULT_CREDIT_POLICY, overrides, (policy) =>
    policy.redMinScore < policy.blackBelowScore
      ? `redMinScore ${policy.redMinScore} is below blackBelowScore ${policy.blackBelowScore}`
      : null,
  );
}

/** Which list a rating puts its project on, if any. */
export type Listing = 'red' | 'black';

/** The list a rating of `score` and `grade` lands on under `policy`, or null for neither. */
export function listingOf(score: number, grade: Grade, policy: CreditPolicy): Listing | null {
  if (grade === 'excellent' && score >= policy.redMinScore) return 'red';
  if (grade === 'unqualified' || score < policy.blackBelowScore) return 'black';
  return null;
}

/**
 * Everything a city configures of its ratings: the credit policy of its red-black list, the
 * grade scale a rating's score and grade must agree under, and the window in which a
 * quarter's ratings are recorded.
 */
export interface RatingsPolicy {
  readonly credit: CreditPolicy;
  readonly gradeScale: GradeScale;
  readonly ratingWindow: RatingWindow;
}

/** The default ratings policy (Zhangjiagang as this ledger reads the source document). */
export const DEFAULT_RATINGS_POLICY: RatingsPolicy = {
  credit: DEFAULT_CREDIT_POLICY,
  gradeScale: DEFAULT_GRADE_SCALE,
  ratingWindow: DEFAULT_RATING_WINDOW,
};

/**
 * Lianyungang (连云港市物业服务企业信用评价管理办法（试行）, 2018): a company on the credit
 * black list may not take part in any property-project tender. Read here as: one black
 * listing suspends tender eligibility for the 4 quarters after it (the measure does not say
 * for how long; a year is this ledger's reading).
 */
export const LIANYUNGANG_RATINGS_POLICY: RatingsPolicy = {
  ...DEFAULT_RATINGS_POLICY,
  credit: makeCreditPolicy({ tenderSuspension: { blackListings: 1, withinQuarters: 1, suspendedQuarters: 4 } }),
};

/**
 * Shangqiu (商丘市物业服务企业信用等级评价, 2022): a black-listed company is restricted from
 * the trade's awards and from property-service tenders. Read here as: one black listing
 * suspends tender eligibility and blocks awards for the 4 quarters after it (the evaluation
 * runs by the year).
 */
export const SHANGQIU_RATINGS_POLICY: RatingsPolicy = {
  ...DEFAULT_RATINGS_POLICY,
  credit: makeCreditPolicy({
    tenderSuspension: { blackListings: 1, withinQuarters: 1, suspendedQuarters: 4 },
    awardBlockQuarters: 4,
  }),
};

/** The named presets a city's configuration may pick by name. */
export const RATINGS_POLICY_PRESETS = {
  default: DEFAULT_RATINGS_POLICY,
  lianyungang: LIANYUNGANG_RATINGS_POLICY,
  shangqiu: SHANGQIU_RATINGS_POLICY,
} as const satisfies Record<string, RatingsPolicy>;

/** The name of a ratings policy preset. */
export type RatingsPolicyPreset = keyof typeof RATINGS_POLICY_PRESETS;

/**
 * A ratings policy built from the defaults and `overrides`, each part validated (throws on a
 * bad one, as {@link makeCreditPolicy} does).
 */
export function makeRatingsPolicy(overrides: Partial<RatingsPolicy> = {}): RatingsPolicy {
  const window = overrides.ratingWindow ?? DEFAULT_RATING_WINDOW;
  if (!RatingWindow.is(window)) throw new Error(`invalid rating window: ${JSON.stringify(window)}`);
  return {
    credit: makeCreditPolicy(overrides.credit ?? {}),
    gradeScale: makeGradeScale(overrides.gradeScale ?? {}),
    ratingWindow: window,
  };
}

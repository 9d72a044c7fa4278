/**
 * Quarterly property-service ratings 物业服务质量评价 and the published red-black lists 红黑榜
 * as the public sees them: every rating with its corrections, and each quarter's lists with
 * the credit policy they were drawn up under. Companies and projects are organisations and
 * places; nothing here is personal.
 *
 * Reads governance's `quarterlyRatings` and `redBlackList` states.
 */
import { ratings } from '@govledger/governance';
import { bool, count, int, list, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The grades, best first (governance's GRADES). */
export const GRADES: readonly string[] = Object.keys(ratings.GRADES);

/** One quarter's ratings, as governance's quarterlyRatings holds them. */
export type QuarterRatingsView = ratings.QuarterRatings;

/** One published list, as governance's redBlackList holds it. */
export type PublishedListView = ratings.PublishedRedBlackList;

/** One correction of a rating. */
export interface CorrectionDto {
  readonly previousScore: number;
  readonly previousGrade: string;
  readonly reason: string;
  readonly correctedAt: string;
}

/** A project's rating in a quarter, with its corrections. */
export interface RatingDto {
  readonly projectId: string;
  readonly companyId: string;
  readonly score: number;
  readonly grade: string;
  readonly ratedAt: string;
  readonly corrections: readonly CorrectionDto[];
}

/** One project on a red or black list. */
export interface ListingDto {
  readonly projectId: string;
  readonly companyId: string;
  readonly score: number;
  readonly grade: string;
}

/** The credit policy a list was drawn up under. */
export interface CreditPolicyDto {
  readonly redMinScore: number;
  readonly blackBelowScore: number;
  readonly pointsPerRedListing: number;
  readonly pointsPerBlackListing: number;
  readonly tenderSuspension: {
    readonly blackListings: number;
    readonly withinQuarters: number;
    readonly suspendedQuarters: number;
  };
  readonly awardBlockQuarters: number;
}

/** A published red-black list in full. */
export interface PublishedListDto {
  readonly quarter: string;
  readonly publishedAt: string;
  readonly red: readonly ListingDto[];
  readonly black: readonly ListingDto[];
  readonly policy: CreditPolicyDto;
}

/** A quarter in the list of quarters. */
export interface QuarterSummaryDto {
  readonly quarter: string;
  readonly published: boolean;
  readonly ratedProjects: number;
}

/** One quarter's ratings in project-id order. */
export interface QuarterRatingsDto {
  readonly quarter: string;
  readonly published: boolean;
  readonly ratings: readonly RatingDto[];
}

/** A published list in brief. */
export interface ListSummaryDto {
  readonly quarter: string;
  readonly publishedAt: string;
  readonly redCount: number;
  readonly blackCount: number;
}

/** The quarters, oldest first. */
export function quarterSummaries(state: Readonly<Record<string, QuarterRatingsView>>): QuarterSummaryDto[] {
  return Object.keys(state)
    .sort()
    .map((q) => ({ quarter: q, published: state[q]!.published, ratedProjects: Object.keys(state[q]!.ratings).length }));
}

/** One quarter's ratings. */
export function quarterRatingsDto(q: QuarterRatingsView): QuarterRatingsDto {
  return {
    quarter: q.quarter,
    published: q.published,
    ratings: Object.keys(q.ratings)
      .sort()
      .map((id) => {
        const r = q.ratings[id]!;
        return {
          projectId: r.projectId,
          companyId: r.companyId,
          score: r.score,
          grade: r.grade,
          ratedAt: r.ratedAt,
          corrections: r.corrections.map((c) => ({
            previousScore: c.previousScore,
            previousGrade: c.previousGrade,
            reason: c.reason,
            correctedAt: c.correctedAt,
          })),
        };
      }),
  };
}

/** The published lists in brief, oldest first. */
export function listSummaries(state: Readonly<Record<string, PublishedListView>>): ListSummaryDto[] {
  return Object.keys(state)
    .sort()
    .map((q) => {
      const l = state[q]!;
      return { quarter: l.quarter, publishedAt: l.publishedAt, redCount: l.red.length, blackCount: l.black.length };
    });
}

const listing = (l: ratings.ListingEntry): ListingDto => ({
  projectId: l.projectId,
  companyId: l.companyId,
  score: l.score,
  grade: l.grade,
});

/** One published list in full. */
export function publishedListDto(l: PublishedListView): PublishedListDto {
  const p = l.policy;
  return {
    quarter: l.quarter,
    publishedAt: l.publishedAt,
    red: l.red.map(listing),
    black: l.black.map(listing),
    policy: {
      redMinScore: p.redMinScore,
      blackBelowScore: p.blackBelowScore,
      pointsPerRedListing: p.pointsPerRedListing,
      pointsPerBlackListing: p.pointsPerBlackListing,
      tenderSuspension: {
        blackListings: p.tenderSuspension.blackListings,
        withinQuarters: p.tenderSuspension.withinQuarters,
        suspendedQuarters: p.tenderSuspension.suspendedQuarters,
      },
      awardBlockQuarters: p.awardBlockQuarters,
    },
  };
}

const score = { type: 'integer', minimum: 0, maximum: 100, description: 'points, 0–100' };

const listingSchema = obj({
  projectId: str(),
  companyId: str('the company managing the project when rated'),
  score,
  grade: oneOf(GRADES),
});

/** Schema of {@link QuarterSummaryDto}. */
export const quarterSummarySchema: Schema = obj({
  quarter: str(),
  published: bool('the red-black list is published; ratings are frozen'),
  ratedProjects: count(),
});

/** Schema of {@link QuarterRatingsDto}. */
export const quarterRatingsSchema: Schema = obj({
  quarter: str(),
  published: bool(),
  ratings: list(
    obj({
      projectId: str(),
      companyId: str(),
      score,
      grade: oneOf(GRADES),
      ratedAt: time(),
      corrections: list(
        obj({ previousScore: score, previousGrade: oneOf(GRADES), reason: str(), correctedAt: time() }),
      ),
    }),
  ),
});

/** Schema of {@link ListSummaryDto}. */
export const listSummarySchema: Schema = obj({
  quarter: str(),
  publishedAt: time(),
  redCount: count(),
  blackCount: count(),
});

/** Schema of a published list. */
export const publishedListSchema: Schema = obj({
  quarter: str(),
  publishedAt: time(),
  red: list(listingSchema, 'best first'),
  black: list(listingSchema, 'worst first'),
  policy: obj(
    {
      redMinScore: score,
      blackBelowScore: score,
      pointsPerRedListing: int(),
      pointsPerBlackListing: int(),
      tenderSuspension: obj({ blackListings: count(), withinQuarters: count(), suspendedQuarters: count() }),
      awardBlockQuarters: count(),
    },
    'the credit policy the list was drawn up under',
  ),
});

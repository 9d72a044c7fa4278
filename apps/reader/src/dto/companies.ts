/**
 * Property companies' credit files 企业信用档案 as the public sees them: red and black
 * listings, credit points, tender suspensions and award blocks (with the list that caused
 * each), tenders awarded, and whether the company may tender or be considered for awards
 * in a given quarter.
 *
 * Reads governance's `companyCreditFiles` state (a record by company id).
 */
import { ratings } from '@govledger/governance';
import { bool, count, int, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';
import { GRADES } from './ratings.ts';

/** One credit file, as governance's companyCreditFiles holds it. */
export type CreditFileView = ratings.CreditFile;

/** One listing of one of the company's projects. */
export interface CreditListingDto {
  readonly quarter: string;
  readonly listing: string;
  readonly projectId: string;
  readonly score: number;
  readonly grade: string;
}

/** A period of quarters (both ends included) and the list that caused it. */
export interface QuarterPeriodDto {
  readonly from: string;
  readonly through: string;
  readonly listedIn: string;
}

/** A company in a list. */
export interface CompanySummaryDto {
  readonly companyId: string;
  readonly name: string | null;
  readonly creditPoints: number;
  readonly redListings: number;
  readonly blackListings: number;
  readonly tenderSuspendedThrough: string | null;
  readonly awardBlockedThrough: string | null;
  readonly tendersAwarded: number;
}

/** One credit file in full, with eligibility in the quarter asked about. */
export interface CreditFileDto extends CompanySummaryDto {
  readonly listings: readonly CreditListingDto[];
  readonly tenderSuspensions: readonly QuarterPeriodDto[];
  readonly awardBlocks: readonly QuarterPeriodDto[];
  readonly awards: readonly { readonly projectId: string; readonly awardedAt: string; readonly quarter: string }[];
  readonly eligibility: {
    readonly quarter: string;
    readonly mayTender: boolean;
    readonly mayBeConsideredForAwards: boolean;
  };
}

/** The quarter, in China Standard Time, of an ISO-8601 UTC time (governance's `quarterOf`). */
export function quarterOfTime(isoTime: string): string {
  return ratings.quarterOf(isoTime);
}

const period = (p: ratings.QuarterPeriod): QuarterPeriodDto => ({
  from: p.from,
  through: p.through,
  listedIn: p.listedIn,
});

/** The summary DTO of a credit file. */
export function companySummaryDto(f: CreditFileView): CompanySummaryDto {
  return {
    companyId: f.companyId,
    name: f.name,
    creditPoints: f.creditPoints,
    redListings: f.listings.filter((l) => l.listing === 'red').length,
    blackListings: f.listings.filter((l) => l.listing === 'black').length,
    tenderSuspendedThrough: f.tenderSuspendedThrough,
    awardBlockedThrough: f.awardBlockedThrough,
    tendersAwarded: f.awards.length,
  };
}

/** The full DTO of a credit file, judging eligibility in `quarter`. */
export function creditFileDto(f: CreditFileView, quarter: string): CreditFileDto {
  return {
    ...companySummaryDto(f),
    listings: f.listings.map((l) => ({
      quarter: l.quarter,
      listing: l.listing,
      projectId: l.projectId,
      score: l.score,
      grade: l.grade,
    })),
    tenderSuspensions: f.tenderSuspensions.map(period),
    awardBlocks: f.awardBlocks.map(period),
    awards: f.awards.map((a) => ({ projectId: a.projectId, awardedAt: a.awardedAt, quarter: a.quarter })),
    eligibility: {
      quarter,
      mayTender: ratings.tenderEligibleIn(f, quarter),
      mayBeConsideredForAwards: ratings.awardEligibleIn(f, quarter),
    },
  };
}

const summaryProperties: Record<string, Schema> = {
  companyId: str(),
  name: nullable(str('the registered name (null if a list names a company never registered)')),
  creditPoints: int('sum of the credit points of every publication'),
  redListings: count(),
  blackListings: count(),
  tenderSuspendedThrough: nullable(str('last quarter of any 前期物业管理 tender suspension')),
  awardBlockedThrough: nullable(str('last quarter of any award block 评优评先')),
  tendersAwarded: count(),
};

/** Schema of {@link CompanySummaryDto}. */
export const companySummarySchema: Schema = obj(summaryProperties);

const periodSchema = obj({ from: str(), through: str(), listedIn: str('the quarter whose list caused it') });

/** Schema of {@link CreditFileDto}. */
export const creditFileSchema: Schema = obj({
  ...summaryProperties,
  listings: list(
    obj({
      quarter: str(),
      listing: oneOf(['red', 'black']),
      projectId: str(),
      score: { type: 'integer', minimum: 0, maximum: 100 },
      grade: oneOf(GRADES),
    }),
  ),
  tenderSuspensions: list(periodSchema),
  awardBlocks: list(periodSchema),
  awards: list(obj({ projectId: str(), awardedAt: time(), quarter: str() })),
  eligibility: obj(
    {
      quarter: str(
        'the quarter judged (the ?quarter asked for, else that of the time in question, China Standard Time)',
      ),
      mayTender: bool('may be awarded a 前期物业管理 tender in that quarter'),
      mayBeConsideredForAwards: bool('may be considered for awards 评优评先 in that quarter'),
    },
    'as far as the credit file knows',
  ),
});

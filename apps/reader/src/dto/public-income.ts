/**
 * Public income 公共收益 from the owners' common parts as the public sees it, per community:
 * income by source and by month (with what no disclosure has covered yet), allocations by
 * target, what is unallocated, and every disclosure. Money in fen.
 *
 * Reads governance's `publicIncome` state.
 */
import { publicIncome } from '@govledger/governance';
import { count, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** One community's public income, as governance's publicIncome projection holds it. */
export type CommunityIncomeView = publicIncome.CommunityPublicIncome;

/** The public income state, as governance's publicIncome projection holds it. */
export type PublicIncomeView = publicIncome.PublicIncomeProjectionState;

/** The income sources (governance's IncomeSource). */
export const INCOME_SOURCES: readonly string[] = Object.keys(publicIncome.IncomeSource.keys);

/** The allocation targets (governance's AllocationTarget). */
export const ALLOCATION_TARGETS: readonly string[] = Object.keys(publicIncome.AllocationTarget.keys);

/** A community's public income in brief. */
export interface IncomeSummaryDto {
  readonly communityId: string;
  readonly totalIncomeFen: number;
  readonly allocatedFen: number;
  readonly unallocatedFen: number;
  readonly undisclosedIncomeFen: number;
  readonly lastDisclosedAt: string | null;
}

/** A community's public income in full. */
export interface IncomeDto extends IncomeSummaryDto {
  readonly bySource: readonly { readonly source: string; readonly incomeFen: number }[];
  readonly byMonth: readonly { readonly month: string; readonly incomeFen: number; readonly undisclosedFen: number }[];
  readonly allocatedByTarget: readonly { readonly target: string; readonly allocatedFen: number }[];
  readonly disclosures: readonly {
    readonly disclosureId: string;
    readonly at: string;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly incomeFen: number;
    readonly documentSha256: string | null;
  }[];
}

/** The summary DTO of a community's income. */
export function incomeSummaryDto(c: CommunityIncomeView): IncomeSummaryDto {
  return {
    communityId: c.communityId,
    totalIncomeFen: c.totalIncomeFen,
    allocatedFen: c.allocatedFen,
    unallocatedFen: c.unallocatedFen,
    undisclosedIncomeFen: c.undisclosedIncomeFen,
    lastDisclosedAt: c.lastDisclosedAt,
  };
}

/** The full DTO of a community's income; months in order. */
export function incomeDto(c: CommunityIncomeView): IncomeDto {
  return {
    ...incomeSummaryDto(c),
    bySource: INCOME_SOURCES.map((source) => ({
      source,
      incomeFen: c.bySource[source as publicIncome.IncomeSource] ?? 0,
    })),
    byMonth: Object.keys(c.byMonth)
      .sort()
      .map((month) => ({
        month,
        incomeFen: c.byMonth[month]!.incomeFen,
        undisclosedFen: c.byMonth[month]!.undisclosedFen,
      })),
    allocatedByTarget: ALLOCATION_TARGETS.map((target) => ({
      target,
      allocatedFen: c.allocatedByTarget[target as publicIncome.AllocationTarget] ?? 0,
    })),
    disclosures: c.disclosures.map((d) => ({
      disclosureId: d.disclosureId,
      at: d.at,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      incomeFen: d.incomeFen,
      documentSha256: d.documentSha256,
    })),
  };
}

const fen = (description: string) => count(`${description}, in fen`);

const summaryProperties: Record<string, Schema> = {
  communityId: str(),
  totalIncomeFen: fen('income recorded'),
  allocatedFen: fen('allocated'),
  unallocatedFen: fen('not yet allocated'),
  undisclosedIncomeFen: fen('income no disclosure has covered yet'),
  lastDisclosedAt: nullable(time()),
};

/** Schema of {@link IncomeSummaryDto}. */
export const incomeSummarySchema: Schema = obj(summaryProperties);

/** Schema of {@link IncomeDto}. */
export const incomeSchema: Schema = obj({
  ...summaryProperties,
  bySource: list(
    obj({
      source: oneOf(INCOME_SOURCES, 'advertising 广告, parking 停车, venue-rental 场地租赁, other'),
      incomeFen: fen('income'),
    }),
  ),
  byMonth: list(
    obj({
      month: str('YYYY-MM, China Standard Time'),
      incomeFen: fen('income'),
      undisclosedFen: fen('not yet disclosed'),
    }),
  ),
  allocatedByTarget: list(obj({ target: oneOf(ALLOCATION_TARGETS), allocatedFen: fen('allocated') })),
  disclosures: list(
    obj({
      disclosureId: str(),
      at: time(),
      periodFrom: str('first month covered'),
      periodTo: str('last month covered'),
      incomeFen: fen('income of the months covered'),
      documentSha256: nullable(str('SHA-256 (hex) of the disclosure document')),
    }),
  ),
});

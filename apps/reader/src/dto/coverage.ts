/**
 * Old-community coverage 老旧小区物业管理全覆盖 as the public sees it: how many management
 * areas and old communities there are, how many are covered and in which mode, the rate as
 * an exact fraction, and each area and community. No event of the area holds personal data.
 *
 * Reads governance's `coverage` state.
 */
import { coverage } from '@govledger/governance';
import { count, list, nullable, obj, oneOf, str, type Schema } from '../schema.ts';

/** The coverage modes (governance's COVERAGE_MODES). */
export const COVERAGE_MODES: readonly string[] = Object.keys(coverage.COVERAGE_MODES);

/** An exact rate as served. */
export interface ExactRateDto {
  readonly numerator: number;
  readonly denominator: number;
  readonly basisPoints: number | null;
}

/** The coverage state, as governance's coverage projection holds it. */
export type CoverageView = coverage.CoverageState;

/** The coverage answer, without its ledger point. */
export interface CoverageDto {
  readonly managementAreas: number;
  readonly oldCommunities: number;
  readonly covered: number;
  readonly rate: ExactRateDto;
  readonly byMode: readonly { readonly mode: string; readonly covered: number }[];
  readonly areas: readonly {
    readonly areaId: string;
    readonly town: string;
    readonly communityIds: readonly string[];
  }[];
  readonly communities: readonly {
    readonly communityId: string;
    readonly name: string;
    readonly town: string;
    readonly areaId: string | null;
    readonly mode: string | null;
    readonly companyId: string | null;
  }[];
}

/** The coverage DTO; areas and communities by id. */
export function coverageDto(s: CoverageView): CoverageDto {
  return {
    managementAreas: s.managementAreas,
    oldCommunities: s.oldCommunities,
    covered: s.covered,
    rate: { numerator: s.rate.numerator, denominator: s.rate.denominator, basisPoints: s.rate.basisPoints },
    byMode: COVERAGE_MODES.map((mode) => ({ mode, covered: s.byMode[mode as coverage.CoverageMode] ?? 0 })),
    areas: Object.keys(s.areas)
      .sort()
      .map((id) => {
        const a = s.areas[id]!;
        return { areaId: a.areaId, town: a.town, communityIds: [...a.communityIds] };
      }),
    communities: Object.keys(s.communities)
      .sort()
      .map((id) => {
        const c = s.communities[id]!;
        return {
          communityId: c.communityId,
          name: c.name,
          town: c.town,
          areaId: c.areaId,
          mode: c.mode,
          companyId: c.companyId,
        };
      }),
  };
}

/** Schema of an exact rate. */
export const exactRateSchema: Schema = obj(
  {
    numerator: count(),
    denominator: count(),
    basisPoints: nullable(count('the rate in 1/10,000, rounded down (10,000 = all); null when the denominator is 0')),
  },
  'an exact fraction',
);

/** Schema of {@link CoverageDto}'s properties. */
export const coverageProperties: Record<string, Schema> = {
  managementAreas: count('management areas 物业管理区域 designated'),
  oldCommunities: count('old communities 老旧小区 registered'),
  covered: count('old communities covered now'),
  rate: exactRateSchema,
  byMode: list(obj({ mode: oneOf(COVERAGE_MODES), covered: count() })),
  areas: list(obj({ areaId: str(), town: str(), communityIds: list(str()) })),
  communities: list(
    obj({
      communityId: str(),
      name: str(),
      town: str(),
      areaId: nullable(str()),
      mode: nullable(oneOf(COVERAGE_MODES)),
      companyId: nullable(str('the serving company, if any')),
    }),
  ),
};

/**
 * The figures of the source document (张住建函〔2024〕27号) that the demo history reproduces,
 * and a check of projection states against them. The check reads only the public projections
 * (pilots, party building, coverage), so it is pure and works on any replay of the ledger.
 */
import type { CoverageState } from '../old-community-coverage/project.ts';
import type { PartyBuildingState } from '../party-building/project.ts';
import type { PilotsState } from '../pilots/project.ts';
import { HUIJIN_ID, JUNLIN_ID, NAMED_SUZHOU_SITE_IDS, PROVINCIAL_SITE_IDS } from './places.ts';

/** The source's figures, as the projections must show them at the end of the demo history. */
export const DEMO_FIGURES = {
  /** 我市现共有试点项目40个. */
  redPropertyPilotProjects: 40,
  /** 悦盛花苑、金香花园、君临新城被评为…省级示范点. */
  provincialDemonstrationSites: 3,
  /** 金城大厦、湖滨世家、钢村嘉园等8个项目获评…市级示范点. */
  suzhouDemonstrationSites: 8,
  /** 推动16家物业企业成立党组织. */
  companiesWithPartyOrganisations: 16,
  /** 有效覆盖全市304名物业从业党员. */
  partyMembersCovered: 304,
  /** 全市共划分104个物业管理区域. */
  managementAreas: 104,
  /** 覆盖了全市363个老旧小区. */
  oldCommunities: 363,
  /** 覆盖率100% (in basis points). */
  coverageBasisPoints: 10_000,
  /** 汇金中心等五个物业管理项目成为苏州市“社区+物业+养老”试点项目. */
  elderlyCarePilots: 5,
  /** “物业+养老”项目获评住建部、工信部数字家庭建设试点. */
  digitalHomePilots: 1,
  /** 指导居民小区建设“红色物业·住区驿站”…并在君临新城进行试点. */
  postStationPilots: 1,
  /** The named sites: the three provincial ones, 金城大厦, 湖滨世家, 钢村嘉园, 汇金中心, 君临新城's post station. */
  namedSitesInPlace: 8,
} as const;

/** One figure compared. */
export interface FigureCheck {
  readonly figure: keyof typeof DEMO_FIGURES;
  readonly expected: number;
  readonly actual: number;
  readonly ok: boolean;
}

/** The projection states the check reads, by projection name (as a replay returns them). */
export type FigureStates = Readonly<Record<string, unknown>>;

function state<S>(states: FigureStates, name: string): S {
  const s = states[name];
  if (s === undefined) throw new Error(`checkDemoFigures needs the ${name} projection`);
  return s as S;
}

/**
 * Compares the `pilots`, `partyBuilding` and `coverage` states in `states` with
 * {@link DEMO_FIGURES}: one check per figure, in the order of the source.
 *
 * @example
 * const { states } = await replayProjections(store, governanceProjections);
 * checkDemoFigures(states).every((c) => c.ok); // true after the demo history
 */
export function checkDemoFigures(states: FigureStates): FigureCheck[] {
  const pilots = state<PilotsState>(states, 'pilots');
  const party = state<PartyBuildingState>(states, 'partyBuilding');
  const coverage = state<CoverageState>(states, 'coverage');
  const provincial = pilots.demonstrationSites.provincial.projectIds;
  const suzhou = pilots.demonstrationSites['suzhou-municipal'].projectIds;
  const named = [
    ...PROVINCIAL_SITE_IDS.map((id) => provincial.includes(id)),
    ...NAMED_SUZHOU_SITE_IDS.map((id) => suzhou.includes(id)),
    pilots.byKind['property-elderly-care'].projectIds.includes(HUIJIN_ID),
    pilots.byKind['post-station'].projectIds.includes(JUNLIN_ID),
  ].filter(Boolean).length;
  const actual: Record<keyof typeof DEMO_FIGURES, number> = {
    redPropertyPilotProjects: pilots.byKind['red-property'].projectIds.length,
    provincialDemonstrationSites: pilots.demonstrationSites.provincial.count,
    suzhouDemonstrationSites: pilots.demonstrationSites['suzhou-municipal'].count,
    companiesWithPartyOrganisations: party.companiesCovered,
    partyMembersCovered: party.partyMembersCovered,
    managementAreas: coverage.managementAreas,
    oldCommunities: coverage.oldCommunities,
    coverageBasisPoints: coverage.rate.basisPoints ?? 0,
    elderlyCarePilots: pilots.byKind['property-elderly-care'].pilotIds.length,
    digitalHomePilots: pilots.byKind['digital-home'].pilotIds.length,
    postStationPilots: pilots.byKind['post-station'].pilotIds.length,
    namedSitesInPlace: named,
  };
  return (Object.keys(DEMO_FIGURES) as (keyof typeof DEMO_FIGURES)[]).map((figure) => ({
    figure,
    expected: DEMO_FIGURES[figure],
    actual: actual[figure],
    ok: actual[figure] === DEMO_FIGURES[figure],
  }));
}

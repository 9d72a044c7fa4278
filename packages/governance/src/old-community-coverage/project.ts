/**
 * The coverage read model 老旧小区物业管理全覆盖: how many management areas and old
 * communities there are, how many are covered, the coverage rate as an exact fraction, and
 * counts per mode. Every event updates counters and one community in place (O(1) per event).
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { ownEntry, splitRecordKey } from '../public-records.ts';
import {
  COVERAGE_MODES,
  type CoverageMode,
  CoverageModeAssigned,
  CoverageWithdrawn,
  ManagementAreaDesignated,
  OldCommunityRegistered,
  isCoverageEvent,
} from './events.ts';

/**
 * A rate as an exact fraction, with its value in basis points (1/10,000) rounded down, so
 * 10,000 means every one and a rate below one never shows as 100%. `basisPoints` is null when
 * the denominator is 0.
 */
export interface ExactRate {
  readonly numerator: number;
  readonly denominator: number;
  readonly basisPoints: number | null;
}

/** The exact rate `numerator / denominator` (non-negative integers). */
export function exactRate(numerator: number, denominator: number): ExactRate {
  return {
    numerator,
    denominator,
    basisPoints: denominator === 0 ? null : Math.floor((numerator * 10_000) / denominator),
  };
}

/** One old community and how it is covered now. */
export interface CommunityCoverage {
  readonly communityId: string;
  readonly name: string;
  readonly town: string;
  areaId: string | null;
  mode: CoverageMode | null;
  companyId: string | null;
}

/** One management area. */
export interface ManagementArea {
  readonly areaId: string;
  readonly town: string;
  readonly communityIds: string[];
}

/** State of {@link coverage}. */
export interface CoverageState {
  managementAreas: number;
  oldCommunities: number;
  covered: number;
  /** covered / old communities. */
  rate: ExactRate;
  /** Covered old communities per mode. */
  readonly byMode: Record<CoverageMode, number>;
  readonly areas: Record<string, ManagementArea>;
  readonly communities: Record<string, CommunityCoverage>;
}

function emptyByMode(): Record<CoverageMode, number> {
  const byMode = {} as Record<CoverageMode, number>;
  for (const mode of Object.keys(COVERAGE_MODES) as CoverageMode[]) byMode[mode] = 0;
  return byMode;
}

function uncover(state: CoverageState, community: CommunityCoverage): void {
  if (community.mode === null) return;
  state.byMode[community.mode]--;
  state.covered--;
  community.areaId = null;
  community.mode = null;
  community.companyId = null;
}

/** Old-community coverage across the city. */
export const coverage: Projection<CoverageState> = {
  name: 'coverage',
  version: 1,
  init: () => ({
    managementAreas: 0,
    oldCommunities: 0,
    covered: 0,
    rate: exactRate(0, 0),
    byMode: emptyByMode(),
    areas: Object.create(null) as Record<string, ManagementArea>,
    communities: Object.create(null) as Record<string, CommunityCoverage>,
  }),
  evolve(state, event: RecordedEvent) {
    if (!isCoverageEvent(event)) return state;
    switch (event.type) {
      case ManagementAreaDesignated.type: {
        const { areaId, town, communityIds } = event.data;
        if (!state.areas[areaId]) state.managementAreas++;
        state.areas[areaId] = { areaId, town, communityIds: [...communityIds] };
        return state;
      }
      case OldCommunityRegistered.type: {
        const { communityId, name, town } = event.data;
        if (state.communities[communityId]) return state;
        state.communities[communityId] = { communityId, name, town, areaId: null, mode: null, companyId: null };
        state.oldCommunities++;
        break;
      }
      case CoverageModeAssigned.type: {
        const { communityId, areaId, mode, companyId } = event.data;
        const community = state.communities[communityId];
        if (!community) return state;
        uncover(state, community);
        community.areaId = areaId;
        community.mode = mode;
        community.companyId = companyId;
        state.byMode[mode]++;
        state.covered++;
        break;
      }
      case CoverageWithdrawn.type: {
        const community = state.communities[event.data.communityId];
        if (!community) return state;
        uncover(state, community);
        break;
      }
      default:
        return state;
    }
    state.rate = exactRate(state.covered, state.oldCommunities);
    return state;
  },
  /**
   * Public records: the city's figures `totals` (management areas, old communities, covered,
   * the exact rate, covered per mode), each area `area/<areaId>` and each old community
   * `community/<communityId>` with how it is covered.
   */
  publicRecords: {
    touched(_state, event) {
      if (!isCoverageEvent(event)) return [];
      const { type, data } = event;
      if (type === ManagementAreaDesignated.type) return ['totals', `area/${data.areaId}`];
      return ['totals', `community/${data.communityId}`];
    },
    read(state, key) {
      const [kind, id] = splitRecordKey(key);
      if (kind === 'totals' && id === '') {
        if (state.managementAreas === 0 && state.oldCommunities === 0) return undefined;
        const { managementAreas, oldCommunities, covered, rate, byMode } = state;
        return { managementAreas, oldCommunities, covered, rate, byMode: { ...byMode } };
      }
      if (kind === 'area') return ownEntry(state.areas, id);
      if (kind === 'community') return ownEntry(state.communities, id);
      return undefined;
    },
    *keys(state) {
      if (state.managementAreas > 0 || state.oldCommunities > 0) yield 'totals';
      for (const id of Object.keys(state.areas)) yield `area/${id}`;
      for (const id of Object.keys(state.communities)) yield `community/${id}`;
    },
  },
};

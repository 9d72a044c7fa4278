/**
 * The streams of the coverage area and their folds: `area-<areaId>` (a management area and
 * the communities it lists) and `old-community-<communityId>` (an old community and how it is
 * covered now). One stream per old community makes "covered in one way at a time" a rule of a
 * single aggregate. States are immutable and small.
 */
import type { Aggregate } from '../command.ts';
import {
  type CoverageMode,
  CoverageModeAssigned,
  CoverageWithdrawn,
  ManagementAreaDesignated,
  OldCommunityRegistered,
  type CoverageEvent,
} from './events.ts';

/** Stream of a management area. */
export const areaStreamId = (areaId: string): string => `area-${areaId}`;
/** Stream of an old community. */
export const oldCommunityStreamId = (communityId: string): string => `old-community-${communityId}`;

/** A management area as its rules see it. */
export interface AreaState {
  readonly designated: boolean;
  readonly communityIds: ReadonlySet<string>;
}

/** Fold of `area-<id>`. */
export const areaAggregate: Aggregate<AreaState, CoverageEvent> = {
  initialState: { designated: false, communityIds: new Set() },
  evolve(state, event: CoverageEvent) {
    if (event.type !== ManagementAreaDesignated.type) return state;
    return { designated: true, communityIds: new Set(event.data.communityIds) };
  },
};

/** How an old community is covered. */
export interface Coverage {
  readonly areaId: string;
  readonly mode: CoverageMode;
  readonly companyId: string | null;
}

/** An old community as its rules see it. */
export interface OldCommunityState {
  readonly registered: boolean;
  /** Its coverage now, or null when uncovered. */
  readonly coverage: Coverage | null;
}

/** Fold of `old-community-<id>`. */
export const oldCommunityAggregate: Aggregate<OldCommunityState, CoverageEvent> = {
  initialState: { registered: false, coverage: null },
  evolve(state, event: CoverageEvent) {
    switch (event.type) {
      case OldCommunityRegistered.type:
        return { registered: true, coverage: null };
      case CoverageModeAssigned.type: {
        const { areaId, mode, companyId } = event.data;
        return { ...state, coverage: { areaId, mode, companyId } };
      }
      case CoverageWithdrawn.type:
        return { ...state, coverage: null };
      default:
        return state;
    }
  },
};

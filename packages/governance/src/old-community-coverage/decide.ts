/**
 * The rules of the coverage area, one function per command. Pure: they read the command, the
 * acting stream's state and the related streams' states.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { CompanyState, PlaceState } from '../registry/aggregate.ts';
import { managementAreaNotRegistered } from '../registry/errors.ts';
import type { AreaState, OldCommunityState } from './aggregate.ts';
import type {
  AssignCoverageModeData,
  DesignateManagementAreaData,
  RegisterOldCommunityData,
  WithdrawCoverageData,
} from './command-data.ts';
import { coverageErrors as errors } from './errors.ts';
import {
  type CoverageMode,
  CoverageModeAssigned,
  CoverageWithdrawn,
  ManagementAreaDesignated,
  OldCommunityRegistered,
} from './events.ts';

/** What a coverage rule returns. */
export type CoverageDecision = Either<DomainError, readonly DecidedEvent[]>;

/** Related key of the management area an assignment names. */
export const AREA_KEY = 'area';
/** Related key of the management area's registration in the registry. */
export const REGISTERED_AREA_KEY = 'registered-area';
/** Related key of the company an assignment names. */
export const COMPANY_KEY = 'company';

/** The most communities one management area may list (keeps its event far below the leaf limit). */
export const MAX_AREA_COMMUNITIES = 500;

/** Whether a mode needs, allows or forbids a serving company. */
export const COMPANY_IN_MODE: Readonly<Record<CoverageMode, 'required' | 'optional' | 'none'>> = {
  'market-company': 'required',
  'state-owned-company': 'required',
  'shared-service': 'optional',
  'owner-self-management': 'none',
};

/**
 * DesignateManagementArea: housing bureau or street office; once per area; the area is
 * registered and active in the registry; it lists 1 to {@link MAX_AREA_COMMUNITIES}
 * communities, none twice.
 */
export function decideDesignateManagementArea(
  input: CommandInput<DesignateManagementAreaData>,
  state: AreaState,
  related: Readonly<Record<string, unknown>>,
): CoverageDecision {
  const allowed = requireRole('DesignateManagementArea', input, 'housing-bureau', 'street-office');
  if (isLeft(allowed)) return allowed;
  const { areaId, town, communityIds } = input.data;
  if (state.designated) return left(errors.areaAlreadyDesignated(areaId));
  if (!(related[REGISTERED_AREA_KEY] as PlaceState | undefined)?.active) {
    return left(managementAreaNotRegistered(areaId));
  }
  if (communityIds.length === 0) return left(errors.areaCommunitiesInvalid(areaId, 'lists no community'));
  if (communityIds.length > MAX_AREA_COMMUNITIES) {
    return left(errors.areaCommunitiesInvalid(areaId, `lists more than ${MAX_AREA_COMMUNITIES} communities`));
  }
  if (new Set(communityIds).size !== communityIds.length) {
    return left(errors.areaCommunitiesInvalid(areaId, 'lists a community twice'));
  }
  return right([{ type: ManagementAreaDesignated.type, data: { areaId, town, communityIds: [...communityIds] } }]);
}

/** RegisterOldCommunity: housing bureau or street office; once per community. */
export function decideRegisterOldCommunity(
  input: CommandInput<RegisterOldCommunityData>,
  state: OldCommunityState,
): CoverageDecision {
  const allowed = requireRole('RegisterOldCommunity', input, 'housing-bureau', 'street-office');
  if (isLeft(allowed)) return allowed;
  const { communityId, name, town } = input.data;
  if (state.registered) return left(errors.communityAlreadyRegistered(communityId));
  return right([{ type: OldCommunityRegistered.type, data: { communityId, name, town } }]);
}

/**
 * AssignCoverageMode: street office; the community is registered and listed by a designated
 * area; the company is given exactly when the mode needs one (optional for shared service) and
 * is registered; re-assigning the same coverage is refused, a different one replaces it.
 */
export function decideAssignCoverageMode(
  input: CommandInput<AssignCoverageModeData>,
  state: OldCommunityState,
  related: Readonly<Record<string, unknown>>,
): CoverageDecision {
  const allowed = requireRole('AssignCoverageMode', input, 'street-office');
  if (isLeft(allowed)) return allowed;
  const { communityId, areaId, mode } = input.data;
  const companyId = input.data.companyId ?? null;
  if (!state.registered) return left(errors.communityNotRegistered(communityId));
  const area = related[AREA_KEY] as AreaState;
  if (!area.designated) return left(errors.areaNotDesignated(areaId));
  if (!area.communityIds.has(communityId)) return left(errors.communityOutsideArea(communityId, areaId));
  const company = COMPANY_IN_MODE[mode];
  if (company === 'required' && companyId === null) return left(errors.companyRequired(mode));
  if (company === 'none' && companyId !== null) return left(errors.companyNotAllowed(mode));
  if (companyId !== null && !(related[COMPANY_KEY] as CompanyState).active) {
    return left(errors.companyNotRegistered(companyId));
  }
  const current = state.coverage;
  if (current && current.areaId === areaId && current.mode === mode && current.companyId === companyId) {
    return left(errors.coverageUnchanged(communityId));
  }
  return right([{ type: CoverageModeAssigned.type, data: { communityId, areaId, mode, companyId } }]);
}

/** WithdrawCoverage: street office; only a covered community, with a reason. */
export function decideWithdrawCoverage(
  input: CommandInput<WithdrawCoverageData>,
  state: OldCommunityState,
): CoverageDecision {
  const allowed = requireRole('WithdrawCoverage', input, 'street-office');
  if (isLeft(allowed)) return allowed;
  const { communityId, reason } = input.data;
  if (state.coverage === null) return left(errors.notCovered(communityId));
  return right([{ type: CoverageWithdrawn.type, data: { communityId, reason } }]);
}

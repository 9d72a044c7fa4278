/**
 * The rules of the coverage area, one function per command. Pure: they read the command, the
 * acting stream's state and the related streams' states.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import {
  type CompanyRegistration,
  type ManagementAreaRegistration,
  requireActiveCompany,
  requireActiveManagementArea,
} from '../registry/references.ts';
import type { AreaState, OldCommunityState } from './aggregate.ts';
import type {
  AssignCoverageModeData,
  DesignateManagementAreaData,
  RegisterOldCommunityData,
  WithdrawCoverageData,
} from './command-data.ts';
import {
  type AreaCommunitiesInvalid,
  type CompanyNotAllowed,
  type CompanyRequired,
  type CoverageError,
  areaAlreadyDesignated,
  areaCommunitiesInvalid,
  areaNotDesignated,
  communityOutsideArea,
  companyNotAllowed,
  companyRequired,
  coverageUnchanged,
  notCovered,
  oldCommunityAlreadyRegistered,
  oldCommunityNotRegistered,
} from './errors.ts';
import {
  type CoverageMode,
  CoverageModeAssigned,
  type CoverageModeAssignedData,
  CoverageWithdrawn,
  type CoverageWithdrawnData,
  ManagementAreaDesignated,
  type ManagementAreaDesignatedData,
  OldCommunityRegistered,
  type OldCommunityRegisteredData,
} from './events.ts';

/** What a coverage rule returns. */
export type CoverageDecision = E.Either<CoverageError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

/** Related key of the management area an assignment names. */
export const AREA_KEY = 'area';
/** Related key of the management area's registration in the registry. */
export const REGISTERED_AREA_KEY = 'registered-area';
/** Related key of the company an assignment names. */
export const COMPANY_KEY = 'company';

/** What DesignateManagementArea reads: the area's registration in the registry. */
export type RegisteredArea = ManagementAreaRegistration<typeof REGISTERED_AREA_KEY>;

/** What AssignCoverageMode reads: the designated area and, when the assignment names one, the company. */
export type CoverageContext = { readonly [AREA_KEY]: AreaState } & CompanyRegistration<typeof COMPANY_KEY>;

/** The most communities one management area may list (keeps its event far below the leaf limit). */
export const MAX_AREA_COMMUNITIES = 500;

/** Whether a mode needs, allows or forbids a serving company. */
export const COMPANY_IN_MODE: Readonly<Record<CoverageMode, 'required' | 'optional' | 'none'>> = {
  'market-company': 'required',
  'state-owned-company': 'required',
  'shared-service': 'optional',
  'owner-self-management': 'none',
};

/** The area lists 1 to {@link MAX_AREA_COMMUNITIES} communities, none twice. */
function requireAreaCommunities(
  areaId: string,
  communityIds: readonly string[],
): E.Either<AreaCommunitiesInvalid, void> {
  if (communityIds.length === 0) return E.left(areaCommunitiesInvalid(areaId, 'lists no community'));
  if (communityIds.length > MAX_AREA_COMMUNITIES) {
    return E.left(areaCommunitiesInvalid(areaId, `lists more than ${MAX_AREA_COMMUNITIES} communities`));
  }
  if (new Set(communityIds).size !== communityIds.length) {
    return E.left(areaCommunitiesInvalid(areaId, 'lists a community twice'));
  }
  return ok;
}

/** The company is given exactly when the mode needs one (optional for shared service). */
function requireCompanyFitsMode(
  mode: CoverageMode,
  companyId: string | null,
): E.Either<CompanyRequired | CompanyNotAllowed, void> {
  const company = COMPANY_IN_MODE[mode];
  if (company === 'required' && companyId === null) return E.left(companyRequired(mode));
  if (company === 'none' && companyId !== null) return E.left(companyNotAllowed(mode));
  return ok;
}

/**
 * DesignateManagementArea: housing bureau or street office; once per area; the area is
 * registered and active in the registry; it lists 1 to {@link MAX_AREA_COMMUNITIES}
 * communities, none twice.
 */
export function decideDesignateManagementArea(
  input: CommandInput<DesignateManagementAreaData>,
  state: AreaState,
  related: RegisteredArea,
): CoverageDecision {
  const { areaId, town, communityIds } = input.data;
  return pipe(
    requireRole('DesignateManagementArea', input, 'housing-bureau', 'street-office'),
    E.chainW(() => (state.designated ? E.left(areaAlreadyDesignated(areaId)) : ok)),
    E.chainW(() => requireActiveManagementArea(related, REGISTERED_AREA_KEY, areaId)),
    E.chainW(() => requireAreaCommunities(areaId, communityIds)),
    E.map(() => [
      {
        type: ManagementAreaDesignated.type,
        data: { areaId, town, communityIds: [...communityIds] } satisfies ManagementAreaDesignatedData,
      },
    ]),
  );
}

/** RegisterOldCommunity: housing bureau or street office; once per community. */
export function decideRegisterOldCommunity(
  input: CommandInput<RegisterOldCommunityData>,
  state: OldCommunityState,
): CoverageDecision {
  const { communityId, name, town } = input.data;
  return pipe(
    requireRole('RegisterOldCommunity', input, 'housing-bureau', 'street-office'),
    E.chainW(() => (state.registered ? E.left(oldCommunityAlreadyRegistered(communityId)) : ok)),
    E.map(() => [
      { type: OldCommunityRegistered.type, data: { communityId, name, town } satisfies OldCommunityRegisteredData },
    ]),
  );
}

/**
 * AssignCoverageMode: street office; the community is registered and listed by a designated
 * area; the company is given exactly when the mode needs one (optional for shared service) and
 * is registered; re-assigning the same coverage is refused, a different one replaces it.
 */
export function decideAssignCoverageMode(
  input: CommandInput<AssignCoverageModeData>,
  state: OldCommunityState,
  related: CoverageContext,
): CoverageDecision {
  const { communityId, areaId, mode } = input.data;
  const companyId = input.data.companyId ?? null;
  const area = related[AREA_KEY];
  const current = state.coverage;
  return pipe(
    requireRole('AssignCoverageMode', input, 'street-office'),
    E.chainW(() => (state.registered ? ok : E.left(oldCommunityNotRegistered(communityId)))),
    E.chainW(() => (area.designated ? ok : E.left(areaNotDesignated(areaId)))),
    E.chainW(() => (area.communityIds.has(communityId) ? ok : E.left(communityOutsideArea(communityId, areaId)))),
    E.chainW(() => requireCompanyFitsMode(mode, companyId)),
    E.chainW(() => (companyId === null ? ok : requireActiveCompany(related, COMPANY_KEY, companyId))),
    E.chainW(() =>
      current && current.areaId === areaId && current.mode === mode && current.companyId === companyId
        ? E.left(coverageUnchanged(communityId))
        : ok,
    ),
    E.map(() => [
      {
        type: CoverageModeAssigned.type,
        data: { communityId, areaId, mode, companyId } satisfies CoverageModeAssignedData,
      },
    ]),
  );
}

/** WithdrawCoverage: street office; only a covered community, with a reason. */
export function decideWithdrawCoverage(
  input: CommandInput<WithdrawCoverageData>,
  state: OldCommunityState,
): CoverageDecision {
  const { communityId, reason } = input.data;
  return pipe(
    requireRole('WithdrawCoverage', input, 'street-office'),
    E.chainW(() => (state.coverage === null ? E.left(notCovered(communityId)) : ok)),
    E.map(() => [{ type: CoverageWithdrawn.type, data: { communityId, reason } satisfies CoverageWithdrawnData }]),
  );
}

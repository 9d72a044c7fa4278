/**
 * What a caller submits for each coverage command: the `data` codec of each command line.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { CoverageMode } from './events.ts';

/** Data of DesignateManagementArea: the area, its town or street, and the communities it covers. */
export const DesignateManagementAreaData = t.type(
  { areaId: Id, town: NonEmptyString, communityIds: t.array(Id) },
  'DesignateManagementArea',
);
export type DesignateManagementAreaData = t.TypeOf<typeof DesignateManagementAreaData>;

/** Data of RegisterOldCommunity. */
export const RegisterOldCommunityData = t.type(
  { communityId: Id, name: NonEmptyString, town: NonEmptyString },
  'RegisterOldCommunity',
);
export type RegisterOldCommunityData = t.TypeOf<typeof RegisterOldCommunityData>;

/** Data of AssignCoverageMode (`companyId` as the mode requires). */
export const AssignCoverageModeData = t.intersection(
  [t.type({ communityId: Id, areaId: Id, mode: CoverageMode }), t.partial({ companyId: Id })],
  'AssignCoverageMode',
);
export type AssignCoverageModeData = t.TypeOf<typeof AssignCoverageModeData>;

/** Data of WithdrawCoverage. */
export const WithdrawCoverageData = t.type({ communityId: Id, reason: NonEmptyString }, 'WithdrawCoverage');
export type WithdrawCoverageData = t.TypeOf<typeof WithdrawCoverageData>;

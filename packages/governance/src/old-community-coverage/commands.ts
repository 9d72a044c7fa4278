/**
 * Commands of the coverage area: the stream each acts on and the streams each rule consults.
 * Their data codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { CommandSpec, RelatedStreamsOf } from '../command.ts';
import { companyAggregate, companyStreamId } from '../registry/aggregate.ts';
import { managementAreaReference } from '../registry/commands.ts';
import {
  type AreaState,
  areaAggregate,
  areaStreamId,
  type OldCommunityState,
  oldCommunityAggregate,
  oldCommunityStreamId,
} from './aggregate.ts';
import {
  AREA_KEY,
  COMPANY_KEY,
  type CoverageContext,
  REGISTERED_AREA_KEY,
  type RegisteredArea,
  decideAssignCoverageMode,
  decideDesignateManagementArea,
  decideRegisterOldCommunity,
  decideWithdrawCoverage,
} from './decide.ts';
import {
  AssignCoverageModeData,
  DesignateManagementAreaData,
  RegisterOldCommunityData,
  WithdrawCoverageData,
} from './command-data.ts';

/** DesignateManagementArea on `area-<id>`, consulting the area's registration in the registry. */
export const DesignateManagementArea: CommandSpec<DesignateManagementAreaData, AreaState, RegisteredArea> = {
  name: 'DesignateManagementArea',
  data: DesignateManagementAreaData,
  streamId: (data) => areaStreamId(data.areaId),
  aggregate: areaAggregate,
  related: (data) => [managementAreaReference(data.areaId, REGISTERED_AREA_KEY)],
  decide: decideDesignateManagementArea,
};

/** RegisterOldCommunity on `old-community-<id>`. */
export const RegisterOldCommunity: CommandSpec<RegisterOldCommunityData, OldCommunityState> = {
  name: 'RegisterOldCommunity',
  data: RegisterOldCommunityData,
  streamId: (data) => oldCommunityStreamId(data.communityId),
  aggregate: oldCommunityAggregate,
  decide: decideRegisterOldCommunity,
};

/** AssignCoverageMode on `old-community-<id>`, consulting the area and the company if named. */
export const AssignCoverageMode: CommandSpec<AssignCoverageModeData, OldCommunityState, CoverageContext> = {
  name: 'AssignCoverageMode',
  data: AssignCoverageModeData,
  streamId: (data) => oldCommunityStreamId(data.communityId),
  aggregate: oldCommunityAggregate,
  related: (data) => {
    const streams: RelatedStreamsOf<CoverageContext>[number][] = [
      { key: AREA_KEY, streamId: areaStreamId(data.areaId), aggregate: areaAggregate },
    ];
    if (data.companyId !== undefined) {
      streams.push({ key: COMPANY_KEY, streamId: companyStreamId(data.companyId), aggregate: companyAggregate });
    }
    return streams;
  },
  decide: decideAssignCoverageMode,
};

/** WithdrawCoverage on `old-community-<id>`. */
export const WithdrawCoverage: CommandSpec<WithdrawCoverageData, OldCommunityState> = {
  name: 'WithdrawCoverage',
  data: WithdrawCoverageData,
  streamId: (data) => oldCommunityStreamId(data.communityId),
  aggregate: oldCommunityAggregate,
  decide: decideWithdrawCoverage,
};

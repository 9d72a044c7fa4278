/**
 * The coverage area: management areas 物业管理区域 and the coverage of old communities
 * 老旧小区物业管理全覆盖 by a market company, a state-owned company, shared service or owners'
 * self-management.
 */
import type { AnyProjection, EventDefinition } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { AssignCoverageMode, DesignateManagementArea, RegisterOldCommunity, WithdrawCoverage } from './commands.ts';
import { CoverageModeAssigned, CoverageWithdrawn, ManagementAreaDesignated, OldCommunityRegistered } from './events.ts';
import { coverage } from './project.ts';

export {
  type AreaState,
  areaAggregate,
  areaStreamId,
  type Coverage,
  type OldCommunityState,
  oldCommunityAggregate,
  oldCommunityStreamId,
} from './aggregate.ts';
export {
  AssignCoverageModeData,
  DesignateManagementAreaData,
  RegisterOldCommunityData,
  WithdrawCoverageData,
} from './command-data.ts';
export { AssignCoverageMode, DesignateManagementArea, RegisterOldCommunity, WithdrawCoverage } from './commands.ts';
export { COMPANY_IN_MODE, MAX_AREA_COMMUNITIES } from './decide.ts';
export type { CoverageError } from './errors.ts';
export {
  COVERAGE_MODES,
  CoverageMode,
  CoverageModeAssigned,
  CoverageWithdrawn,
  ManagementAreaDesignated,
  OldCommunityRegistered,
} from './events.ts';
export {
  type CommunityCoverage,
  type CoverageState,
  coverage,
  type ExactRate,
  exactRate,
  type ManagementArea,
} from './project.ts';

/** Every event type of the coverage area. */
export const coverageEvents: EventDefinition[] = [
  ManagementAreaDesignated,
  OldCommunityRegistered,
  CoverageModeAssigned,
  CoverageWithdrawn,
];

/** Every coverage command. */
export const coverageCommands: AnyCommandSpec[] = [
  DesignateManagementArea,
  RegisterOldCommunity,
  AssignCoverageMode,
  WithdrawCoverage,
];

/** Every coverage projection, for the runner. */
export const coverageProjections: AnyProjection[] = [coverage];

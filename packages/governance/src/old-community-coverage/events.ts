/**
 * Events of old-community coverage 老旧小区物业管理全覆盖: management areas 物业管理区域 are
 * designated, old communities 老旧小区 registered, and each old community is covered in one of
 * four modes or its coverage is withdrawn. No event holds personal data.
 */
import { type DataOf, defineEvent, type EventOf, isEventOf, Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';

/**
 * How an old community is covered, with the Chinese term of the source document. A company id
 * is required for the two company modes, optional for shared service, and absent for owners'
 * self-management.
 */
export const COVERAGE_MODES = {
  'market-company': '引入市场化专业物业企业 (a market property company)',
  'state-owned-company': '国企进驻 (a state-owned company moves in)',
  'shared-service': '共享物业 (shared property service)',
  'owner-self-management': '业主自治 (owners manage themselves)',
} as const;

/** Codec of a coverage mode. */
export const CoverageMode = t.keyof(COVERAGE_MODES, 'CoverageMode');
export type CoverageMode = t.TypeOf<typeof CoverageMode>;

/** A management area 物业管理区域 was designated in a town or street, covering the listed communities. */
export const ManagementAreaDesignated = defineEvent(
  'ManagementAreaDesignated',
  t.type({ areaId: Id, town: NonEmptyString, communityIds: t.array(Id) }),
);

/** An old community 老旧小区 was registered as one the coverage programme must reach. */
export const OldCommunityRegistered = defineEvent(
  'OldCommunityRegistered',
  t.type({ communityId: Id, name: NonEmptyString, town: NonEmptyString }),
);

/**
 * An old community is covered through a management area in `mode` (replacing any earlier
 * coverage); `companyId` is the serving company, or null.
 */
export const CoverageModeAssigned = defineEvent(
  'CoverageModeAssigned',
  t.type({
    communityId: Id,
    areaId: Id,
    mode: CoverageMode,
    companyId: t.union([Id, t.null]),
  }),
);

/** An old community's coverage was withdrawn; it counts as uncovered until a mode is assigned again. */
export const CoverageWithdrawn = defineEvent('CoverageWithdrawn', t.type({ communityId: Id, reason: NonEmptyString }));

/** Data of {@link ManagementAreaDesignated}. */
export type ManagementAreaDesignatedData = DataOf<typeof ManagementAreaDesignated>;
/** Data of {@link OldCommunityRegistered}. */
export type OldCommunityRegisteredData = DataOf<typeof OldCommunityRegistered>;
/** Data of {@link CoverageModeAssigned}. */
export type CoverageModeAssignedData = DataOf<typeof CoverageModeAssigned>;
/** Data of {@link CoverageWithdrawn}. */
export type CoverageWithdrawnData = DataOf<typeof CoverageWithdrawn>;

/** An old-community coverage event as the area's folds receive it: `switch (event.type)` narrows `data`. */
export type CoverageEvent = EventOf<
  | typeof ManagementAreaDesignated
  | typeof OldCommunityRegistered
  | typeof CoverageModeAssigned
  | typeof CoverageWithdrawn
>;

/** True for an old-community coverage event of the log (a projection's first step: other events pass over). */
export const isCoverageEvent = isEventOf([
  ManagementAreaDesignated,
  OldCommunityRegistered,
  CoverageModeAssigned,
  CoverageWithdrawn,
]);

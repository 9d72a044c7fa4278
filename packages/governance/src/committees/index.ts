/**
 * Owners' committees 业主委员会: elected and changed under certified matter-3 votes, filed
 * with the street office (备案), with members' party membership recorded (红色业委会). The
 * public surface of the area.
 */
import type { AnyProjection } from '@govledger/core';
import { committees } from './project.ts';

export {
  CommitteeElected,
  CommitteeFiled,
  CommitteeMemberChanged,
  committeeEvents,
  committeeStreamId,
  PartyMembershipRecorded,
} from './events.ts';
export {
  ChangeCommitteeMember,
  committeeCommands,
  ElectCommittee,
  FileCommittee,
  RecordPartyMembership,
} from './commands.ts';
export { type CommitteeState, committeeAggregate, type FilingStatus } from './aggregate.ts';
export type { CommitteeError } from './errors.ts';
export { MAX_MEMBERS as MAX_COMMITTEE_MEMBERS, MIN_MEMBERS as MIN_COMMITTEE_MEMBERS } from './composition.ts';
export { type CommitteeRecord, type CommitteesState, type CommitteeTotals, committees } from './project.ts';

/** Every committee projection, for the runner. */
export const committeeProjections: AnyProjection[] = [committees];

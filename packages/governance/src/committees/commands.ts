/**
 * The committee commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the community's committee stream, `committee-<communityId>`; elections and
 * member changes also read the authorising vote's stream, `vote-<voteId>`.
 */
import type { AnyCommandSpec, CommandSpec, RelatedStreamsOf } from '../command.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';
import { type CommitteeState, committeeAggregate } from './aggregate.ts';
import {
  ChangeCommitteeMemberData,
  ElectCommitteeData,
  FileCommitteeData,
  RecordPartyMembershipData,
} from './command-data.ts';
import {
  AUTHORISING_VOTE,
  type AuthorisingVote,
  changeCommitteeMember,
  electCommittee,
  fileCommittee,
  recordPartyMembership,
} from './decide.ts';
import { committeeStreamId } from './events.ts';

const onCommittee = (data: { communityId: string }): string => committeeStreamId(data.communityId);
const authorisingVote = (data: { voteId: string }): RelatedStreamsOf<AuthorisingVote> => [
  { key: AUTHORISING_VOTE, streamId: voteStreamId(data.voteId), aggregate: voteAggregate },
];

/** 业委会选举 — owners' assembly or street office; reads the matter-3 vote. */
export const ElectCommittee: CommandSpec<ElectCommitteeData, CommitteeState, AuthorisingVote> = {
  name: 'ElectCommittee',
  data: ElectCommitteeData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  related: authorisingVote,
  decide: electCommittee,
};

/** 备案 — street office. */
export const FileCommittee: CommandSpec<FileCommitteeData, CommitteeState> = {
  name: 'FileCommittee',
  data: FileCommitteeData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  decide: fileCommittee,
};

/** 成员变更 — owners' assembly or street office; reads the matter-3 vote. */
export const ChangeCommitteeMember: CommandSpec<ChangeCommitteeMemberData, CommitteeState, AuthorisingVote> = {
  name: 'ChangeCommitteeMember',
  data: ChangeCommitteeMemberData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  related: authorisingVote,
  decide: changeCommitteeMember,
};

/** 党员身份登记 — party organisation or street office. */
export const RecordPartyMembership: CommandSpec<RecordPartyMembershipData, CommitteeState> = {
  name: 'RecordPartyMembership',
  data: RecordPartyMembershipData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  decide: recordPartyMembership,
};

/** Every committee command, for the executor's registry. */
export const committeeCommands: AnyCommandSpec[] = [
  ElectCommittee,
  FileCommittee,
  ChangeCommitteeMember,
  RecordPartyMembership,
];

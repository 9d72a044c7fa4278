/**
 * The committee commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the community's committee stream, `committee-<communityId>`; elections and
 * member changes also read the authorising vote's stream, `vote-<voteId>`.
 */
import type { AnyCommandSpec, CommandSpec, RelatedStreamsOf } from '../command.ts';
import {
  type PlaceState,
  type ProjectState,
  placeAggregate,
  projectAggregate,
  projectStreamId,
  residentsCommunityStreamId,
} from '../registry/aggregate.ts';
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
  ELECTING_VOTE,
  ELECTION_PROJECT,
  ELECTION_RESIDENTS_COMMUNITY,
  type ElectingVote,
  electCommittee,
  fileCommittee,
  recordPartyMembership,
} from './decide.ts';
import { committeeStreamId } from './events.ts';

const onCommittee = (data: { communityId: string }): string => committeeStreamId(data.communityId);
const authorisingVote = (data: { voteId: string }): RelatedStreamsOf<AuthorisingVote> => [
  { key: AUTHORISING_VOTE, streamId: voteStreamId(data.voteId), aggregate: voteAggregate },
];
/** The vote that elected the sitting committee, read from the committee's own state. */
const electingVote = (state: CommitteeState): RelatedStreamsOf<ElectingVote> =>
  state.electedByVoteId === null
    ? []
    : [{ key: ELECTING_VOTE, streamId: voteStreamId(state.electedByVoteId), aggregate: voteAggregate }];
/** The registrations an election's community may stand under: a project (小区) or a residents' community (社区). */
type ElectionCommunity = {
  readonly [ELECTION_PROJECT]?: ProjectState;
  readonly [ELECTION_RESIDENTS_COMMUNITY]?: PlaceState;
};
/** An election reads its vote and its community's registration (the keys `requireActiveCommunity` reads). */
const electionReferences = (data: {
  voteId: string;
  communityId: string;
}): RelatedStreamsOf<AuthorisingVote & ElectionCommunity> => [
  ...authorisingVote(data),
  { key: ELECTION_PROJECT, streamId: projectStreamId(data.communityId), aggregate: projectAggregate },
  {
    key: ELECTION_RESIDENTS_COMMUNITY,
    streamId: residentsCommunityStreamId(data.communityId),
    aggregate: placeAggregate,
  },
];

/** 业委会选举 — owners' assembly or street office; reads the matter-3 vote and the community's registration. */
export const ElectCommittee: CommandSpec<ElectCommitteeData, CommitteeState, AuthorisingVote & ElectionCommunity> = {
  name: 'ElectCommittee',
  data: ElectCommitteeData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  related: electionReferences,
  decide: electCommittee,
};

/** 备案 — street office; reads the vote that elected the committee. */
export const FileCommittee: CommandSpec<FileCommitteeData, CommitteeState, ElectingVote> = {
  name: 'FileCommittee',
  data: FileCommitteeData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  related: (_data, _at, state) => electingVote(state),
  decide: fileCommittee,
};

/** 成员变更 — owners' assembly or street office; reads the matter-3 vote and the vote that elected the committee. */
export const ChangeCommitteeMember: CommandSpec<
  ChangeCommitteeMemberData,
  CommitteeState,
  AuthorisingVote & ElectingVote
> = {
  name: 'ChangeCommitteeMember',
  data: ChangeCommitteeMemberData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  related: (data, _at, state) => [...authorisingVote(data), ...electingVote(state)],
  decide: changeCommitteeMember,
};

/** 党员身份登记 — party organisation or street office; reads the vote that elected the committee. */
export const RecordPartyMembership: CommandSpec<RecordPartyMembershipData, CommitteeState, ElectingVote> = {
  name: 'RecordPartyMembership',
  data: RecordPartyMembershipData,
  streamId: onCommittee,
  aggregate: committeeAggregate,
  related: (_data, _at, state) => electingVote(state),
  decide: recordPartyMembership,
};

/** Every committee command, for the executor's registry. */
export const committeeCommands: AnyCommandSpec[] = [
  ElectCommittee,
  FileCommittee,
  ChangeCommitteeMember,
  RecordPartyMembership,
];

/**
 * The vote commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the vote's own stream, `vote-<voteId>`.
 */
import type { AnyCommandSpec, CommandSpec, RelatedStreamsOf } from '../command.ts';
import { communityReferences } from '../registry/references.ts';
import { type VoteState, voteAggregate } from './aggregate.ts';
import {
  CastBallotData,
  CertifyResultData,
  CloseVotingData,
  FileVoteObjectionData,
  GiveVoteNoticeData,
  OpenVotingData,
  ProposeVoteData,
  RecordInspectionData,
  RegisterElectorateData,
  RevokeDecisionData,
} from './command-data.ts';
import {
  type CertifierCommittee,
  castBallot,
  certifyResult,
  closeVoting,
  fileVoteObjection,
  giveVoteNotice,
  openVoting,
  recordInspection,
  revokeDecision,
} from './decide.ts';
import { COMMITTEE_KEY, COMMUNITY_KEY, type ProposalRelated, proposeVoteWith } from './decide-proposal.ts';
import { committeeReference, electingVoteReference } from '../committees/sitting-committee.ts';
import { type ElectorateRegister, registerElectorate, UNIT_REGISTER } from './decide-electorate.ts';
import { unitRegisterAggregate } from '../units/aggregate.ts';
import { unitRegisterStreamId } from '../units/events.ts';
import { ballotBoxSubject, VOTER_ROLE, voteStreamId } from './events.ts';
import { type RunnerCommittee, runnerCommitteeStreams, runnerElectingVoteStreams } from './runner-committee.ts';
import { DEFAULT_VOTE_PROCEDURE, makeVoteProcedure, type VoteProcedure } from './policy.ts';

const onVote = (data: { voteId: string }): string => voteStreamId(data.voteId);

/**
 * ProposeVote on `vote-<id>` under `procedure` (validated by the caller), consulting the
 * community's registry entry, its committee stream and, through it, the vote that elected the
 * committee.
 */
export function proposeVoteUnder(procedure: VoteProcedure): CommandSpec<ProposeVoteData, VoteState, ProposalRelated> {
  return {
    name: 'ProposeVote',
    data: ProposeVoteData,
    streamId: onVote,
    aggregate: voteAggregate,
    related: (data) => [
      ...communityReferences(data.communityId, COMMUNITY_KEY),
      committeeReference(data.communityId, COMMITTEE_KEY),
    ],
    relatedThrough: (_data, related) => electingVoteReference(related, COMMITTEE_KEY),
    decide: proposeVoteWith(procedure),
  };
}

/** 提出表决事项 — owners' committee, a petitioning owner, the preparatory group or the street office (default procedure). */
export const ProposeVote: CommandSpec<ProposeVoteData, VoteState, ProposalRelated> =
  proposeVoteUnder(DEFAULT_VOTE_PROCEDURE);

/** 会议通知 — the vote's runner (its convener, or for a petition the committee or street office). */
export const GiveVoteNotice: CommandSpec<GiveVoteNoticeData, VoteState, RunnerCommittee> = {
  name: 'GiveVoteNotice',
  data: GiveVoteNoticeData,
  streamId: onVote,
  aggregate: voteAggregate,
  related: (_data, _at, state) => runnerCommitteeStreams(state),
  relatedThrough: (_data, related) => runnerElectingVoteStreams(related),
  decide: giveVoteNotice,
};

/** 投票询异 — a registered owner (or the developer for its unsold units), within the objection period. */
export const FileVoteObjection: CommandSpec<FileVoteObjectionData, VoteState> = {
  name: 'FileVoteObjection',
  data: FileVoteObjectionData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: fileVoteObjection,
};

/** 撤销决定 — a people's court, the housing bureau or the street office. */
export const RevokeDecision: CommandSpec<RevokeDecisionData, VoteState> = {
  name: 'RevokeDecision',
  data: RevokeDecisionData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: revokeDecision,
};

/** 登记表决业主 — owners' committee, before voting opens; reads the unit register of the scope's community. */
export const RegisterElectorate: CommandSpec<RegisterElectorateData, VoteState, ElectorateRegister> = {
  name: 'RegisterElectorate',
  data: RegisterElectorateData,
  streamId: onVote,
  aggregate: voteAggregate,
  related: (data, _at, state): RelatedStreamsOf<ElectorateRegister> => [
    { key: UNIT_REGISTER, streamId: unitRegisterStreamId(data.scope.communityId), aggregate: unitRegisterAggregate },
    ...runnerCommitteeStreams(state),
  ],
  relatedThrough: (_data, related) => runnerElectingVoteStreams(related),
  decide: registerElectorate,
};

/** 开始表决 — the vote's runner, once the notice period is over. */
export const OpenVoting: CommandSpec<OpenVotingData, VoteState, RunnerCommittee> = {
  name: 'OpenVoting',
  data: OpenVotingData,
  streamId: onVote,
  aggregate: voteAggregate,
  related: (_data, _at, state) => runnerCommitteeStreams(state),
  relatedThrough: (_data, related) => runnerElectingVoteStreams(related),
  decide: openVoting,
};

/** 投票 — the registered owner (role owner), or the developer for its unsold units (role developer). */
export const CastBallot: CommandSpec<CastBallotData, VoteState> = {
  name: 'CastBallot',
  data: CastBallotData,
  streamId: onVote,
  aggregate: voteAggregate,
  pseudonymScope: (data) => ballotBoxSubject(data.voteId),
  pseudonymRole: VOTER_ROLE,
  decide: castBallot,
};

/** 表决结束 — the vote's runner, once the closing time has come. */
export const CloseVoting: CommandSpec<CloseVotingData, VoteState, RunnerCommittee> = {
  name: 'CloseVoting',
  data: CloseVotingData,
  streamId: onVote,
  aggregate: voteAggregate,
  related: (_data, _at, state) => runnerCommitteeStreams(state),
  relatedThrough: (_data, related) => runnerElectingVoteStreams(related),
  decide: closeVoting,
};

/** 表决结果确认 — owners' committee (whose election stands; or the preparatory group of a first assembly) or street office, after the objection period; reads the community's committee and its electing vote. */
export const CertifyResult: CommandSpec<CertifyResultData, VoteState, CertifierCommittee> = {
  name: 'CertifyResult',
  data: CertifyResultData,
  streamId: onVote,
  aggregate: voteAggregate,
  related: (_data, _at, state) => runnerCommitteeStreams(state),
  relatedThrough: (_data, related) => runnerElectingVoteStreams(related),
  decide: certifyResult,
};

/** 查验选票 — street office or housing bureau, after opening a closed vote's sealed ballots on an objection. */
export const RecordInspection: CommandSpec<RecordInspectionData, VoteState> = {
  name: 'RecordInspection',
  data: RecordInspectionData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: recordInspection,
};

/** Every vote command, with votes proposed under `procedure` (validated here). */
export function voteCommandsWith(procedure: Partial<VoteProcedure> = DEFAULT_VOTE_PROCEDURE): AnyCommandSpec[] {
  return [
    proposeVoteUnder(makeVoteProcedure(procedure)),
    GiveVoteNotice,
    RegisterElectorate,
    OpenVoting,
    CastBallot,
    CloseVoting,
    FileVoteObjection,
    RecordInspection,
    CertifyResult,
    RevokeDecision,
  ];
}

/** Every vote command under the default procedure, for the executor's registry. */
export const voteCommands: AnyCommandSpec[] = voteCommandsWith();

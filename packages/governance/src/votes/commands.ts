/**
 * The vote commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the vote's own stream, `vote-<voteId>`.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { type VoteState, voteAggregate } from './aggregate.ts';
import {
  CastBallotData,
  CertifyResultData,
  CloseVotingData,
  OpenVotingData,
  ProposeVoteData,
  RecordInspectionData,
  RegisterElectorateData,
} from './command-data.ts';
import { castBallot, certifyResult, closeVoting, openVoting, proposeVote, recordInspection } from './decide.ts';
import { registerElectorate, UNIT_REGISTER } from './decide-electorate.ts';
import { unitRegisterAggregate } from '../units/aggregate.ts';
import { unitRegisterStreamId } from '../units/events.ts';
import { voteStreamId } from './events.ts';

const onVote = (data: { voteId: string }): string => voteStreamId(data.voteId);

/** 提出表决事项 — owners' committee or owners' assembly. */
export const ProposeVote: CommandSpec<ProposeVoteData, VoteState> = {
  name: 'ProposeVote',
  data: ProposeVoteData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: proposeVote,
};

/** 登记表决业主 — owners' committee, before voting opens; reads the unit register of the scope's community. */
export const RegisterElectorate: CommandSpec<RegisterElectorateData, VoteState> = {
  name: 'RegisterElectorate',
  data: RegisterElectorateData,
  streamId: onVote,
  aggregate: voteAggregate,
  related: (data) => [
    { key: UNIT_REGISTER, streamId: unitRegisterStreamId(data.scope.communityId), aggregate: unitRegisterAggregate },
  ],
  decide: registerElectorate,
};

/** 开始表决 — owners' committee. */
export const OpenVoting: CommandSpec<OpenVotingData, VoteState> = {
  name: 'OpenVoting',
  data: OpenVotingData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: openVoting,
};

/** 投票 — the registered owner (role owner), or the developer for its unsold units (role developer). */
export const CastBallot: CommandSpec<CastBallotData, VoteState> = {
  name: 'CastBallot',
  data: CastBallotData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: castBallot,
};

/** 表决结束 — owners' committee, once the closing time has come. */
export const CloseVoting: CommandSpec<CloseVotingData, VoteState> = {
  name: 'CloseVoting',
  data: CloseVotingData,
  streamId: onVote,
  aggregate: voteAggregate,
  decide: closeVoting,
};

/** 表决结果确认 — owners' committee or street office. */
export const CertifyResult: CommandSpec<CertifyResultData, VoteState> = {
  name: 'CertifyResult',
  data: CertifyResultData,
  streamId: onVote,
  aggregate: voteAggregate,
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

/** Every vote command, for the executor's registry. */
export const voteCommands: AnyCommandSpec[] = [
  ProposeVote,
  RegisterElectorate,
  OpenVoting,
  CastBallot,
  CloseVoting,
  CertifyResult,
  RecordInspection,
];

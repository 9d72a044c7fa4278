/**
 * The public income commands as the executor runs them: data codec, stream, fold and rule.
 * Every command acts on the community's stream, `public-income-<communityId>`.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { committeeReference, electingVoteReference } from '../committees/sitting-committee.ts';
import { communityReferences } from '../registry/references.ts';
import { type PublicIncomeState, publicIncomeAggregate } from './aggregate.ts';
import { AllocatePublicIncomeData, DisclosePublicIncomeData, RecordPublicIncomeData } from './command-data.ts';
import {
  allocatePublicIncome,
  COMMITTEE_KEY,
  COMMUNITY_KEY,
  disclosePublicIncome,
  type IncomeCommittee,
  type IncomeCommunity,
  recordPublicIncome,
} from './decide.ts';
import { publicIncomeStreamId } from './events.ts';

const onCommunity = (data: { communityId: string }): string => publicIncomeStreamId(data.communityId);
const registeredCommunity = (data: { communityId: string }) => communityReferences(data.communityId, COMMUNITY_KEY);
/** The community, its owners' committee and (through the committee) the vote that elected it. */
const communityAndCommittee = (data: { communityId: string }) => [
  ...registeredCommunity(data),
  committeeReference(data.communityId, COMMITTEE_KEY),
];
const electingVote = (_data: unknown, related: IncomeCommittee) => electingVoteReference(related, COMMITTEE_KEY);

/** 收益登记 — property company. */
export const RecordPublicIncome: CommandSpec<RecordPublicIncomeData, PublicIncomeState, IncomeCommunity> = {
  name: 'RecordPublicIncome',
  data: RecordPublicIncomeData,
  streamId: onCommunity,
  aggregate: publicIncomeAggregate,
  related: registeredCommunity,
  decide: recordPublicIncome,
};

/** 收益分配 — owners' committee (whose election stands). */
export const AllocatePublicIncome: CommandSpec<AllocatePublicIncomeData, PublicIncomeState, IncomeCommittee> = {
  name: 'AllocatePublicIncome',
  data: AllocatePublicIncomeData,
  streamId: onCommunity,
  aggregate: publicIncomeAggregate,
  related: communityAndCommittee,
  relatedThrough: electingVote,
  decide: allocatePublicIncome,
};

/** 收益公示 — property company or owners' committee (whose election stands). */
export const DisclosePublicIncome: CommandSpec<DisclosePublicIncomeData, PublicIncomeState, IncomeCommittee> = {
  name: 'DisclosePublicIncome',
  data: DisclosePublicIncomeData,
  streamId: onCommunity,
  aggregate: publicIncomeAggregate,
  related: communityAndCommittee,
  relatedThrough: electingVote,
  decide: disclosePublicIncome,
};

/** Every public income command, for the executor's registry. */
export const publicIncomeCommands: AnyCommandSpec[] = [RecordPublicIncome, AllocatePublicIncome, DisclosePublicIncome];

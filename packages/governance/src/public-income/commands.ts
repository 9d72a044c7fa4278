/**
 * The public income commands as the executor runs them: data codec, stream, fold and rule.
 * Every command acts on the community's stream, `public-income-<communityId>`.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { communityReferences } from '../registry/references.ts';
import { type PublicIncomeState, publicIncomeAggregate } from './aggregate.ts';
import { AllocatePublicIncomeData, DisclosePublicIncomeData, RecordPublicIncomeData } from './command-data.ts';
import {
  allocatePublicIncome,
  COMMUNITY_KEY,
  disclosePublicIncome,
  type IncomeCommunity,
  recordPublicIncome,
} from './decide.ts';
import { publicIncomeStreamId } from './events.ts';

const onCommunity = (data: { communityId: string }): string => publicIncomeStreamId(data.communityId);
const registeredCommunity = (data: { communityId: string }) => communityReferences(data.communityId, COMMUNITY_KEY);

/** 收益登记 — property company. */
export const RecordPublicIncome: CommandSpec<RecordPublicIncomeData, PublicIncomeState, IncomeCommunity> = {
  name: 'RecordPublicIncome',
  data: RecordPublicIncomeData,
  streamId: onCommunity,
  aggregate: publicIncomeAggregate,
  related: registeredCommunity,
  decide: recordPublicIncome,
};

/** 收益分配 — owners' committee. */
export const AllocatePublicIncome: CommandSpec<AllocatePublicIncomeData, PublicIncomeState, IncomeCommunity> = {
  name: 'AllocatePublicIncome',
  data: AllocatePublicIncomeData,
  streamId: onCommunity,
  aggregate: publicIncomeAggregate,
  related: registeredCommunity,
  decide: allocatePublicIncome,
};

/** 收益公示 — property company or owners' committee. */
export const DisclosePublicIncome: CommandSpec<DisclosePublicIncomeData, PublicIncomeState, IncomeCommunity> = {
  name: 'DisclosePublicIncome',
  data: DisclosePublicIncomeData,
  streamId: onCommunity,
  aggregate: publicIncomeAggregate,
  related: registeredCommunity,
  decide: disclosePublicIncome,
};

/** Every public income command, for the executor's registry. */
export const publicIncomeCommands: AnyCommandSpec[] = [RecordPublicIncome, AllocatePublicIncome, DisclosePublicIncome];

/**
 * The fund commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the community's fund stream, `fund-<communityId>`; a disbursement request
 * under a vote also reads the vote's stream, `vote-<voteId>`.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';
import { type FundState, fundAggregate } from './aggregate.ts';
import {
  DepositToFundData,
  DisbursementRefData,
  DisburseFundsData,
  OpenFundAccountData,
  RefundToOwnersData,
  RegisterFundUnitsData,
  RequestDisbursementData,
} from './command-data.ts';
import { depositToFund, openFundAccount, refundToOwners, registerFundUnits } from './decide.ts';
import {
  AUTHORISING_VOTE,
  approveDisbursement,
  confirmEmergency,
  disburseFunds,
  requestDisbursement,
} from './decide-disbursement.ts';
import { fundStreamId } from './events.ts';

const onFund = (data: { communityId: string }): string => fundStreamId(data.communityId);

/** 开户 — fund centre. */
export const OpenFundAccount: CommandSpec<OpenFundAccountData, FundState> = {
  name: 'OpenFundAccount',
  data: OpenFundAccountData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: openFundAccount,
};

/** 新增分户 — fund centre. */
export const RegisterFundUnits: CommandSpec<RegisterFundUnitsData, FundState> = {
  name: 'RegisterFundUnits',
  data: RegisterFundUnitsData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: registerFundUnits,
};

/** 交存 — fund centre. */
export const DepositToFund: CommandSpec<DepositToFundData, FundState> = {
  name: 'DepositToFund',
  data: DepositToFundData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: depositToFund,
};

/** 使用申请 — owners' committee only; reads the authorising vote's stream. */
export const RequestDisbursement: CommandSpec<RequestDisbursementData, FundState> = {
  name: 'RequestDisbursement',
  data: RequestDisbursementData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) =>
    data.authority.kind === 'vote'
      ? [{ key: AUTHORISING_VOTE, streamId: voteStreamId(data.authority.voteId), aggregate: voteAggregate }]
      : [],
  decide: requestDisbursement,
};

/** 应急确认 — street office. */
export const ConfirmEmergency: CommandSpec<DisbursementRefData, FundState> = {
  name: 'ConfirmEmergency',
  data: DisbursementRefData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: confirmEmergency,
};

/** 审核同意 — fund centre or housing bureau. */
export const ApproveDisbursement: CommandSpec<DisbursementRefData, FundState> = {
  name: 'ApproveDisbursement',
  data: DisbursementRefData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: approveDisbursement,
};

/** 划拨 — fund centre only. */
export const DisburseFunds: CommandSpec<DisburseFundsData, FundState> = {
  name: 'DisburseFunds',
  data: DisburseFundsData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: disburseFunds,
};

/** 退还 — fund centre. */
export const RefundToOwners: CommandSpec<RefundToOwnersData, FundState> = {
  name: 'RefundToOwners',
  data: RefundToOwnersData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: refundToOwners,
};

/** Every fund command, for the executor's registry. */
export const fundCommands: AnyCommandSpec[] = [
  OpenFundAccount,
  RegisterFundUnits,
  DepositToFund,
  RequestDisbursement,
  ConfirmEmergency,
  ApproveDisbursement,
  DisburseFunds,
  RefundToOwners,
];

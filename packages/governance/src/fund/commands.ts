/**
 * The fund commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the community's fund stream, `fund-<communityId>`, and consults the
 * community's registry entry (an unregistered or ended community has no fund acts); opening an
 * account and adding units read the unit register; a request under a vote, or a top-up, reads
 * the vote's stream; a request reads the community's owners' committee.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import type { AnyCommandSpec, CommandSpec, RelatedStream } from '../command.ts';
import { committeeAggregate } from '../committees/aggregate.ts';
import { committeeStreamId } from '../committees/events.ts';
import { communityReferences, requireActiveCommunity } from '../registry/references.ts';
import { unitRegisterAggregate } from '../units/aggregate.ts';
import { unitRegisterStreamId } from '../units/events.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';
import { type FundState, fundAggregate } from './aggregate.ts';
import {
  DepositToFundData,
  DisbursementRefData,
  DisburseFundsData,
  OpenFundAccountData,
  PublicizeEmergencyRepairData,
  RefundToOwnersData,
  RegisterFundUnitsData,
  RequestDisbursementData,
} from './command-data.ts';
import {
  depositToFund,
  FUND_UNIT_REGISTER,
  openFundAccount,
  refundToOwners,
  registerFundUnits,
  TOP_UP_VOTE,
} from './decide.ts';
import {
  AUTHORISING_VOTE,
  approveDisbursement,
  COMMUNITY_COMMITTEE,
  confirmEmergency,
  disburseFundsWith,
  publicizeEmergencyRepair,
  requestDisbursementWith,
} from './decide-disbursement.ts';
import { fundStreamId } from './events.ts';
import { DEFAULT_FUND_POLICY, type FundPolicy, makeFundPolicy } from './policy.ts';

/** The key under which the community's registry entries arrive in `related`. */
const FUND_COMMUNITY = 'fund-community';

const onFund = (data: { communityId: string }): string => fundStreamId(data.communityId);

const unitRegister = (communityId: string): RelatedStream => ({
  key: FUND_UNIT_REGISTER,
  streamId: unitRegisterStreamId(communityId),
  aggregate: unitRegisterAggregate,
});

/**
 * `spec` with the community rule in front: the fund acts only for a registered, active
 * community (a project 小区 or a residents' community 社区 of the registry).
 */
function forRegisteredCommunity<Data extends { communityId: string }>(
  spec: CommandSpec<Data, FundState>,
): CommandSpec<Data, FundState> {
  return {
    ...spec,
    related: (data, recordedAt, state) => [
      ...communityReferences(data.communityId, FUND_COMMUNITY),
      ...(spec.related?.(data, recordedAt, state) ?? []),
    ],
    decide: (input, state, related) => {
      const active = requireActiveCommunity(related, FUND_COMMUNITY, input.data.communityId);
      return isLeft(active) ? active : spec.decide(input, state, related);
    },
  };
}

/** 开户 — fund centre; the units must be in the unit register. */
export const OpenFundAccount = forRegisteredCommunity<OpenFundAccountData>({
  name: 'OpenFundAccount',
  data: OpenFundAccountData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) => [unitRegister(data.communityId)],
  decide: openFundAccount,
});

/** 新增分户 — fund centre; the units must be in the unit register. */
export const RegisterFundUnits = forRegisteredCommunity<RegisterFundUnitsData>({
  name: 'RegisterFundUnits',
  data: RegisterFundUnitsData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) => [unitRegister(data.communityId)],
  decide: registerFundUnits,
});

/** 交存 — fund centre; a top-up reads its matter-6 vote. */
export const DepositToFund = forRegisteredCommunity<DepositToFundData>({
  name: 'DepositToFund',
  data: DepositToFundData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) =>
    data.voteId === undefined
      ? []
      : [{ key: TOP_UP_VOTE, streamId: voteStreamId(data.voteId), aggregate: voteAggregate }],
  decide: depositToFund,
});

/**
 * 使用申请 under `policy` — owners' committee (property company or owner for an emergency where
 * no committee exists); reads the authorising vote's stream and the community's committee.
 */
export function requestDisbursementSpec(policy: FundPolicy): CommandSpec<RequestDisbursementData, FundState> {
  return forRegisteredCommunity<RequestDisbursementData>({
    name: 'RequestDisbursement',
    data: RequestDisbursementData,
    streamId: onFund,
    aggregate: fundAggregate,
    related: (data) => [
      { key: COMMUNITY_COMMITTEE, streamId: committeeStreamId(data.communityId), aggregate: committeeAggregate },
      ...(data.authority.kind === 'vote'
        ? [{ key: AUTHORISING_VOTE, streamId: voteStreamId(data.authority.voteId), aggregate: voteAggregate }]
        : []),
    ],
    decide: requestDisbursementWith(policy),
  });
}

/** 使用申请 under the default fund policy. */
export const RequestDisbursement = requestDisbursementSpec(DEFAULT_FUND_POLICY);

/** 应急确认 — street office. */
export const ConfirmEmergency = forRegisteredCommunity<DisbursementRefData>({
  name: 'ConfirmEmergency',
  data: DisbursementRefData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: confirmEmergency,
});

/** 审核同意 — fund centre or housing bureau. */
export const ApproveDisbursement = forRegisteredCommunity<DisbursementRefData>({
  name: 'ApproveDisbursement',
  data: DisbursementRefData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: approveDisbursement,
});

/** 划拨 under `policy` — fund centre only. */
export function disburseFundsSpec(policy: FundPolicy): CommandSpec<DisburseFundsData, FundState> {
  return forRegisteredCommunity<DisburseFundsData>({
    name: 'DisburseFunds',
    data: DisburseFundsData,
    streamId: onFund,
    aggregate: fundAggregate,
    decide: disburseFundsWith(policy),
  });
}

/** 划拨 under the default fund policy. */
export const DisburseFunds = disburseFundsSpec(DEFAULT_FUND_POLICY);

/** 维修及费用公示 — owners' committee, property company or street office, after an emergency use was paid. */
export const PublicizeEmergencyRepair = forRegisteredCommunity<PublicizeEmergencyRepairData>({
  name: 'PublicizeEmergencyRepair',
  data: PublicizeEmergencyRepairData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: publicizeEmergencyRepair,
});

/** 退还 — fund centre. */
export const RefundToOwners = forRegisteredCommunity<RefundToOwnersData>({
  name: 'RefundToOwners',
  data: RefundToOwnersData,
  streamId: onFund,
  aggregate: fundAggregate,
  decide: refundToOwners,
});

/** Every fund command, with emergencies and publicity decided under `policy` (validated here). */
export function fundCommandsWith(policy: Partial<FundPolicy> = DEFAULT_FUND_POLICY): AnyCommandSpec[] {
  const valid = makeFundPolicy(policy);
  return [
    OpenFundAccount,
    RegisterFundUnits,
    DepositToFund,
    requestDisbursementSpec(valid),
    ConfirmEmergency,
    ApproveDisbursement,
    disburseFundsSpec(valid),
    PublicizeEmergencyRepair,
    RefundToOwners,
  ];
}

/** Every fund command under the default fund policy. */
export const fundCommands: AnyCommandSpec[] = fundCommandsWith();

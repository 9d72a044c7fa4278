/**
 * The fund commands as the executor runs them: data codec, stream, fold and rule. Every
 * command acts on the community's fund stream, `fund-<communityId>`, and consults the
 * community's registry entry (an unregistered or ended community has no fund acts); opening an
 * account and adding units read the unit register; a request under a vote, or a top-up, reads
 * the vote's stream; a request reads the community's owners' committee and the vote that
 * elected it.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import type { AnyCommandSpec, CommandSpec, RelatedStream } from '../command.ts';
import { committeeReference, electingVoteReference } from '../committees/sitting-committee.ts';
import { type CommunityRegistration, communityReferences, requireActiveCommunity } from '../registry/references.ts';
import { type UnitRegisterState, unitRegisterAggregate } from '../units/aggregate.ts';
import { unitRegisterStreamId } from '../units/events.ts';
import { type VoteState, voteAggregate } from '../votes/aggregate.ts';
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
  type FundUnitRegister,
  openFundAccount,
  refundToOwners,
  registerFundUnits,
  TOP_UP_VOTE,
  type TopUpVote,
} from './decide.ts';
import {
  AUTHORISING_VOTE,
  approveDisbursement,
  COMMUNITY_COMMITTEE,
  confirmEmergency,
  disburseFundsWith,
  type PublicizerCommittee,
  publicizeEmergencyRepair,
  type RequestContext,
  requestDisbursementWith,
} from './decide-disbursement.ts';
import { fundStreamId } from './events.ts';
import { DEFAULT_FUND_POLICY, type FundPolicy, makeFundPolicy } from './policy.ts';

/** The key under which the community's registry entries arrive in `related`. */
const FUND_COMMUNITY = 'fund-community';

/** What every fund command reads beside the fund: the community's registration. */
type FundCommunity = CommunityRegistration<typeof FUND_COMMUNITY>;

const onFund = (data: { communityId: string }): string => fundStreamId(data.communityId);

/** The community's registry entries, consulted by every fund command (first, before its own streams). */
const fundCommunity = (data: { communityId: string }) => communityReferences(data.communityId, FUND_COMMUNITY);

const unitRegister = (communityId: string): RelatedStream<typeof FUND_UNIT_REGISTER, UnitRegisterState> => ({
  key: FUND_UNIT_REGISTER,
  streamId: unitRegisterStreamId(communityId),
  aggregate: unitRegisterAggregate,
});

const topUpVote = (voteId: string): RelatedStream<typeof TOP_UP_VOTE, VoteState> => ({
  key: TOP_UP_VOTE,
  streamId: voteStreamId(voteId),
  aggregate: voteAggregate,
});

const authorisingVote = (voteId: string): RelatedStream<typeof AUTHORISING_VOTE, VoteState> => ({
  key: AUTHORISING_VOTE,
  streamId: voteStreamId(voteId),
  aggregate: voteAggregate,
});

/**
 * `spec` with the community rule in front: the fund acts only for a registered, active
 * community (a project 小区 or a residents' community 社区 of the registry), which every spec
 * consults with {@link fundCommunity}.
 */
function forRegisteredCommunity<Data extends { communityId: string }, Related extends FundCommunity>(
  spec: CommandSpec<Data, FundState, Related>,
): CommandSpec<Data, FundState, Related> {
  return {
    ...spec,
    decide: (input, state, related) => {
      const active = requireActiveCommunity(related, FUND_COMMUNITY, input.data.communityId);
      return isLeft(active) ? active : spec.decide(input, state, related);
    },
  };
}

/** 开户 — fund centre; the units must be in the unit register. */
export const OpenFundAccount = forRegisteredCommunity<OpenFundAccountData, FundCommunity & FundUnitRegister>({
  name: 'OpenFundAccount',
  data: OpenFundAccountData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) => [...fundCommunity(data), unitRegister(data.communityId)],
  decide: openFundAccount,
});

/** 新增分户 — fund centre; the units must be in the unit register. */
export const RegisterFundUnits = forRegisteredCommunity<RegisterFundUnitsData, FundCommunity & FundUnitRegister>({
  name: 'RegisterFundUnits',
  data: RegisterFundUnitsData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) => [...fundCommunity(data), unitRegister(data.communityId)],
  decide: registerFundUnits,
});

/** 交存 — fund centre; a top-up reads its matter-6 vote. */
export const DepositToFund = forRegisteredCommunity<DepositToFundData, FundCommunity & TopUpVote>({
  name: 'DepositToFund',
  data: DepositToFundData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) => [...fundCommunity(data), ...(data.voteId === undefined ? [] : [topUpVote(data.voteId)])],
  decide: depositToFund,
});

/**
 * 使用申请 under `policy` — owners' committee (property company or owner for an emergency where
 * no committee sits); reads the authorising vote's stream, the community's committee and,
 * through it, the vote that elected the committee.
 */
export function requestDisbursementSpec(
  policy: FundPolicy,
): CommandSpec<RequestDisbursementData, FundState, FundCommunity & RequestContext> {
  return forRegisteredCommunity<RequestDisbursementData, FundCommunity & RequestContext>({
    name: 'RequestDisbursement',
    data: RequestDisbursementData,
    streamId: onFund,
    aggregate: fundAggregate,
    related: (data) => [
      ...fundCommunity(data),
      committeeReference(data.communityId, COMMUNITY_COMMITTEE),
      ...(data.authority.kind === 'vote' ? [authorisingVote(data.authority.voteId)] : []),
    ],
    relatedThrough: (_data, related) => electingVoteReference(related, COMMUNITY_COMMITTEE),
    decide: requestDisbursementWith(policy),
  });
}

/** 使用申请 under the default fund policy. */
export const RequestDisbursement = requestDisbursementSpec(DEFAULT_FUND_POLICY);

/** 应急确认 — street office. */
export const ConfirmEmergency = forRegisteredCommunity<DisbursementRefData, FundCommunity>({
  name: 'ConfirmEmergency',
  data: DisbursementRefData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: fundCommunity,
  decide: confirmEmergency,
});

/** 审核同意 — fund centre or housing bureau. */
export const ApproveDisbursement = forRegisteredCommunity<DisbursementRefData, FundCommunity>({
  name: 'ApproveDisbursement',
  data: DisbursementRefData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: fundCommunity,
  decide: approveDisbursement,
});

/** 划拨 under `policy` — fund centre only. */
export function disburseFundsSpec(policy: FundPolicy): CommandSpec<DisburseFundsData, FundState, FundCommunity> {
  return forRegisteredCommunity<DisburseFundsData, FundCommunity>({
    name: 'DisburseFunds',
    data: DisburseFundsData,
    streamId: onFund,
    aggregate: fundAggregate,
    related: fundCommunity,
    decide: disburseFundsWith(policy),
  });
}

/** 划拨 under the default fund policy. */
export const DisburseFunds = disburseFundsSpec(DEFAULT_FUND_POLICY);

/** 维修及费用公示 — owners' committee (whose election stands), property company or street office, after an emergency use was paid; reads the community's committee and its electing vote. */
export const PublicizeEmergencyRepair = forRegisteredCommunity<
  PublicizeEmergencyRepairData,
  FundCommunity & PublicizerCommittee
>({
  name: 'PublicizeEmergencyRepair',
  data: PublicizeEmergencyRepairData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: (data) => [...fundCommunity(data), committeeReference(data.communityId, COMMUNITY_COMMITTEE)],
  relatedThrough: (_data, related) => electingVoteReference(related, COMMUNITY_COMMITTEE),
  decide: publicizeEmergencyRepair,
});

/** 退还 — fund centre. */
export const RefundToOwners = forRegisteredCommunity<RefundToOwnersData, FundCommunity>({
  name: 'RefundToOwners',
  data: RefundToOwnersData,
  streamId: onFund,
  aggregate: fundAggregate,
  related: fundCommunity,
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

/**
 * The account rules of the maintenance fund: opening an account and adding units (each a unit
 * of the unit register with its registered area), deposits (a top-up 续筹 under its certified
 * matter-6 vote, charging only that vote's electorate) and refunds. Only the fund centre
 * 维修资金管理中心 moves money in or back out. Disbursements are in `decide-disbursement.ts`. Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { FundState } from './aggregate.ts';
import type {
  DepositToFundData,
  OpenFundAccountData,
  RefundToOwnersData,
  RegisterFundUnitsData,
} from './command-data.ts';
import type { UnitRegisterState } from '../units/aggregate.ts';
import type { VoteState } from '../votes/aggregate.ts';
import { whyVoteDoesNotAuthorise } from '../votes/certified-decision.ts';
import type { Matter } from '../votes/matters.ts';
import { requireElectorateCovers } from './electorate-charges.ts';
import {
  type FundError,
  fundAlreadyOpened,
  fundUnitNotRegistered,
  topUpNeedsVote,
  fundNotOpened,
  idAlreadyUsed,
  insufficientBalance,
  invalidUnitList,
} from './errors.ts';
import {
  FundAccountOpened,
  type FundAccountOpenedData,
  FundDeposited,
  type FundDepositedData,
  FundsRefunded,
  type FundsRefundedData,
  FundUnitsRegistered,
  type FundUnitsRegisteredData,
} from './events.ts';
import { totalFen, unitListProblem } from './unit-lists.ts';

/** What every fund rule returns: the events to record, or why not. */
export type FundDecision = E.Either<FundError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

/** Refuses unless the community's account is open. */
export function requireOpen(communityId: string, state: FundState): E.Either<FundError, void> {
  return state.opened ? ok : E.left(fundNotOpened(communityId));
}

function requireUnits(communityId: string, state: FundState, ids: readonly string[], mode: 'known' | 'new') {
  const problem = unitListProblem(state, ids, mode);
  return problem === null ? ok : E.left(invalidUnitList(communityId, problem));
}

/** The key under which the community's unit register arrives in `related`. */
export const FUND_UNIT_REGISTER = 'unit-register';

/** The key under which a top-up's matter-6 vote arrives in `related`. */
export const TOP_UP_VOTE = 'vote';

/** The matter of Civil Code art. 278 that raises the fund (筹集维修资金). */
export const FUND_RAISING_MATTER: Matter = 6;

/** What opening an account and adding units read beside the fund: the community's unit register. */
export type FundUnitRegister = { readonly [FUND_UNIT_REGISTER]: UnitRegisterState };

/** What a deposit reads beside the fund: a top-up's matter-6 vote, when the deposit names one. */
export type TopUpVote = { readonly [TOP_UP_VOTE]?: VoteState };

/** Refuses unless each unit is an active unit of the community's register with the same area. */
function requireRegisteredUnits(
  communityId: string,
  related: FundUnitRegister,
  units: readonly { unitId: string; areaM2Hundredths: number }[],
): E.Either<FundError, void> {
  const register = related[FUND_UNIT_REGISTER];
  for (const u of units) {
    const known = Object.hasOwn(register.units, u.unitId) ? register.units[u.unitId] : undefined;
    if (!known?.active) {
      return E.left(fundUnitNotRegistered(communityId, `unit ${u.unitId} is not an active unit of the unit register`));
    }
    if (known.areaM2Hundredths !== u.areaM2Hundredths) {
      return E.left(
        fundUnitNotRegistered(
          communityId,
          `unit ${u.unitId} is registered with ${known.areaM2Hundredths} hundredths of m², not ${u.areaM2Hundredths}`,
        ),
      );
    }
  }
  return ok;
}

/** OpenFundAccount: the fund centre opens a community's account with units of its register and their areas. */
export function openFundAccount(
  input: CommandInput<OpenFundAccountData>,
  state: FundState,
  related: FundUnitRegister,
): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('OpenFundAccount', input, 'fund-centre'),
    E.chainW(() => (state.opened ? E.left(fundAlreadyOpened(data.communityId)) : ok)),
    E.chainW(() => requireRegisteredUnits(data.communityId, related, data.units)),
    E.chainW(() =>
      requireUnits(
        data.communityId,
        state,
        data.units.map((u) => u.unitId),
        'new',
      ),
    ),
    E.map(() => [
      {
        type: FundAccountOpened.type,
        data: { communityId: data.communityId, units: data.units } satisfies FundAccountOpenedData,
      },
    ]),
  );
}

/** RegisterFundUnits: the fund centre adds units of the register to an open account. */
export function registerFundUnits(
  input: CommandInput<RegisterFundUnitsData>,
  state: FundState,
  related: FundUnitRegister,
): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('RegisterFundUnits', input, 'fund-centre'),
    E.chainW(() => requireOpen(data.communityId, state)),
    E.chainW(() => requireRegisteredUnits(data.communityId, related, data.units)),
    E.chainW(() =>
      requireUnits(
        data.communityId,
        state,
        data.units.map((u) => u.unitId),
        'new',
      ),
    ),
    E.map(() => [
      {
        type: FundUnitsRegistered.type,
        data: { communityId: data.communityId, units: data.units } satisfies FundUnitsRegisteredData,
      },
    ]),
  );
}

/**
 * A top-up (续筹) raises the fund: matter 6, so it needs a certified vote of this community
 * passed by three quarters (Civil Code art. 278), and it charges only that vote's electorate.
 */
function requireTopUpVote(data: DepositToFundData, related: TopUpVote) {
  if (data.kind !== 'top-up') return ok;
  if (data.voteId === undefined) return E.left(topUpNeedsVote(data.communityId, 'the deposit names no voteId'));
  const vote = related[TOP_UP_VOTE];
  const problem = whyVoteDoesNotAuthorise(vote, data.communityId, FUND_RAISING_MATTER);
  if (problem !== null || !vote) return E.left(topUpNeedsVote(data.communityId, `vote ${data.voteId}: ${problem}`));
  return requireElectorateCovers(
    data.communityId,
    data.voteId,
    vote,
    data.deposits.map((d) => d.unitId),
  );
}

/** DepositToFund: the fund centre credits amounts to units of the account; each deposit id once; a top-up needs its vote. */
export function depositToFund(
  input: CommandInput<DepositToFundData>,
  state: FundState,
  related: TopUpVote,
): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('DepositToFund', input, 'fund-centre'),
    E.chainW(() => requireOpen(data.communityId, state)),
    E.chainW(() =>
      state.depositIds[data.depositId] ? E.left(idAlreadyUsed(data.communityId, 'deposit', data.depositId)) : ok,
    ),
    E.chainW(() =>
      requireUnits(
        data.communityId,
        state,
        data.deposits.map((d) => d.unitId),
        'known',
      ),
    ),
    E.chainW(() => requireTopUpVote(data, related)),
    E.map(() => [
      {
        type: FundDeposited.type,
        data: { ...data, deposits: data.deposits, totalFen: totalFen(data.deposits) } satisfies FundDepositedData,
      },
    ]),
  );
}

/** RefundToOwners: the fund centre returns amounts to owners; no unit may refund more than its balance. */
export function refundToOwners(input: CommandInput<RefundToOwnersData>, state: FundState): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('RefundToOwners', input, 'fund-centre'),
    E.chainW(() => requireOpen(data.communityId, state)),
    E.chainW(() =>
      state.refundIds[data.refundId] ? E.left(idAlreadyUsed(data.communityId, 'refund', data.refundId)) : ok,
    ),
    E.chainW(() =>
      requireUnits(
        data.communityId,
        state,
        data.refunds.map((r) => r.unitId),
        'known',
      ),
    ),
    E.chainW(() => {
      const short = data.refunds.find((r) => r.amountFen > (state.units[r.unitId]?.balanceFen ?? 0));
      if (!short) return ok;
      const balance = state.units[short.unitId]?.balanceFen ?? 0;
      return E.left(
        insufficientBalance(
          data.communityId,
          `unit ${short.unitId} holds ${balance} fen and cannot refund ${short.amountFen} fen`,
        ),
      );
    }),
    E.map(() => [
      { type: FundsRefunded.type, data: { ...data, totalFen: totalFen(data.refunds) } satisfies FundsRefundedData },
    ]),
  );
}

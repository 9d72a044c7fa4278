/**
 * The account rules of the maintenance fund: opening an account, registering units,
 * deposits and refunds. Only the fund centre 维修资金管理中心 moves money in or back out.
 * Disbursements are in `decide-disbursement.ts`. Pure.
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
import {
  type FundError,
  fundAlreadyOpened,
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

/** OpenFundAccount: the fund centre opens a community's account with its units and areas. */
export function openFundAccount(input: CommandInput<OpenFundAccountData>, state: FundState): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('OpenFundAccount', input, 'fund-centre'),
    E.chainW(() => (state.opened ? E.left(fundAlreadyOpened(data.communityId)) : ok)),
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

/** RegisterFundUnits: the fund centre adds units to an open account. */
export function registerFundUnits(input: CommandInput<RegisterFundUnitsData>, state: FundState): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('RegisterFundUnits', input, 'fund-centre'),
    E.chainW(() => requireOpen(data.communityId, state)),
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

/** DepositToFund: the fund centre credits amounts to units of the account; each deposit id once. */
export function depositToFund(input: CommandInput<DepositToFundData>, state: FundState): FundDecision {
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

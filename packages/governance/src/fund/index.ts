/**
 * The special maintenance fund 住宅专项维修资金, per community: accounts per unit, deposits,
 * disbursements (requested by the owners' committee under a certified vote or the emergency
 * procedure, approved, disbursed and apportioned by area) and refunds. Money in integer fen,
 * never negative. The public surface of the area.
 */
import type { AnyProjection } from '@govledger/core';
import { fundLedger } from './project.ts';
import { unitFundBalances } from './unit-balances.ts';

export {
  Authority,
  DepositKind,
  DisbursementApportioned,
  DisbursementApproved,
  DisbursementRequested,
  EmergencyConfirmed,
  EmergencyKind,
  FundAccountOpened,
  FundDeposited,
  FundsDisbursed,
  FundsRefunded,
  FundUnitsRegistered,
  fundEvents,
  fundStreamId,
  MAX_UNITS_PER_EVENT as MAX_FUND_UNITS_PER_EVENT,
} from './events.ts';
export {
  ApproveDisbursement,
  ConfirmEmergency,
  DepositToFund,
  DisburseFunds,
  fundCommands,
  OpenFundAccount,
  RefundToOwners,
  RegisterFundUnits,
  RequestDisbursement,
} from './commands.ts';
export { type FundState, fundAggregate } from './aggregate.ts';
export type { FundError } from './errors.ts';
export { apportionByArea, type UnitShare } from './apportion.ts';
export {
  type CommunityFundLedger,
  type FundBalancePoint,
  type FundDisbursementRecord,
  type FundLedgerState,
  fundLedger,
} from './project.ts';
export { type UnitFundBalance, type UnitFundBalancesState, unitFundBalances } from './unit-balances.ts';

/** Every fund projection, for the runner. */
export const fundProjections: AnyProjection[] = [fundLedger, unitFundBalances];

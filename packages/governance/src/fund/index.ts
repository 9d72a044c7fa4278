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
  DocumentSha256,
  EmergencyConfirmed,
  EmergencyKind,
  EmergencyRepairPublicised,
  EvidenceDocument,
  FundAccountOpened,
  FundDeposited,
  FundsDisbursed,
  FundsRefunded,
  type FundEvent,
  FundUnitsRegistered,
  fundEvents,
  fundStreamId,
  isFundEvent,
  MAX_UNITS_PER_EVENT as MAX_FUND_UNITS_PER_EVENT,
} from './events.ts';
export {
  ApproveDisbursement,
  ConfirmEmergency,
  DepositToFund,
  DisburseFunds,
  disburseFundsSpec,
  fundCommands,
  fundCommandsWith,
  OpenFundAccount,
  PublicizeEmergencyRepair,
  RefundToOwners,
  RegisterFundUnits,
  RequestDisbursement,
  requestDisbursementSpec,
} from './commands.ts';
export { DEFAULT_FUND_POLICY, FUND_POLICY_PRESETS, FundPolicy, makeFundPolicy } from './policy.ts';
export { FUND_RAISING_MATTER } from './decide.ts';
export { type FundState, fundAggregate } from './aggregate.ts';
export type { FundError } from './errors.ts';
export { apportionByArea, type UnitShare } from './apportion.ts';
export {
  type CommunityFundLedger,
  type FundBalancePoint,
  type FundDisbursementRecord,
  type FundLedgerState,
  fundLedger,
  type PublicityStanding,
  publicityFailures,
} from './project.ts';
export { type UnitFundBalance, type UnitFundBalancesState, unitFundBalances } from './unit-balances.ts';

/** Every fund projection, for the runner. */
export const fundProjections: AnyProjection[] = [fundLedger, unitFundBalances];

/**
 * What a caller submits for each fund command: the `data` codec of each command line.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { AmountFen } from '../votes/events.ts';
import { Authority, DepositKind, DocumentSha256, UnitAmount, UnitArea, UnitId } from './events.ts';

/** 开户: opens a community's account with its units (at most 500; add more with RegisterFundUnits). */
export const OpenFundAccountData = t.type({ communityId: Id, units: t.array(UnitArea) }, 'OpenFundAccountData');
export type OpenFundAccountData = t.TypeOf<typeof OpenFundAccountData>;

/** 新增分户: adds units to an open account. */
export const RegisterFundUnitsData = t.type({ communityId: Id, units: t.array(UnitArea) }, 'RegisterFundUnitsData');
export type RegisterFundUnitsData = t.TypeOf<typeof RegisterFundUnitsData>;

/** 交存: deposits amounts to units; a top-up (续筹) names the certified matter-6 vote that raised it. */
export const DepositToFundData = t.intersection(
  [
    t.type({ communityId: Id, depositId: Id, kind: DepositKind, deposits: t.array(UnitAmount) }),
    t.partial({ voteId: Id }),
  ],
  'DepositToFundData',
);
export type DepositToFundData = t.TypeOf<typeof DepositToFundData>;

/** 使用申请: asks to use the fund under a vote or the emergency procedure; optionally only some units bear the cost. */
export const RequestDisbursementData = t.intersection(
  [
    t.type({
      communityId: Id,
      disbursementId: Id,
      purpose: NonEmptyString,
      amountFen: AmountFen,
      authority: Authority,
    }),
    t.partial({ chargedUnitIds: t.array(UnitId) }),
  ],
  'RequestDisbursementData',
);
export type RequestDisbursementData = t.TypeOf<typeof RequestDisbursementData>;

/** 应急确认 / 审核同意: acts on one requested disbursement. */
export const DisbursementRefData = t.type({ communityId: Id, disbursementId: Id }, 'DisbursementRefData');
export type DisbursementRefData = t.TypeOf<typeof DisbursementRefData>;

/** 划拨: pays an approved disbursement to `payeeId` and charges the units. */
export const DisburseFundsData = t.type({ communityId: Id, disbursementId: Id, payeeId: Id }, 'DisburseFundsData');
export type DisburseFundsData = t.TypeOf<typeof DisburseFundsData>;

/** 退还: returns amounts of units' balances to their owners. */
export const RefundToOwnersData = t.type(
  { communityId: Id, refundId: Id, reason: NonEmptyString, refunds: t.array(UnitAmount) },
  'RefundToOwnersData',
);
export type RefundToOwnersData = t.TypeOf<typeof RefundToOwnersData>;

/** 维修及费用公示: publishes the repair done under an emergency use and its cost, in a document named by hash. */
export const PublicizeEmergencyRepairData = t.type(
  { communityId: Id, disbursementId: Id, costFen: AmountFen, documentSha256: DocumentSha256 },
  'PublicizeEmergencyRepairData',
);
export type PublicizeEmergencyRepairData = t.TypeOf<typeof PublicizeEmergencyRepairData>;

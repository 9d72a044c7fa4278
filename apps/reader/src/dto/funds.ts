/**
 * Special maintenance funds 住宅专项维修资金 as the public sees them: per community the
 * balance and its history, deposits, and every disbursement with its authority (the vote,
 * or the emergency and when the street office confirmed it); per unit (分户账) the area and
 * balance. Money in integer fen, areas in hundredths of m². Units are places, not people:
 * no owner is named.
 *
 * Reads governance's `fundLedger` and `unitFundBalances` states.
 */
import type { fund } from '@govledger/governance';
import { count, int, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** One community's fund, as governance's fundLedger holds it. */
export type CommunityFundView = fund.CommunityFundLedger;

/** The fund ledger, as governance's fundLedger holds it. */
export type FundLedgerView = fund.FundLedgerState;

/** One unit's account, as governance's unitFundBalances holds it. */
export type UnitBalanceView = fund.UnitFundBalance;

/** The unit balances, as governance's unitFundBalances holds them. */
export type UnitBalancesView = fund.UnitFundBalancesState;

/** One movement of money and the balance after it. */
export interface BalancePointDto {
  readonly index: number;
  readonly at: string;
  readonly kind: string;
  readonly ref: string;
  readonly changeFen: number;
  readonly balanceFen: number;
}

/** One deposit. */
export interface DepositDto {
  readonly depositId: string;
  readonly at: string;
  readonly kind: string;
  readonly totalFen: number;
  readonly unitCount: number;
}

/** A community's fund in a list. */
export interface FundSummaryDto {
  readonly communityId: string;
  readonly openedAt: string;
  readonly unitCount: number;
  readonly totalAreaM2Hundredths: number;
  readonly balanceFen: number;
  readonly depositedFen: number;
  readonly disbursedFen: number;
  readonly refundedFen: number;
}

/** One disbursement as served; the authority flattened. */
export interface DisbursementDto {
  readonly disbursementId: string;
  readonly purpose: string;
  readonly amountFen: number;
  readonly authority: 'vote' | 'emergency';
  readonly voteId: string | null;
  readonly emergency: string | null;
  readonly status: string;
  readonly requestedAt: string;
  readonly emergencyConfirmedAt: string | null;
  readonly approvedAt: string | null;
  readonly disbursedAt: string | null;
  readonly payeeId: string | null;
}

/** One community's fund in full. */
export interface FundDto extends FundSummaryDto {
  readonly history: readonly BalancePointDto[];
  readonly deposits: readonly DepositDto[];
  readonly disbursements: readonly DisbursementDto[];
}

/** One unit's account. */
export interface UnitAccountDto {
  readonly unitId: string;
  readonly areaM2Hundredths: number;
  readonly balanceFen: number;
  readonly depositedFen: number;
  readonly chargedFen: number;
  readonly refundedFen: number;
}

/** The summary DTO of a community's fund. */
export function fundSummaryDto(f: CommunityFundView): FundSummaryDto {
  return {
    communityId: f.communityId,
    openedAt: f.openedAt,
    unitCount: f.unitCount,
    totalAreaM2Hundredths: f.totalAreaM2Hundredths,
    balanceFen: f.balanceFen,
    depositedFen: f.depositedFen,
    disbursedFen: f.disbursedFen,
    refundedFen: f.refundedFen,
  };
}

function disbursementDto(d: fund.FundDisbursementRecord): DisbursementDto {
  return {
    disbursementId: d.disbursementId,
    purpose: d.purpose,
    amountFen: d.amountFen,
    authority: d.authority.kind,
    voteId: d.authority.kind === 'vote' ? d.authority.voteId : null,
    emergency: d.authority.kind === 'emergency' ? d.authority.emergency : null,
    status: d.status,
    requestedAt: d.requestedAt,
    emergencyConfirmedAt: d.emergencyConfirmedAt,
    approvedAt: d.approvedAt,
    disbursedAt: d.disbursedAt,
    payeeId: d.payeeId,
  };
}

/** The full DTO of a community's fund. */
export function fundDto(f: CommunityFundView): FundDto {
  return {
    ...fundSummaryDto(f),
    history: f.history.map((p) => ({
      index: p.index,
      at: p.at,
      kind: p.kind,
      ref: p.ref,
      changeFen: p.changeFen,
      balanceFen: p.balanceFen,
    })),
    deposits: f.deposits.map((d) => ({
      depositId: d.depositId,
      at: d.at,
      kind: d.kind,
      totalFen: d.totalFen,
      unitCount: d.unitCount,
    })),
    disbursements: f.disbursementOrder.flatMap((id) => {
      const d = f.disbursements[id];
      return d ? [disbursementDto(d)] : [];
    }),
  };
}

/** The DTO of one unit's account. */
export function unitAccountDto(unitId: string, u: UnitBalanceView): UnitAccountDto {
  return {
    unitId,
    areaM2Hundredths: u.areaM2Hundredths,
    balanceFen: u.balanceFen,
    depositedFen: u.depositedFen,
    chargedFen: u.chargedFen,
    refundedFen: u.refundedFen,
  };
}

const fen = (description: string) => count(`${description}, in fen`);

const summaryProperties: Record<string, Schema> = {
  communityId: str(),
  openedAt: time(),
  unitCount: count(),
  totalAreaM2Hundredths: count('registered area of the units, hundredths of m²'),
  balanceFen: fen('balance'),
  depositedFen: fen('deposited in total'),
  disbursedFen: fen('disbursed in total'),
  refundedFen: fen('refunded in total'),
};

/** Schema of {@link FundSummaryDto}. */
export const fundSummarySchema: Schema = obj(summaryProperties);

/** Schema of {@link FundDto}. */
export const fundSchema: Schema = obj({
  ...summaryProperties,
  history: list(
    obj({
      index: count('the ledger entry of the movement'),
      at: time(),
      kind: oneOf(['deposit', 'disbursement', 'refund']),
      ref: str('deposit, disbursement or refund id'),
      changeFen: int('positive for deposits, negative for disbursements and refunds'),
      balanceFen: fen('balance after the movement'),
    }),
    'every movement of money, in ledger order',
  ),
  deposits: list(
    obj({
      depositId: str(),
      at: time(),
      kind: str('initial, top-up, interest, public-income or other'),
      totalFen: fen('total'),
      unitCount: count(),
    }),
  ),
  disbursements: list(
    obj({
      disbursementId: str(),
      purpose: str(),
      amountFen: fen('amount'),
      authority: oneOf(['vote', 'emergency'], 'a certified passing matter-5 vote, or the emergency procedure'),
      voteId: nullable(str()),
      emergency: nullable(str()),
      status: oneOf(['requested', 'approved', 'disbursed']),
      requestedAt: time(),
      emergencyConfirmedAt: nullable(time('when the street office confirmed the emergency')),
      approvedAt: nullable(time()),
      disbursedAt: nullable(time()),
      payeeId: nullable(str('the organisation paid')),
    }),
    'in the order requested',
  ),
});

/** Schema of {@link UnitAccountDto}. */
export const unitAccountSchema: Schema = obj({
  unitId: str(),
  areaM2Hundredths: count('registered area, hundredths of m²'),
  balanceFen: fen('balance'),
  depositedFen: fen('deposited'),
  chargedFen: fen('charged for disbursements'),
  refundedFen: fen('refunded'),
});

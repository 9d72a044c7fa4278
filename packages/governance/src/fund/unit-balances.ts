/**
 * unitFundBalances: per community and unit (分户账), the registered area, the balance and
 * what was deposited, charged for disbursements and refunded, all in fen. Updated in place:
 * O(units listed) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import {
  DisbursementApportioned,
  FundAccountOpened,
  FundDeposited,
  FundsRefunded,
  FundUnitsRegistered,
  isFundEvent,
} from './events.ts';
import { unitBalanceRecords } from './unit-balance-records.ts';

/** One unit's account. `balanceFen` = deposited − charged − refunded, never negative. */
export interface UnitFundBalance {
  readonly areaM2Hundredths: number;
  balanceFen: number;
  depositedFen: number;
  chargedFen: number;
  refundedFen: number;
}

/** Unit balances by community id, then unit id. */
export interface UnitFundBalancesState {
  readonly communities: Record<string, Record<string, UnitFundBalance>>;
}

type Field = 'depositedFen' | 'chargedFen' | 'refundedFen';

function post(
  units: Record<string, UnitFundBalance>,
  lines: readonly { unitId: string; amountFen: number }[],
  field: Field,
): void {
  const sign = field === 'depositedFen' ? 1 : -1;
  for (const line of lines) {
    const unit = units[line.unitId];
    if (!unit) continue;
    unit[field] += line.amountFen;
    unit.balanceFen += sign * line.amountFen;
  }
}

function register(
  units: Record<string, UnitFundBalance>,
  list: readonly { unitId: string; areaM2Hundredths: number }[],
): void {
  for (const u of list) {
    units[u.unitId] = {
      areaM2Hundredths: u.areaM2Hundredths,
      balanceFen: 0,
      depositedFen: 0,
      chargedFen: 0,
      refundedFen: 0,
    };
  }
}

function evolveBalances(state: UnitFundBalancesState, event: RecordedEvent): UnitFundBalancesState {
  if (!isFundEvent(event)) return state;
  const { type, data } = event;
  if (type === FundAccountOpened.type) {
    const units: Record<string, UnitFundBalance> = {};
    register(units, data.units);
    state.communities[data.communityId] = units;
    return state;
  }
  const units = state.communities[data.communityId];
  if (!units) return state;
  switch (type) {
    case FundUnitsRegistered.type:
      register(units, data.units);
      break;
    case FundDeposited.type:
      post(units, data.deposits, 'depositedFen');
      break;
    case DisbursementApportioned.type:
      post(units, data.charges, 'chargedFen');
      break;
    case FundsRefunded.type:
      post(units, data.refunds, 'refundedFen');
      break;
    default:
      break;
  }
  return state;
}

/** The unit fund balances projection. */
export const unitFundBalances: Projection<UnitFundBalancesState> = {
  name: 'unitFundBalances',
  version: 1,
  publicRecords: unitBalanceRecords,
  init: () => ({ communities: {} }),
  evolve: evolveBalances,
};

/**
 * The public records of `unitFundBalances`: one per community, keyed by its id, holding every
 * unit's account (分户账: area, balance, deposited, charged, refunded) by unit id. Units are
 * places, not people, as the read API already serves them.
 *
 * One record per community rather than per unit: a deposit credits every unit of the
 * community at once, so per-unit records would put a hundred leaves and a hundred tree paths
 * behind each deposit, where one record costs one leaf (the units are hashed either way). A
 * unit's figures are proven by the proof of its community's record.
 *
 * The record is a table, not a map of objects, because it is rehashed whole after every
 * deposit: `{"columns":["unitId","areaM2Hundredths","balanceFen","depositedFen","chargedFen",
 * "refundedFen"],"units":[["1-1-101",8934,120000,120000,0,0],…]}`, rows by unit id (UTF-16
 * order), less than half the bytes of the same figures with their names repeated per unit.
 */
import type { PublicRecords } from '@govledger/core';
import { ownEntry } from '../public-records.ts';
import {
  DisbursementApportioned,
  FundAccountOpened,
  FundDeposited,
  FundsRefunded,
  FundUnitsRegistered,
  isFundEvent,
} from './events.ts';

/** One unit's account as these records read it (`UnitFundBalance`, without importing the projection). */
interface UnitAccount {
  readonly areaM2Hundredths: number;
  readonly balanceFen: number;
  readonly depositedFen: number;
  readonly chargedFen: number;
  readonly refundedFen: number;
}

/** The unit balances as these records read them (`UnitFundBalancesState`). */
interface UnitTables {
  readonly communities: Readonly<Record<string, Readonly<Record<string, UnitAccount>>>>;
}

const UNIT_EVENT_TYPES: ReadonlySet<string> = new Set([
  FundAccountOpened.type,
  FundUnitsRegistered.type,
  FundDeposited.type,
  DisbursementApportioned.type,
  FundsRefunded.type,
]);

/** The columns of a community's unit table, in row order. */
export const UNIT_COLUMNS = [
  'unitId',
  'areaM2Hundredths',
  'balanceFen',
  'depositedFen',
  'chargedFen',
  'refundedFen',
] as const;

/** The public records of the unit balances (see the module comment). */
export const unitBalanceRecords: PublicRecords<UnitTables> = {
  touched(_state, event) {
    return isFundEvent(event) && UNIT_EVENT_TYPES.has(event.type) ? [event.data.communityId] : [];
  },
  read(state, key) {
    const units = ownEntry(state.communities, key);
    if (units === undefined) return undefined;
    const rows = Object.keys(units)
      .sort()
      .map((unitId) => {
        const u = units[unitId]!;
        return [unitId, u.areaM2Hundredths, u.balanceFen, u.depositedFen, u.chargedFen, u.refundedFen];
      });
    return { columns: UNIT_COLUMNS, units: rows };
  },
  keys: (state) => Object.keys(state.communities),
};

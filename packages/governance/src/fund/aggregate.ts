/**
 * The state of one community's fund stream: units with area and balance, the disbursements
 * in progress, and how much of each authorising vote's amount is already committed.
 *
 * Ownership: the first event (`FundAccountOpened`) builds fresh records and later events
 * update them in place (O(1) per unit line). A state must not be used again after it was
 * evolved; `initialFundState` itself is never modified.
 */
import type { Aggregate } from '../command.ts';
import {
  type Authority,
  DisbursementApportioned,
  DisbursementApproved,
  DisbursementRequested,
  EmergencyConfirmed,
  EmergencyRepairPublicised,
  FundAccountOpened,
  type FundAccountOpenedData,
  FundDeposited,
  type FundEvent,
  FundsDisbursed,
  FundsRefunded,
  FundUnitsRegistered,
  type UnitArea,
} from './events.ts';

/** One unit's account: registered area and balance in fen (never negative). */
export interface FundUnit {
  readonly areaM2Hundredths: number;
  balanceFen: number;
}

/** Where a disbursement stands. An emergency request must be confirmed before approval. */
export type DisbursementStatus = 'requested' | 'approved' | 'disbursed';

/** One disbursement as the rules see it. */
export interface FundDisbursement {
  status: DisbursementStatus;
  readonly amountFen: number;
  readonly authority: Authority;
  /** Units bearing the cost; null for every unit of the community. */
  readonly chargedUnitIds: readonly string[] | null;
  emergencyConfirmed: boolean;
  /** True once the repair and its cost were published (emergency uses). */
  publicised: boolean;
}

/** One community's fund. `balanceFen` is always the sum of the units' balances. */
export interface FundState {
  readonly opened: boolean;
  readonly communityId: string;
  balanceFen: number;
  readonly units: Record<string, FundUnit>;
  readonly disbursements: Record<string, FundDisbursement>;
  /** Per authorising vote id, the fen already requested under it. */
  readonly committedByVote: Record<string, number>;
  readonly depositIds: Record<string, true>;
  readonly refundIds: Record<string, true>;
  /** The sum of the initial deposits (首期交存), the base of a policy's cap on emergency uses. */
  initialDepositsFen: number;
  /** The sum of every emergency use requested so far. */
  emergencyRequestedFen: number;
}

/** A community whose fund account is not open yet. */
export const initialFundState: FundState = Object.freeze({
  opened: false,
  communityId: '',
  balanceFen: 0,
  units: Object.freeze({}),
  disbursements: Object.freeze({}),
  committedByVote: Object.freeze({}),
  depositIds: Object.freeze({}),
  refundIds: Object.freeze({}),
  initialDepositsFen: 0,
  emergencyRequestedFen: 0,
});

function addUnits(state: FundState, units: readonly UnitArea[]): void {
  for (const u of units) state.units[u.unitId] = { areaM2Hundredths: u.areaM2Hundredths, balanceFen: 0 };
}

function credit(state: FundState, lines: readonly { unitId: string; amountFen: number }[], sign: 1 | -1): void {
  for (const line of lines) {
    const unit = state.units[line.unitId];
    if (!unit) continue;
    unit.balanceFen += sign * line.amountFen;
    state.balanceFen += sign * line.amountFen;
  }
}

function opened(data: FundAccountOpenedData): FundState {
  const state: FundState = {
    opened: true,
    communityId: data.communityId,
    balanceFen: 0,
    units: {},
    disbursements: {},
    committedByVote: {},
    depositIds: {},
    refundIds: {},
    initialDepositsFen: 0,
    emergencyRequestedFen: 0,
  };
  addUnits(state, data.units);
  return state;
}

function evolveFund(state: FundState, event: FundEvent): FundState {
  const { type, data } = event;
  if (type === FundAccountOpened.type) return opened(data);
  if (!state.opened) return state;
  switch (type) {
    case FundUnitsRegistered.type:
      addUnits(state, data.units);
      break;
    case FundDeposited.type: {
      state.depositIds[data.depositId] = true;
      credit(state, data.deposits, 1);
      if (data.kind === 'initial') state.initialDepositsFen += data.totalFen;
      break;
    }
    case DisbursementRequested.type: {
      state.disbursements[data.disbursementId] = {
        status: 'requested',
        amountFen: data.amountFen,
        authority: data.authority,
        chargedUnitIds: data.chargedUnitIds,
        emergencyConfirmed: false,
        publicised: false,
      };
      if (data.authority.kind === 'vote') {
        const voteId = data.authority.voteId;
        state.committedByVote[voteId] = (state.committedByVote[voteId] ?? 0) + data.amountFen;
      } else {
        state.emergencyRequestedFen += data.amountFen;
      }
      break;
    }
    case EmergencyConfirmed.type: {
      const d = state.disbursements[data.disbursementId];
      if (d) d.emergencyConfirmed = true;
      break;
    }
    case DisbursementApproved.type: {
      const d = state.disbursements[data.disbursementId];
      if (d) d.status = 'approved';
      break;
    }
    case FundsDisbursed.type: {
      const d = state.disbursements[data.disbursementId];
      if (d) d.status = 'disbursed';
      break;
    }
    case DisbursementApportioned.type:
      credit(state, data.charges, -1);
      break;
    case EmergencyRepairPublicised.type: {
      const d = state.disbursements[data.disbursementId];
      if (d) d.publicised = true;
      break;
    }
    case FundsRefunded.type: {
      state.refundIds[data.refundId] = true;
      credit(state, data.refunds, -1);
      break;
    }
    default:
      break;
  }
  return state;
}

/** The fold of a `fund-<communityId>` stream. */
export const fundAggregate: Aggregate<FundState, FundEvent> = {
  initialState: initialFundState,
  evolve: evolveFund,
};

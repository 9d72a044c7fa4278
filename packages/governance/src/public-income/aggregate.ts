/**
 * The state of one community's public income stream: income booked per month and source,
 * what was allocated, and the ids already used.
 *
 * Ownership: the first event builds fresh records and later events update them in place
 * (O(1) per event). A state must not be used again after it was evolved;
 * `initialPublicIncomeState` itself is never modified.
 */
import type { Aggregate } from '../command.ts';
import {
  type IncomeBySource,
  PublicIncomeAllocated,
  PublicIncomeDisclosed,
  PublicIncomeRecorded,
  noIncome,
  type PublicIncomeEvent,
} from './events.ts';

/** One community's public income. `unallocated = totalIncomeFen − allocatedFen`, never negative. */
export interface PublicIncomeState {
  totalIncomeFen: number;
  allocatedFen: number;
  /** Income per month (`YYYY-MM`) and source. */
  readonly byMonth: Record<string, IncomeBySource>;
  readonly incomeIds: Record<string, true>;
  readonly allocationIds: Record<string, true>;
  readonly disclosureIds: Record<string, true>;
}

/** A community with no public income recorded yet. */
export const initialPublicIncomeState: PublicIncomeState = Object.freeze({
  totalIncomeFen: 0,
  allocatedFen: 0,
  byMonth: Object.freeze({}),
  incomeIds: Object.freeze({}),
  allocationIds: Object.freeze({}),
  disclosureIds: Object.freeze({}),
});

function fresh(): PublicIncomeState {
  return { totalIncomeFen: 0, allocatedFen: 0, byMonth: {}, incomeIds: {}, allocationIds: {}, disclosureIds: {} };
}

function evolvePublicIncome(current: PublicIncomeState, event: PublicIncomeEvent): PublicIncomeState {
  const known =
    event.type === PublicIncomeRecorded.type ||
    event.type === PublicIncomeAllocated.type ||
    event.type === PublicIncomeDisclosed.type;
  if (!known) return current;
  const state = current === initialPublicIncomeState ? fresh() : current;
  switch (event.type) {
    case PublicIncomeRecorded.type: {
      const { data } = event;
      state.incomeIds[data.incomeId] = true;
      state.totalIncomeFen += data.amountFen;
      const month = state.byMonth[data.period] ?? noIncome();
      month[data.source] += data.amountFen;
      state.byMonth[data.period] = month;
      break;
    }
    case PublicIncomeAllocated.type: {
      const { data } = event;
      state.allocationIds[data.allocationId] = true;
      state.allocatedFen += data.amountFen;
      break;
    }
    case PublicIncomeDisclosed.type:
      state.disclosureIds[event.data.disclosureId] = true;
      break;
  }
  return state;
}

/** The fold of a `public-income-<communityId>` stream. */
export const publicIncomeAggregate: Aggregate<PublicIncomeState, PublicIncomeEvent> = {
  initialState: initialPublicIncomeState,
  evolve: evolvePublicIncome,
};

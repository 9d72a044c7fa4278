/**
 * publicIncome: per community, income by source and by month, allocations by target, what
 * is unallocated, every disclosure, and how much recorded income no disclosure has covered
 * yet (income booked to a month after that month was disclosed counts as undisclosed until
 * it is disclosed again) — what the platform supervises (公共收益实现智慧平台监管). Money in
 * fen. O(1) per event, and O(months covered, at most 36) per disclosure.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import {
  type AllocationTarget,
  type IncomeBySource,
  noIncome,
  PublicIncomeAllocated,
  PublicIncomeDisclosed,
  PublicIncomeRecorded,
  isPublicIncomeEvent,
} from './events.ts';
import { monthsFrom } from './period.ts';
import { ownEntry, positionOf } from '../public-records.ts';

/** One month's income and the part of it no disclosure has covered yet. */
export interface MonthIncome {
  incomeFen: number;
  undisclosedFen: number;
}

/** One disclosure as published. */
export interface DisclosureRecord {
  readonly disclosureId: string;
  readonly at: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly incomeFen: number;
  readonly documentSha256: string | null;
}

/** One community's public income. */
export interface CommunityPublicIncome {
  readonly communityId: string;
  totalIncomeFen: number;
  readonly bySource: IncomeBySource;
  readonly byMonth: Record<string, MonthIncome>;
  readonly allocatedByTarget: Record<AllocationTarget, number>;
  allocatedFen: number;
  unallocatedFen: number;
  undisclosedIncomeFen: number;
  readonly disclosures: DisclosureRecord[];
  lastDisclosedAt: string | null;
}

/** Public income by community id. */
export interface PublicIncomeProjectionState {
  readonly communities: Record<string, CommunityPublicIncome>;
}

function community(state: PublicIncomeProjectionState, communityId: string): CommunityPublicIncome {
  let c = state.communities[communityId];
  if (!c) {
    c = {
      communityId,
      totalIncomeFen: 0,
      bySource: noIncome(),
      byMonth: {},
      allocatedByTarget: { 'maintenance-fund': 0, owners: 0, expenses: 0 },
      allocatedFen: 0,
      unallocatedFen: 0,
      undisclosedIncomeFen: 0,
      disclosures: [],
      lastDisclosedAt: null,
    };
    state.communities[communityId] = c;
  }
  return c;
}

function evolvePublicIncome(state: PublicIncomeProjectionState, event: RecordedEvent): PublicIncomeProjectionState {
  if (!isPublicIncomeEvent(event)) return state;
  switch (event.type) {
    case PublicIncomeRecorded.type: {
      const { data } = event;
      const c = community(state, data.communityId);
      c.totalIncomeFen += data.amountFen;
      c.unallocatedFen += data.amountFen;
      c.undisclosedIncomeFen += data.amountFen;
      c.bySource[data.source] += data.amountFen;
      const month = c.byMonth[data.period] ?? { incomeFen: 0, undisclosedFen: 0 };
      month.incomeFen += data.amountFen;
      month.undisclosedFen += data.amountFen;
      c.byMonth[data.period] = month;
      break;
    }
    case PublicIncomeAllocated.type: {
      const { data } = event;
      const c = community(state, data.communityId);
      c.allocatedByTarget[data.target] += data.amountFen;
      c.allocatedFen += data.amountFen;
      c.unallocatedFen -= data.amountFen;
      break;
    }
    case PublicIncomeDisclosed.type: {
      const { data } = event;
      const c = community(state, data.communityId);
      for (const m of monthsFrom(data.periodFrom, data.periodTo)) {
        const month = c.byMonth[m];
        if (!month) continue;
        c.undisclosedIncomeFen -= month.undisclosedFen;
        month.undisclosedFen = 0;
      }
      c.disclosures.push({
        disclosureId: data.disclosureId,
        at: event.metadata.occurredAt,
        periodFrom: data.periodFrom,
        periodTo: data.periodTo,
        incomeFen: data.incomeFen,
        documentSha256: data.documentSha256 ?? null,
      });
      c.lastDisclosedAt = event.metadata.occurredAt;
      break;
    }
    default:
      break;
  }
  return state;
}

/** The public income projection. */
export const publicIncome: Projection<PublicIncomeProjectionState> = {
  name: 'publicIncome',
  version: 1,
  init: () => ({ communities: {} }),
  evolve: evolvePublicIncome,
  /**
   * Public records: each community's income keyed `<communityId>` (totals by source and by
   * allocation target, what is undisclosed), each month `<communityId>/months/<YYYY-MM>` and
   * each disclosure `<communityId>/disclosures/<i>`, so no record grows with the history.
   */
  publicRecords: {
    touched(state, event) {
      if (!isPublicIncomeEvent(event)) return [];
      const { type, data } = event;
      const c = ownEntry(state.communities, data.communityId);
      if (c === undefined) return [];
      const keys = [data.communityId];
      if (type === PublicIncomeRecorded.type) {
        keys.push(`${data.communityId}/months/${data.period}`);
      }
      if (type === PublicIncomeDisclosed.type) {
        keys.push(`${data.communityId}/disclosures/${c.disclosures.length - 1}`);
        for (const month of monthsFrom(data.periodFrom, data.periodTo)) {
          if (Object.hasOwn(c.byMonth, month)) keys.push(`${data.communityId}/months/${month}`);
        }
      }
      return keys;
    },
    read(state, key) {
      const [communityId, kind, ref] = key.split('/');
      const c = ownEntry(state.communities, communityId ?? '');
      if (c === undefined) return undefined;
      if (kind === undefined) {
        return {
          communityId: c.communityId,
          totalIncomeFen: c.totalIncomeFen,
          bySource: { ...c.bySource },
          allocatedByTarget: { ...c.allocatedByTarget },
          allocatedFen: c.allocatedFen,
          unallocatedFen: c.unallocatedFen,
          undisclosedIncomeFen: c.undisclosedIncomeFen,
          months: Object.keys(c.byMonth).length,
          disclosures: c.disclosures.length,
          lastDisclosedAt: c.lastDisclosedAt,
        };
      }
      if (kind === 'months') return ownEntry(c.byMonth, ref ?? '');
      const position = positionOf(ref ?? '');
      return kind === 'disclosures' && position !== undefined ? c.disclosures[position] : undefined;
    },
    *keys(state) {
      for (const c of Object.values(state.communities)) {
        yield c.communityId;
        for (const month of Object.keys(c.byMonth)) yield `${c.communityId}/months/${month}`;
        for (let i = 0; i < c.disclosures.length; i++) yield `${c.communityId}/disclosures/${i}`;
      }
    },
  },
};

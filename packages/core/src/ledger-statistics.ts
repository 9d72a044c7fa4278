/**
 * A generic projection every ledger has: how many events of each type, how many streams,
 * and the span of recorded time. Useful for any domain, and a model of an O(1) fold.
 */
import type { Projection } from './projection.ts';

/** Counts over the whole log. */
export interface LedgerStatistics {
  events: number;
  streams: number;
  byType: Record<string, number>;
  firstRecordedAt: string | null;
  lastRecordedAt: string | null;
  /** Stream ids seen (kept to count distinct streams; O(1) per event). */
  seenStreams: Set<string>;
}

/** The `ledgerStatistics` projection. */
export const ledgerStatistics: Projection<LedgerStatistics> = {
  name: 'ledgerStatistics',
  version: 1,
  init: () => ({
    events: 0,
    streams: 0,
    byType: {},
    firstRecordedAt: null,
    lastRecordedAt: null,
    seenStreams: new Set(),
  }),
  evolve(state, event) {
    state.events++;
    state.byType[event.type] = (state.byType[event.type] ?? 0) + 1;
    if (!state.seenStreams.has(event.streamId)) {
      state.seenStreams.add(event.streamId);
      state.streams++;
    }
    state.firstRecordedAt ??= event.metadata.recordedAt;
    state.lastRecordedAt = event.metadata.recordedAt;
    return state;
  },
  /**
   * Public records: `totals` (events, streams, first and last recording time) and
   * `type:<event type>` (how many events of that type): the overview's counters.
   */
  publicRecords: {
    touched: (_state, event) => ['totals', `type:${event.type}`],
    read(state, key) {
      if (key === 'totals') return summariseTotals(state);
      const type = key.slice(5);
      const count = key.startsWith('type:') && Object.hasOwn(state.byType, type) ? state.byType[type] : undefined;
      return count === undefined ? undefined : { count };
    },
    keys: (state) => ['totals', ...Object.keys(state.byType).map((type) => `type:${type}`)],
  },
};

function summariseTotals(state: LedgerStatistics) {
  const { events, streams, firstRecordedAt, lastRecordedAt } = state;
  return { events, streams, firstRecordedAt, lastRecordedAt };
}

/** The statistics without the internal stream set, for printing. */
export function summariseStatistics(state: LedgerStatistics): Omit<LedgerStatistics, 'seenStreams'> {
  const { seenStreams: _seen, ...rest } = state;
  return rest;
}

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
};

/** The statistics without the internal stream set, for printing. */
export function summariseStatistics(state: LedgerStatistics): Omit<LedgerStatistics, 'seenStreams'> {
  const { seenStreams: _seen, ...rest } = state;
  return rest;
}

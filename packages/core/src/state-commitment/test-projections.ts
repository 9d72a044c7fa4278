/**
 * Test support: small projections that declare public records, as a domain projection
 * would (not part of the public API).
 */
import type { RecordedEvent } from '../envelope.ts';
import { MemoryStore } from '../memory-store.ts';
import type { Projection } from '../projection.ts';
import { sampleEvent } from '../testing/sample-events.ts';

/** Per stream: how many events and the sum of `data.n`; plus a `totals` aggregate. */
export interface StreamSums {
  readonly streams: Map<string, { events: number; sum: number; secret: string }>;
  totals: { events: number; sum: number };
}

/** A projection with one record per stream and one aggregate record; `secret` is never public. */
export function streamSums(name = 'streamSums', version = 1): Projection<StreamSums> {
  return {
    name,
    version,
    init: () => ({ streams: new Map(), totals: { events: 0, sum: 0 } }),
    evolve(state, event: RecordedEvent) {
      const n = Number(event.data.n ?? 0);
      const stream = state.streams.get(event.streamId) ?? { events: 0, sum: 0, secret: 'owner-phone' };
      stream.events++;
      stream.sum += n;
      state.streams.set(event.streamId, stream);
      state.totals.events++;
      state.totals.sum += n;
      return state;
    },
    publicRecords: {
      touched: (_state, event) => [event.streamId, 'totals'],
      read(state, key) {
        if (key === 'totals') return { ...state.totals };
        const stream = state.streams.get(key);
        return stream === undefined ? undefined : { events: stream.events, sum: stream.sum };
      },
      keys: (state) => ['totals', ...state.streams.keys()],
    },
  };
}

/** Counts events per type (a second model, so layouts mix models). */
export function typeCounts(name = 'typeCounts'): Projection<Map<string, number>> {
  return {
    name,
    version: 1,
    init: () => new Map(),
    evolve: (state, event) => state.set(event.type, (state.get(event.type) ?? 0) + 1),
    publicRecords: {
      touched: (_state, event) => [event.type],
      read: (state, key) => state.get(key),
      keys: (state) => state.keys(),
    },
  };
}

/** A memory store with `count` events over streams s-0 … s-4, two event types. */
export async function storeOf(count: number): Promise<MemoryStore> {
  let minute = 0;
  const store = new MemoryStore({ clock: () => new Date(Date.UTC(2024, 0, 1, 0, minute++)) });
  for (let i = 0; i < count; i++) {
    const stream = `s-${(i * 7) % 5}`;
    await store.append(stream, [sampleEvent(stream, { n: i + 1 }, i % 3 === 0 ? 'Counted' : 'Noted')]);
  }
  return store;
}

/**
 * The number of events seen, in one record `seen` that only the first event names: every
 * later change reaches the commitment as a clock-driven record, as overdue counters do.
 */
export function clockCount(name = 'clockCount'): Projection<{ seen: number }> {
  return {
    name,
    version: 1,
    init: () => ({ seen: 0 }),
    evolve: (state) => ({ seen: state.seen + 1 }),
    publicRecords: {
      touched: (state) => (state.seen === 1 ? ['seen'] : []),
      read: (state, key) => (key === 'seen' && state.seen > 0 ? { count: state.seen } : undefined),
      keys: (state) => (state.seen > 0 ? ['seen'] : []),
      clockDriven: () => ['seen'],
    },
  };
}

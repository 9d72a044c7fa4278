import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../envelope.ts';
import type { EventStore } from '../store.ts';
import { MemoryStore } from '../memory-store.ts';
import { type Projection, SNAPSHOT_MILESTONE } from '../projection.ts';
import { ProjectionRunner } from '../projection-runner.ts';
import { sampleEvent } from '../testing/sample-events.ts';
import { diffProjections } from './projection-diff.ts';

interface Counts {
  byStream: Record<string, { n: number }>;
}

/** Counts events per stream, in place; counts how many events it was given. */
function counting(): Projection<Counts> & { calls: number } {
  const projection = {
    name: 'counts',
    version: 1,
    calls: 0,
    init: (): Counts => ({ byStream: {} }),
    evolve(state: Counts, event: RecordedEvent) {
      projection.calls++;
      state.byStream[event.streamId] ??= { n: 0 };
      state.byStream[event.streamId]!.n++;
      return state;
    },
  };
  return projection;
}

const recorded: RecordedEvent = {
  index: 0,
  streamId: 's-0',
  streamVersion: 0,
  eventId: 'e',
  type: 'SomethingHappened',
  schemaVersion: 1,
  data: {},
  metadata: {
    actor: { id: 'tester', role: 'system' },
    occurredAt: '2024-01-01T00:00:00.000Z',
    recordedAt: '2024-01-01T00:00:00.000Z',
  },
};

/** A store whose clock advances one minute per append, from 2024-01-01T00:00Z. */
async function storeWith(count: number, streams = 3): Promise<MemoryStore> {
  let minute = 0;
  const store = new MemoryStore({ clock: () => new Date(Date.UTC(2024, 0, 1, 0, minute++)) });
  for (let i = 0; i < count; i++) await store.append(`s-${i % streams}`, [sampleEvent(`s-${i % streams}`, { n: i })]);
  return store;
}

describe('diffProjections', () => {
  it('reports what changed between two points and the events in between that changed it', async () => {
    const store = await storeWith(10, 4);
    const result = await diffProjections(store, [counting()], { index: 4 }, { index: 6 });
    if (result._tag === 'Left') throw new Error('reversed');
    const [counts] = result.right.projections;
    expect(result.right).toMatchObject({ fromSize: 5, toSize: 7 });
    expect(counts!.items.map((c) => [c.item, c.kind, c.fields, c.causes.map((e) => e.index)])).toEqual([
      ['/byStream/s-1', 'changed', [{ path: '/n', kind: 'changed', before: 1, after: 2 }], [5]],
      ['/byStream/s-2', 'changed', [{ path: '/n', kind: 'changed', before: 1, after: 2 }], [6]],
    ]);
    expect(result.right.statesAtTo.counts).toEqual({
      byStream: { 's-0': { n: 2 }, 's-1': { n: 2 }, 's-2': { n: 2 }, 's-3': { n: 1 } },
    });
  });

  it('takes ISO times, and reports new items as added', async () => {
    const store = await storeWith(6, 6);
    const result = await diffProjections(store, [counting()], { time: '2024-01-01T00:01:30.000Z' }, undefined);
    if (result._tag === 'Left') throw new Error('reversed');
    expect(result.right.projections[0]!.items.map((c) => [c.item, c.kind, c.after])).toEqual([
      ['/byStream/s-2', 'added', { n: 1 }],
      ['/byStream/s-3', 'added', { n: 1 }],
      ['/byStream/s-4', 'added', { n: 1 }],
      ['/byStream/s-5', 'added', { n: 1 }],
    ]);
  });

  it('refuses a range whose end lies before its start', async () => {
    const store = await storeWith(5);
    const result = await diffProjections(store, [counting()], { index: 3 }, { index: 1 });
    expect(result).toEqual({ _tag: 'Left', left: { _tag: 'DiffRangeReversed', fromSize: 4, toSize: 2 } });
  });

  it('folds only the range after a snapshot at its start, not the whole log', async () => {
    const store = await storeWith(40);
    const warm = new ProjectionRunner(store, [counting()], { snapshots: store, snapshotEvery: 1 });
    await warm.catchUp();
    await store.append('s-9', [sampleEvent('s-9', {})]);
    await store.append('s-9', [sampleEvent('s-9', {})]);
    const projection = counting();
    const result = await diffProjections(store, [projection], { index: 39 }, undefined, { snapshots: store });
    expect(result._tag).toBe('Right');
    expect(projection.calls).toBe(2);
  });

  it('saves milestone snapshots while replaying to the start of a range, when asked', async () => {
    // A log of generated entries (a stand-in for a store: only head and readAll are used).
    const size = SNAPSHOT_MILESTONE + 10;
    const log = {
      head: async () => ({ size, lastRecordedAt: '2024-01-01T00:00:00.000Z' }),
      async *readAll(options: { from?: number; to?: number } = {}) {
        for (let index = options.from ?? 0; index < (options.to ?? size); index++) {
          yield { ...recorded, index };
        }
      },
    } as unknown as EventStore;
    const saved: number[] = [];
    const snapshots = {
      loadSnapshot: async () => null,
      saveSnapshot: async (s: { size: number }) => {
        saved.push(s.size);
      },
    };
    await new ProjectionRunner(log, [counting()], { snapshots }).replayAsOf({ index: size - 2 });
    expect(saved).toEqual([]);
    await new ProjectionRunner(log, [counting()], { snapshots, saveMilestones: true }).replayAsOf({ index: size - 2 });
    expect(saved).toEqual([SNAPSHOT_MILESTONE]);
  });
});

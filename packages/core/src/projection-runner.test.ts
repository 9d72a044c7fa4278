import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from './envelope.ts';
import { MemoryStore } from './memory-store.ts';
import { parseAsOf, type Projection } from './projection.ts';
import { ProjectionRunner, replayProjections } from './projection-runner.ts';
import { sampleEvent } from './testing/sample-events.ts';
import { UpcasterRegistry } from './upcaster.ts';

/** Sums `data.n` and counts how many events it folded, in place (O(1) per event). */
function summing(name = 'sum', version = 1): Projection<{ sum: number; seen: number }> & { calls: number } {
  const projection = {
    name,
    version,
    calls: 0,
    init: () => ({ sum: 0, seen: 0 }),
    evolve(state: { sum: number; seen: number }, event: RecordedEvent) {
      projection.calls++;
      state.sum += Number(event.data.n ?? 0);
      state.seen++;
      return state;
    },
  };
  return projection;
}

/** A store whose clock advances one minute per append, from 2024-01-01T00:00Z. */
async function storeWith(count: number): Promise<MemoryStore> {
  let minute = 0;
  const store = new MemoryStore({ clock: () => new Date(Date.UTC(2024, 0, 1, 0, minute++)) });
  for (let i = 0; i < count; i++) await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { n: i + 1 })]);
  return store;
}

describe('ProjectionRunner', () => {
  it('replays as of an index, inclusive, and as of a recordedAt time', async () => {
    const store = await storeWith(10);
    const byIndex = await replayProjections(store, [summing()], { index: 3 });
    expect(byIndex.size).toBe(4);
    expect(byIndex.states.sum).toEqual({ sum: 1 + 2 + 3 + 4, seen: 4 });
    const byTime = await replayProjections(store, [summing()], { time: '2024-01-01T00:05:30.000Z' });
    expect(byTime.size).toBe(6);
    expect((await replayProjections(store, [summing()], { time: '2023-12-31T00:00:00.000Z' })).size).toBe(0);
    expect((await replayProjections(store, [summing()], { index: 99 })).size).toBe(10);
  });

  it('catches up incrementally, folding only the new events', async () => {
    const store = await storeWith(5);
    const projection = summing();
    const runner = new ProjectionRunner(store, [projection]);
    expect(await runner.catchUp()).toBe(5);
    await store.append('s-9', [sampleEvent('s-9', { n: 100 })]);
    expect(await runner.catchUp()).toBe(6);
    expect(projection.calls).toBe(6);
    expect(runner.state<{ sum: number }>('sum').sum).toBe(115);
  });

  it('hands out the state of a projection asked for by the projection itself', async () => {
    const store = await storeWith(3);
    const projection = summing();
    const runner = new ProjectionRunner(store, [projection]);
    await runner.catchUp();
    const state: { sum: number; seen: number } = runner.state(projection);
    expect(state).toEqual({ sum: 6, seen: 3 });
    expect(() => runner.state(summing('other'))).toThrow(/no projection named other/);
  });

  it('catches up to a bound below the head when asked, and never past the head', async () => {
    const store = await storeWith(8);
    const projection = summing();
    const runner = new ProjectionRunner(store, [projection]);
    expect(await runner.catchUp(3)).toBe(3);
    expect(projection.calls).toBe(3);
    expect(await runner.catchUp(50)).toBe(8);
    expect(projection.calls).toBe(8);
  });

  it('resumes from a snapshot instead of replaying from zero, and ignores snapshots of another version', async () => {
    const store = await storeWith(30);
    const first = new ProjectionRunner(store, [summing()], { snapshots: store, snapshotEvery: 10 });
    await first.catchUp();
    await store.append('s-1', [sampleEvent('s-1', { n: 1000 })]);
    const resumed = summing();
    const second = new ProjectionRunner(store, [resumed], { snapshots: store });
    await second.catchUp();
    expect(resumed.calls).toBe(1);
    expect(second.state<{ sum: number }>('sum').sum).toBe((30 * 31) / 2 + 1000);
    const bumped = summing('sum', 2);
    await new ProjectionRunner(store, [bumped], { snapshots: store }).catchUp();
    expect(bumped.calls).toBe(31);
  });

  it('resumes each projection from its own snapshot and folds the tail once for all of them', async () => {
    const store = await storeWith(30);
    await new ProjectionRunner(store, [summing('early')], { snapshots: store, snapshotEvery: 1 }).catchUp(10);
    await new ProjectionRunner(store, [summing('late')], { snapshots: store, snapshotEvery: 1 }).catchUp(25);
    const early = summing('early');
    const late = summing('late');
    const fresh = summing('fresh');
    const runner = new ProjectionRunner(store, [early, late, fresh], { snapshots: store });
    expect(await runner.catchUp()).toBe(30);
    expect(early.calls).toBe(20);
    expect(late.calls).toBe(5);
    expect(fresh.calls).toBe(30);
    for (const name of ['early', 'late', 'fresh']) expect(runner.state<{ sum: number }>(name).sum).toBe((30 * 31) / 2);
  });

  it('saves the snapshots of states resumed from different sizes at the one size they reach', async () => {
    const store = await storeWith(20);
    await new ProjectionRunner(store, [summing('late')], { snapshots: store, snapshotEvery: 1 }).catchUp(15);
    const runner = new ProjectionRunner(store, [summing('late'), summing('fresh')], {
      snapshots: store,
      snapshotEvery: 1,
    });
    await runner.catchUp(20);
    const saved = await store.loadSnapshot('late', 1, 20);
    expect(saved?.size).toBe(20);
    expect(saved?.state).toEqual({ sum: (20 * 21) / 2, seen: 20 });
    expect((await store.loadSnapshot('fresh', 1, 20))?.state).toEqual({ sum: (20 * 21) / 2, seen: 20 });
  });

  it('follows appended events without reading them back and snapshots when due and at the end', async () => {
    const store = new MemoryStore();
    const followed = summing();
    const runner = new ProjectionRunner(store, [followed], { snapshots: store, snapshotEvery: 4 });
    for (let i = 0; i < 6; i++) {
      const appended = await store.append('s', [sampleEvent('s', { n: i + 1 })]);
      if (appended._tag === 'Left') throw new Error('append refused');
      await runner.follow(appended.right.events);
    }
    expect((await store.loadSnapshot('sum', 1, 6))?.size).toBe(4);
    await runner.saveSnapshots();
    expect((await store.loadSnapshot('sum', 1, 6))?.state).toEqual({ sum: 21, seen: 6 });
    expect(runner.size).toBe(6);
  });

  it('refuses to follow events that do not continue the log where the states stand', async () => {
    const store = await storeWith(5);
    const runner = new ProjectionRunner(store, [summing()]);
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll({ from: 2 })) events.push(event);
    await expect(runner.follow(events)).rejects.toThrow('events start at index 2');
  });

  it('goes on from states folded elsewhere', async () => {
    const store = await storeWith(10);
    const shared = await replayProjections(store, [summing()], { index: 6 });
    const counted = summing();
    const runner = ProjectionRunner.resumed(store, [counted], {}, shared);
    expect(await runner.catchUp()).toBe(10);
    expect(counted.calls).toBe(3);
    expect(runner.state<{ sum: number }>('sum').sum).toBe(55);
  });

  it('gives the same state in one pass as in chunks resumed from snapshots', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
        async (n, cuts) => {
          const store = await storeWith(n);
          const onePass = await replayProjections(store, [summing()]);
          const snapshots = new MemoryStore();
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const partial = await replayProjections(store, [summing()], { index: Math.min(cut, n) - 1 }, { snapshots });
            await snapshots.saveSnapshot({ name: 'sum', version: 1, size: partial.size, state: partial.states.sum });
          }
          const chunked = await replayProjections(store, [summing()], undefined, { snapshots });
          expect(chunked).toEqual(onePass);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('applies a transform (sync or async) and upcasters before the projections see an event', async () => {
    const store = await storeWith(4);
    const upcasters = new UpcasterRegistry().register({
      type: 'SomethingHappened',
      fromVersion: 1,
      upcast: (data) => ({ ...data, n: Number(data.n) * 10 }),
    });
    const transform = (event: RecordedEvent) =>
      event.index % 2 === 0 ? event : Promise.resolve({ ...event, data: { ...event.data, n: 0 } });
    const { states } = await replayProjections(store, [summing()], undefined, { upcasters, transform });
    expect(states.sum).toEqual({ sum: (1 + 3) * 10, seen: 4 });
  });

  it('refuses two projections with one name', async () => {
    expect(() => new ProjectionRunner(new MemoryStore(), [summing(), summing()])).toThrow(/two projections/);
  });
});

describe('parseAsOf', () => {
  it('reads an index, a full ISO time, and a date as the end of that UTC day', () => {
    expect(parseAsOf('42')).toEqual({ index: 42 });
    expect(parseAsOf('2024-06-30T12:00:00Z')).toEqual({ time: '2024-06-30T12:00:00Z' });
    expect(parseAsOf('2024-06-30')).toEqual({ time: '2024-06-30T23:59:59.999Z' });
    expect(parseAsOf('2024-06-30', 480)).toEqual({ time: '2024-06-30T15:59:59.999Z' });
    expect(parseAsOf('2024-01-01', 480)).toEqual({ time: '2024-01-01T15:59:59.999Z' });
    expect(parseAsOf('yesterday')).toBeNull();
    expect(parseAsOf('2024-13-45')).toBeNull();
  });
});

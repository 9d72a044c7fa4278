import { MemoryStore, type Projection } from '@govledger/core';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { LedgerHeads } from './ledger-head.ts';
import { ProjectionStates, SHARED_FOLD_MIN_TAIL } from './projection-states.ts';

/** A projection that counts events, and a tally of how many events it was asked to fold. */
function countingProjection() {
  const tally = { folds: 0 };
  const projection: Projection<{ n: number }> = {
    name: 'count',
    version: 1,
    init: () => ({ n: 0 }),
    evolve: (state) => {
      tally.folds++;
      state.n++;
      return state;
    },
  };
  return { projection, tally };
}

let clockMs = Date.parse('2024-01-01T00:00:00Z');
const event = (i: number) => ({
  streamId: `s-${i % 3}`,
  type: 'Happened',
  schemaVersion: 1,
  data: { i },
  metadata: { actor: { id: 'a', role: 'system' }, occurredAt: '2024-01-01T00:00:00Z' },
});

async function storeWith(count: number): Promise<MemoryStore> {
  const store = new MemoryStore({
    clock: () => {
      clockMs += 60_000;
      return new Date(clockMs);
    },
  });
  for (let i = 0; i < count; i++) await store.append(`s-${i % 3}`, [event(i)]);
  return store;
}

function statesOf(store: MemoryStore) {
  const { projection, tally } = countingProjection();
  return { states: new ProjectionStates(store, new LedgerHeads(store), { projections: [projection] }), tally };
}

const countOf = (view: { states: Readonly<Record<string, unknown>> }) => (view.states.count as { n: number }).n;

describe('ProjectionStates', () => {
  it('lets a request answer before the warm-up loads its next projection', async () => {
    const store = await storeWith(6);
    // The request's head takes three turns of the event loop, as a request still being taken
    // in does; the warm-up must not load the next projection in those turns.
    const headSync = store.headSync.bind(store);
    (store as { headSync?: unknown }).headSync = undefined;
    let slowNext = false;
    store.head = async () => {
      if (slowNext) {
        slowNext = false;
        for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
      }
      return headSync();
    };
    const first = countingProjection();
    let laterFolds = 0;
    const later: Projection<{ n: number }> = {
      ...countingProjection().projection,
      name: 'later',
      evolve: (state) => {
        laterFolds++;
        state.n++;
        return state;
      },
    };
    const states = new ProjectionStates(store, new LedgerHeads(store), { projections: [first.projection, later] });
    const warming = states.warmUp();
    slowNext = true;
    const seen = await states.scoped(['count']).read(undefined, (view) => ({ n: countOf(view), later: laterFolds }));
    expect(seen).toEqual({ _tag: 'Right', right: { n: 6, later: 0 } });
    await warming;
    expect(laterFolds).toBe(6);
  });

  it("warms the cold projections up in one pass over a long tail, from each one's own snapshot", async () => {
    const store = await storeWith(SHARED_FOLD_MIN_TAIL + 12);
    const named = (name: string) => ({ ...countingProjection(), name });
    const projections = [named('a'), named('b'), named('c')].map(({ projection, tally, name }) => ({
      projection: { ...projection, name },
      tally,
    }));
    await store.saveSnapshot({
      name: 'c',
      version: 1,
      size: SHARED_FOLD_MIN_TAIL + 8,
      state: { n: SHARED_FOLD_MIN_TAIL + 8 },
    });
    let passes = 0;
    const readAll = store.readAll.bind(store);
    store.readAll = (options) => {
      passes++;
      return readAll(options);
    };
    const states = new ProjectionStates(store, new LedgerHeads(store), {
      projections: projections.map((p) => p.projection),
    });
    await states.warmUp();
    // 'a' alone (its tail is long), then 'b' and 'c' together.
    expect(passes).toBe(2);
    const size = SHARED_FOLD_MIN_TAIL + 12;
    expect(projections.map((p) => p.tally.folds)).toEqual([size, size, 4]);
    const counts = await states.read(undefined, (view) =>
      ['a', 'b', 'c'].map((name) => (view.states[name] as { n: number }).n),
    );
    expect(counts).toEqual({ _tag: 'Right', right: [size, size, size] });
    for (let i = size; i < size + 3; i++) await store.append(`s-${i % 3}`, [event(i)]);
    const later = await states.read(undefined, (view) => (view.states.c as { n: number }).n);
    expect(later).toEqual({ _tag: 'Right', right: size + 3 });
  });

  it('catches up incrementally with events another writer appended', async () => {
    const store = await storeWith(5);
    const { states, tally } = statesOf(store);
    expect(await states.read(undefined, countOf)).toEqual({ _tag: 'Right', right: 5 });
    for (let i = 5; i < 8; i++) await store.append(`s-${i % 3}`, [event(i)]);
    expect(await states.read(undefined, countOf)).toEqual({ _tag: 'Right', right: 8 });
    expect(tally.folds).toBe(8);
  });

  it('folds each event once however many requests arrive together', async () => {
    const store = await storeWith(20);
    const { states, tally } = statesOf(store);
    const answers = await Promise.all(Array.from({ length: 10 }, () => states.read(undefined, countOf)));
    expect(answers.every((a) => isRight(a) && a.right === 20)).toBe(true);
    expect(tally.folds).toBe(20);
  });

  it('replays a past state once and keeps it', async () => {
    const store = await storeWith(10);
    const { states, tally } = statesOf(store);
    const first = await states.read({ index: 3 }, (view) => [view.size, countOf(view)]);
    const again = await states.read({ index: 3 }, (view) => [view.size, countOf(view)]);
    expect(first).toEqual({ _tag: 'Right', right: [4, 4] });
    expect(again).toEqual(first);
    expect(tally.folds).toBe(4);
  });

  it('names each state by the size and root of the tree it folded', async () => {
    const store = await storeWith(6);
    const { states } = statesOf(store);
    const view = await states.read({ index: 2 }, (v) => ({ size: v.size, root: v.root }));
    const head = await store.log.treeHead(3);
    expect(view).toEqual({ _tag: 'Right', right: { size: 3, root: Buffer.from(head.root).toString('base64') } });
  });

  it('resolves an asOf time to the entries recorded by then', async () => {
    const store = await storeWith(6);
    const { states } = statesOf(store);
    const third: string[] = [];
    for await (const e of store.readAll({ from: 2, limit: 1 })) third.push(e.metadata.recordedAt);
    expect(await states.read({ time: third[0]! }, countOf)).toEqual({ _tag: 'Right', right: 3 });
  });

  it('refuses an asOf index at or beyond the head', async () => {
    const store = await storeWith(3);
    const { states } = statesOf(store);
    const beyond = await states.read({ index: 3 }, countOf);
    expect(isLeft(beyond) && beyond.left).toEqual({
      _tag: 'BadParameter',
      parameter: 'asOf',
      reason: 'index 3 is beyond the ledger (the last entry is 2)',
    });
  });

  it('starts over after a catch-up failed half way, rather than serve a half-folded state', async () => {
    const store = await storeWith(4);
    const { states } = statesOf(store);
    const readAll = store.readAll.bind(store);
    let fail = true;
    store.readAll = (options) => {
      const inner = readAll(options);
      return (async function* () {
        let seen = 0;
        for await (const e of inner) {
          if (fail && ++seen === 3) throw new Error('disk error');
          yield e;
        }
      })();
    };
    await expect(states.read(undefined, countOf)).rejects.toThrow('disk error');
    fail = false;
    expect(await states.read(undefined, countOf)).toEqual({ _tag: 'Right', right: 4 });
  });

  it('loads only the projections a scoped read needs, and warms up the rest on request', async () => {
    const store = await storeWith(6);
    const first = countingProjection();
    const otherTally = { folds: 0 };
    const otherProjection: Projection<{ n: number }> = {
      name: 'other',
      version: 1,
      init: () => ({ n: 0 }),
      evolve: (state) => {
        otherTally.folds++;
        state.n += 10;
        return state;
      },
    };
    const states = new ProjectionStates(store, new LedgerHeads(store), {
      projections: [first.projection, otherProjection],
    });
    const counting = states.scoped(['count']);
    expect(counting.names).toEqual(['count']);
    expect(await counting.read(undefined, (view) => Object.keys(view.states))).toEqual({
      _tag: 'Right',
      right: ['count'],
    });
    expect(first.tally.folds).toBe(6);
    expect(otherTally.folds).toBe(0);
    await states.warmUp();
    expect(otherTally.folds).toBe(6);
    const both = await states.read(undefined, (view) => [
      view.size,
      countOf(view),
      (view.states.other as { n: number }).n,
    ]);
    expect(both).toEqual({ _tag: 'Right', right: [6, 6, 60] });
    expect(first.tally.folds).toBe(6);
    expect(() => states.scoped(['missing'])).toThrow('no projection named missing');
  });

  it('serves projections from their own snapshots at one common size', async () => {
    const store = await storeWith(10);
    const { projection } = countingProjection();
    const doubled: Projection<{ n: number }> = {
      name: 'doubled',
      version: 1,
      init: () => ({ n: 0 }),
      evolve: (state) => {
        state.n += 2;
        return state;
      },
    };
    await store.saveSnapshot({ name: 'count', version: 1, size: 4, state: { n: 4 } });
    await store.saveSnapshot({ name: 'doubled', version: 1, size: 8, state: { n: 16 } });
    const states = new ProjectionStates(store, new LedgerHeads(store), { projections: [projection, doubled] });
    const view = await states.read(undefined, (v) => [v.size, countOf(v), (v.states.doubled as { n: number }).n]);
    expect(view).toEqual({ _tag: 'Right', right: [10, 10, 20] });
  });
});

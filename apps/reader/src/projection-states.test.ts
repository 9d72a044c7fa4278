import { type AnyProjection, MemoryStore, type Projection, ProjectionRunner, StateCommitment } from '@govledger/core';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { LedgerHeads } from './ledger-head.ts';
import { ProjectionStates } from './projection-states.ts';
import { ReaderFold } from './reader-fold.ts';

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

/** The reader's states over `store`: one fold of `projections`, as `createReader` builds them. */
function readerStates(store: MemoryStore, projections: readonly AnyProjection[]): ProjectionStates {
  return new ProjectionStates(store, new LedgerHeads(store), new ReaderFold(store, { projections }));
}

function statesOf(store: MemoryStore) {
  const { projection, tally } = countingProjection();
  return { states: readerStates(store, [projection]), tally };
}

/** A projection counting events under `name`, and the tally of its folds. */
function named(name: string) {
  const { projection, tally } = countingProjection();
  return { projection: { ...projection, name }, tally };
}

/** Counts the snapshots loaded from `store`, by projection name. */
function countLoads(store: MemoryStore): Map<string, number> {
  const loads = new Map<string, number>();
  const load = store.loadSnapshot.bind(store);
  store.loadSnapshot = (name, version, maxSize) => {
    loads.set(name, (loads.get(name) ?? 0) + 1);
    return load(name, version, maxSize);
  };
  return loads;
}

const countOf = (view: { states: Readonly<Record<string, unknown>> }) => (view.states.count as { n: number }).n;

describe('ProjectionStates', () => {
  it("answers from a projection's own snapshot at the head before the fold is loaded, decoding no other", async () => {
    const store = await storeWith(6);
    const count = named('count');
    const other = named('other');
    await store.saveSnapshot({ name: 'count', version: 1, size: 6, state: { n: 6 } });
    await store.saveSnapshot({ name: 'other', version: 1, size: 6, state: { n: 6 } });
    const loads = countLoads(store);
    const states = readerStates(store, [count.projection, other.projection]);
    const seen = await states.scoped(['count']).read(undefined, (view) => [view.size, countOf(view)]);
    expect(seen).toEqual({ _tag: 'Right', right: [6, 6] });
    expect(Object.fromEntries(loads)).toEqual({ count: 1 });
    expect(count.tally.folds + other.tally.folds).toBe(0);
  });

  it('hands the states it loaded ahead to the fold instead of decoding them again', async () => {
    const store = await storeWith(6);
    const count = named('count');
    const other = named('other');
    const states = readerStates(store, [count.projection, other.projection]);
    // A writer left snapshots of every projection and the state commitment at the head.
    const writer = new ProjectionRunner(store, [count.projection, other.projection], {
      snapshots: store,
      commitment: new StateCommitment([count.projection, other.projection]),
    });
    await writer.catchUp();
    await writer.saveSnapshots();
    count.tally.folds = 0;
    other.tally.folds = 0;
    const loads = countLoads(store);
    await states.scoped(['count']).read(undefined, countOf);
    await states.warmUp();
    expect(loads.get('count')).toBe(1);
    expect(loads.get('other')).toBe(1);
    expect(count.tally.folds + other.tally.folds).toBe(0);
    expect(await states.read(undefined, (view) => [view.size, countOf(view)])).toEqual({
      _tag: 'Right',
      right: [6, 6],
    });
  });

  it('waits for the fold rather than answer from a snapshot behind the head with no signed state note', async () => {
    const store = await storeWith(6);
    const { projection, tally } = countingProjection();
    await store.saveSnapshot({ name: 'count', version: 1, size: 4, state: { n: 4 } });
    const states = readerStates(store, [projection]);
    expect(await states.read(undefined, (view) => [view.size, countOf(view)])).toEqual({
      _tag: 'Right',
      right: [6, 6],
    });
    expect(tally.folds).toBe(6);
  });

  it('answers from a snapshot behind the head while the fold loads when a state note was signed at its size, naming that size', async () => {
    const store = await storeWith(6);
    const { projection } = countingProjection();
    await store.saveSnapshot({ name: 'count', version: 1, size: 4, state: { n: 4 } });
    (store as unknown as { stateNote(size: number): Promise<string | null> }).stateNote = async (size) =>
      size === 4 ? 'a signed state note' : null;
    const states = readerStates(store, [projection]);
    const early = await states.read(undefined, (view) => [view.size, countOf(view)]);
    expect(early).toEqual({ _tag: 'Right', right: [4, 4] });
    await states.warmUp();
    expect(await states.read(undefined, (view) => [view.size, countOf(view)])).toEqual({
      _tag: 'Right',
      right: [6, 6],
    });
  });

  it('folds the log once for every projection, in one pass', async () => {
    const store = await storeWith(12);
    const projections = [named('a'), named('b'), named('c')];
    let passes = 0;
    const readAll = store.readAll.bind(store);
    store.readAll = (options) => {
      passes++;
      return readAll(options);
    };
    const states = readerStates(
      store,
      projections.map((p) => p.projection),
    );
    await states.warmUp();
    expect(passes).toBe(1);
    expect(projections.map((p) => p.tally.folds)).toEqual([12, 12, 12]);
    for (let i = 12; i < 15; i++) await store.append(`s-${i % 3}`, [event(i)]);
    const later = await states.read(undefined, (view) => (view.states.c as { n: number }).n);
    expect(later).toEqual({ _tag: 'Right', right: 15 });
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

  it('reads only the projections a scoped read names', async () => {
    const store = await storeWith(6);
    const states = readerStates(store, [named('count').projection, named('other').projection]);
    const counting = states.scoped(['count']);
    expect(counting.names).toEqual(['count']);
    expect(await counting.read(undefined, (view) => Object.keys(view.states))).toEqual({
      _tag: 'Right',
      right: ['count'],
    });
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
    const states = readerStates(store, [projection, doubled]);
    const view = await states.read(undefined, (v) => [v.size, countOf(v), (v.states.doubled as { n: number }).n]);
    expect(view).toEqual({ _tag: 'Right', right: [10, 10, 20] });
  });
});

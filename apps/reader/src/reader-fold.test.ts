import { MemoryStore, type Projection } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { describe, expect, it } from 'vitest';
import { LedgerHeads } from './ledger-head.ts';
import { ProjectionStates } from './projection-states.ts';
import { ReaderFold } from './reader-fold.ts';
import { StateProofs } from './state-proofs.ts';

/**
 * A projection whose figure is the number of times any copy of it folded an event: one fold
 * gives the ledger's size, and a second copy folding the same log would give another figure.
 * It exposes the figure as the public record `folds/total`.
 */
function foldCounter() {
  const calls = { n: 0 };
  const projection: Projection<{ total: number }> = {
    name: 'folds',
    version: 1,
    init: () => ({ total: 0 }),
    evolve: (state) => {
      calls.n++;
      state.total = calls.n;
      return state;
    },
    publicRecords: {
      touched: () => ['total'],
      read: (state, key) => (key === 'total' ? { total: state.total } : undefined),
      keys: () => ['total'],
    },
  };
  return { projection, calls };
}

async function storeWith(count: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (let i = 0; i < count; i++) await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { i })]);
  return store;
}

function reader(store: MemoryStore, projection: Projection<{ total: number }>) {
  const fold = new ReaderFold(store, { projections: [projection] });
  return {
    states: new ProjectionStates(store, new LedgerHeads(store), fold),
    proofs: new StateProofs(store, fold),
  };
}

const figureOf = (view: { states: Readonly<Record<string, unknown>> }) =>
  (view.states.folds as { total: number }).total;

describe('the reader fold', () => {
  it('proves the very figure an answer shows, from the one fold both read', async () => {
    const store = await storeWith(7);
    const { projection, calls } = foldCounter();
    const { states, proofs } = reader(store, projection);
    const answer = await states.read(undefined, figureOf);
    const proven = await proofs.proveMany(undefined, [{ model: 'folds', key: 'total' }]);
    expect(answer).toEqual({ _tag: 'Right', right: 7 });
    expect(proven.size).toBe(7);
    expect(proven.proofs[0]?.record).toEqual({ total: 7 });
    expect(calls.n).toBe(7);
  });

  it('folds events appended later once for answers and proofs alike', async () => {
    const store = await storeWith(4);
    const { projection, calls } = foldCounter();
    const { states, proofs } = reader(store, projection);
    await proofs.proveMany(undefined, [{ model: 'folds', key: 'total' }]);
    for (let i = 4; i < 9; i++) await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { i })]);
    const proven = await proofs.proveMany(undefined, [{ model: 'folds', key: 'total' }]);
    const answer = await states.read(undefined, figureOf);
    expect(proven.proofs[0]?.record).toEqual({ total: 9 });
    expect(answer).toEqual({ _tag: 'Right', right: 9 });
    expect(calls.n).toBe(9);
  });

  it('proves a figure asked at the size the fold stands at from the fold, not from a replay', async () => {
    const store = await storeWith(5);
    const { projection, calls } = foldCounter();
    const { states, proofs } = reader(store, projection);
    await states.read(undefined, figureOf);
    const pinned = await proofs.proveMany({ index: 4 }, [{ model: 'folds', key: 'total' }]);
    expect(pinned.proofs[0]?.record).toEqual({ total: 5 });
    expect(calls.n).toBe(5);
  });
});

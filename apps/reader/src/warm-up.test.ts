import { ledgerStatistics, MemoryStore, type Projection } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { createReader } from './create-reader.ts';

/** A projection that counts the events it folds. */
function counting(name: string) {
  const tally = { folds: 0 };
  const projection: Projection<{ n: number }> = {
    name,
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

async function storeWith(count: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (let i = 0; i < count; i++) await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { i })]);
  return store;
}

describe('warming up projections', () => {
  it('loads every projection in the background once the first request is answered', async () => {
    const store = await storeWith(7);
    const { projection, tally } = counting('unrouted');
    const app = createReader({ store, projections: [ledgerStatistics, projection], rateLimit: false, warmUp: true });
    await app.ready();
    // Before any request only the proof runner folds (see below); the projections wait.
    await vi.waitFor(() => expect(tally.folds).toBe(7));
    expect((await app.inject({ url: '/v1/ledger' })).statusCode).toBe(200);
    await vi.waitFor(() => expect(tally.folds).toBe(14));
    await app.close();
  });

  it('brings the proof runner to the head at start, so the first proof request folds nothing', async () => {
    const store = await storeWith(6);
    const { projection, tally } = counting('unrouted');
    const app = createReader({ store, projections: [ledgerStatistics, projection], rateLimit: false, warmUp: true });
    await app.ready();
    // No request yet: only the proof runner folds, once over the whole log.
    await vi.waitFor(() => expect(tally.folds).toBe(6));
    const answer = await app.inject({ url: '/v1/state/proofs?record=ledgerStatistics/total' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().asOf.size).toBe(6);
    expect(tally.folds).toBe(6);
    await app.close();
  });

  it('leaves the proof runner cold until the first proof request when warm-up is off', async () => {
    const store = await storeWith(4);
    const { projection, tally } = counting('unrouted');
    const app = createReader({ store, projections: [ledgerStatistics, projection], rateLimit: false });
    await app.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tally.folds).toBe(0);
    expect((await app.inject({ url: '/v1/state/proofs?record=ledgerStatistics/total' })).statusCode).toBe(200);
    expect(tally.folds).toBe(4);
    await app.close();
  });

  it('loads nothing before it is asked when warm-up is off (the default)', async () => {
    const store = await storeWith(5);
    const { projection, tally } = counting('unrouted');
    const app = createReader({ store, projections: [ledgerStatistics, projection], rateLimit: false });
    expect((await app.inject({ url: '/v1/ledger' })).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tally.folds).toBe(0);
    await app.close();
  });
});

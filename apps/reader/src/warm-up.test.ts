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
  it('loads the fold in the background once the first request is answered, and proves from it', async () => {
    const store = await storeWith(7);
    const { projection, tally } = counting('unrouted');
    const app = createReader({ store, projections: [ledgerStatistics, projection], rateLimit: false, warmUp: true });
    await app.ready();
    expect((await app.inject({ url: '/v1/ledger' })).statusCode).toBe(200);
    await vi.waitFor(() => expect(tally.folds).toBe(7));
    // Answers and proofs read the same fold: the proof request folds nothing more.
    const answer = await app.inject({ url: '/v1/state/proofs?record=ledgerStatistics/total' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().asOf.size).toBe(7);
    expect(tally.folds).toBe(7);
    await app.close();
  });

  it('compiles route schemas on first use when asked, and answers as when compiled at start', async () => {
    const store = await storeWith(3);
    const eager = createReader({ store, rateLimit: false });
    const lazy = createReader({ store, rateLimit: false, lazySchemas: true });
    for (const url of ['/v1/ledger', '/v1/complaints?limit=2', '/v1/complaints?limit=zero']) {
      const [a, b] = [await eager.inject({ url }), await lazy.inject({ url })];
      expect(b.statusCode).toBe(a.statusCode);
      expect(b.json()).toEqual(a.json());
    }
    await Promise.all([eager.close(), lazy.close()]);
  });

  it('calls afterWarmUp once the warm-up is done', async () => {
    const store = await storeWith(3);
    const { projection, tally } = counting('unrouted');
    let called = 0;
    const app = createReader({
      store,
      projections: [ledgerStatistics, projection],
      rateLimit: false,
      warmUp: true,
      lazySchemas: true,
      afterWarmUp: () => {
        called++;
      },
    });
    await app.ready();
    expect((await app.inject({ url: '/v1/ledger' })).statusCode).toBe(200);
    // Every route's schemas compile in the background first: give it the time a loaded machine takes.
    await vi.waitFor(() => expect(called).toBe(1), { timeout: 30_000 });
    expect(tally.folds).toBe(3);
    await app.close();
  });

  it('leaves the fold cold until the first proof request when warm-up is off', async () => {
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

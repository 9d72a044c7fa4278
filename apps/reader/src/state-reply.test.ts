import type { MemoryStore } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { get, testReader } from './test-support/test-reader.ts';

/** Counts calls of the store's promise-returning head; with `withoutSync`, the store offers no synchronous head. */
function countAsyncHeads(store: MemoryStore, withoutSync = false): { count: number } {
  const calls = { count: 0 };
  const headSync = store.headSync.bind(store);
  store.head = async () => {
    calls.count++;
    return headSync();
  };
  if (withoutSync) (store as { headSync?: unknown }).headSync = undefined;
  return calls;
}

describe('state answers held by URL', () => {
  let store: MemoryStore;
  let reader: Awaited<ReturnType<typeof testReader>>;

  beforeEach(async () => {
    reader = await testReader();
    store = reader.ledger.store;
  });

  it('answers a current held answer from the synchronous head, without the promise of head()', async () => {
    const first = await get(reader.app, '/v1/complaints?limit=2');
    const heads = countAsyncHeads(store);
    const again = await get(reader.app, '/v1/complaints?limit=2');
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    const held = await get(reader.app, '/v1/complaints?limit=2', { 'if-none-match': String(first.headers.etag) });
    expect(held.statusCode).toBe(304);
    expect(heads.count).toBe(0);
  });

  it('serves a past tree (asOf index) from the cache too, 304 for its ETag', async () => {
    const first = await get(reader.app, '/v1/funds?asOf=3');
    expect(first.statusCode).toBe(200);
    const heads = countAsyncHeads(store);
    const held = await get(reader.app, '/v1/funds?asOf=3', { 'if-none-match': String(first.headers.etag) });
    expect(held.statusCode).toBe(304);
    expect(held.headers['x-ledger-size']).toBe('4');
    expect(heads.count).toBe(0);
  });

  it('computes a new answer once the head moved, though the cached one is still held', async () => {
    const first = await get(reader.app, '/v1/complaints?limit=2');
    await store.append('unrelated', [sampleEvent('unrelated')]);
    const after = await get(reader.app, '/v1/complaints?limit=2', { 'if-none-match': String(first.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(after.headers['x-ledger-size']).toBe(String(Number(first.headers['x-ledger-size']) + 1));
  });

  it('answers the same over a store without a synchronous head (EventStoreDB), through head()', async () => {
    const heads = countAsyncHeads(store, true);
    const first = await get(reader.app, '/v1/complaints?limit=2');
    const held = await get(reader.app, '/v1/complaints?limit=2', { 'if-none-match': String(first.headers.etag) });
    expect(first.statusCode).toBe(200);
    expect(held.statusCode).toBe(304);
    expect(heads.count).toBeGreaterThanOrEqual(2);
  });
});

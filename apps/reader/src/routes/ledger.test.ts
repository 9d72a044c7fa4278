import { openCheckpoint, parseVerifierKey } from '@govledger/core';
import { isRight } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, storeCheckpoint, TEST_ORIGIN, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/ledger', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('names the origin, size, root and verifier key of the log', async () => {
    const head = await reader.ledger.store.log.treeHead();
    const response = await get(reader.app, '/v1/ledger');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      origin: TEST_ORIGIN,
      size: head.size,
      root: Buffer.from(head.root).toString('base64'),
      verifierKey: reader.verifierKey,
      lastRecordedAt: (await reader.ledger.store.head()).lastRecordedAt,
      latestCheckpointSize: head.size,
    });
  });

  it('takes the origin from the verifier key when no checkpoint is stored yet', async () => {
    const { buildGovernanceLedger } = await import('../test-support/governance-ledger.ts');
    const { createReader } = await import('../create-reader.ts');
    const { store } = await buildGovernanceLedger([]);
    const app = createReader({ store, verifierKey: reader.verifierKey, rateLimit: false, docs: false });
    const body = (await get(app, '/v1/ledger')).json();
    expect(body).toMatchObject({ origin: TEST_ORIGIN, size: 0, latestCheckpointSize: null });
  });

  it('answers 304 until a checkpoint is stored, even when the head stays', async () => {
    const { buildGovernanceLedger } = await import('../test-support/governance-ledger.ts');
    const { createReader } = await import('../create-reader.ts');
    const { SCENARIO } = await import('../test-support/scenario.ts');
    const { store } = await buildGovernanceLedger(SCENARIO.slice(0, 4));
    const app = createReader({ store, verifierKey: reader.verifierKey, rateLimit: false, docs: false });
    const first = await get(app, '/v1/ledger');
    expect(first.json().latestCheckpointSize).toBeNull();
    expect((await get(app, '/v1/ledger', { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);
    const list = await get(app, '/v1/ledger/checkpoints');
    await storeCheckpoint(store, reader.signer);
    const after = await get(app, '/v1/ledger', { 'if-none-match': String(first.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.json().latestCheckpointSize).toBe(4);
    expect((await get(app, '/v1/ledger/checkpoints', { 'if-none-match': String(list.headers.etag) })).statusCode).toBe(
      200,
    );
  });
});

async function signedNoteAt(reader: TestReader, size: number): Promise<string> {
  const { signCheckpoint } = await import('@govledger/core');
  const head = await reader.ledger.store.log.treeHead(size);
  return signCheckpoint({ origin: TEST_ORIGIN, size, root: head.root }, reader.signer);
}

describe('GET /v1/ledger/checkpoint', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('serves the latest signed note as text, which opens with the published verifier key', async () => {
    const response = await get(reader.app, '/v1/ledger/checkpoint');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    const key = parseVerifierKey((await get(reader.app, '/v1/ledger')).json().verifierKey);
    if (!isRight(key)) throw new Error('bad key');
    const opened = openCheckpoint(response.body, [key.right]);
    expect(isRight(opened)).toBe(true);
    if (isRight(opened)) expect(opened.right.checkpoint.size).toBe((await reader.ledger.store.head()).size);
  });

  it('serves a stored past checkpoint by size, as immutable, and 404 for a size without one', async () => {
    const note = await signedNoteAt(reader, 10);
    await reader.ledger.store.log.saveCheckpoint({ size: 10, note });
    const past = await get(reader.app, '/v1/ledger/checkpoint?size=10');
    expect(past.statusCode).toBe(200);
    expect(past.body).toBe(note);
    expect(past.headers['cache-control']).toContain('immutable');
    const missing = await get(reader.app, '/v1/ledger/checkpoint?size=11');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'GL_NOT_FOUND', message: 'no checkpoint "of size 11"' } });
  });

  it('lists the sizes of every stored checkpoint', async () => {
    const size = await storeCheckpoint(reader.ledger.store, reader.signer);
    const sizes = (await get(reader.app, '/v1/ledger/checkpoints')).json().sizes as number[];
    expect(sizes).toContain(10);
    expect(sizes[sizes.length - 1]).toBe(size);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });
});

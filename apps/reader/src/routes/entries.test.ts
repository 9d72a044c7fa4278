import { leafHash } from '@govledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReader } from '../create-reader.ts';
import { asAuditor, get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/ledger/entries', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('serves auditors the exact leaf bytes as NDJSON, one entry a line', async () => {
    const response = await get(reader.app, '/v1/ledger/entries?from=2&limit=5', asAuditor);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson');
    const lines = response.rawPayload.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    const stored: Uint8Array[] = [];
    for await (const { leaf } of reader.ledger.store.readLeaves(2, 7)) stored.push(leaf);
    lines.forEach((line, i) => {
      expect(Buffer.from(line, 'utf8').equals(Buffer.from(stored[i]!))).toBe(true);
    });
    const proof = (await get(reader.app, '/v1/ledger/proofs/inclusion?index=2')).json();
    expect(Buffer.from(leafHash(Buffer.from(lines[0]!, 'utf8'))).toString('base64')).toBe(proof.leafHash);
  });

  it('says where the next page starts and how large the ledger was', async () => {
    const size = (await reader.ledger.store.head()).size;
    const page = await get(reader.app, '/v1/ledger/entries?limit=10', asAuditor);
    expect(page.headers['x-next-from']).toBe('10');
    expect(page.headers['x-ledger-size']).toBe(String(size));
    const last = await get(reader.app, `/v1/ledger/entries?from=${size - 1}`, asAuditor);
    expect(last.headers['x-next-from']).toBeUndefined();
    expect((await get(reader.app, `/v1/ledger/entries?from=${size}`, asAuditor)).body).toBe('');
  });

  it('refuses a start past the ledger and a page over 1000 entries', async () => {
    const size = (await reader.ledger.store.head()).size;
    const past = await get(reader.app, `/v1/ledger/entries?from=${size + 1}`, asAuditor);
    expect(past.statusCode).toBe(400);
    expect(past.json().error.message).toBe(`from: ${size + 1} is beyond the ledger size ${size}`);
    expect((await get(reader.app, '/v1/ledger/entries?limit=1001', asAuditor)).statusCode).toBe(400);
  });

  it('refuses the public unless the operator made leaves public', async () => {
    const closed = await get(reader.app, '/v1/ledger/entries');
    expect(closed.statusCode).toBe(401);
    expect(closed.headers['www-authenticate']).toContain('Bearer');
    const open = createReader({ store: reader.ledger.store, publicLeaves: true, rateLimit: false, docs: false });
    expect((await get(open, '/v1/ledger/entries?limit=1')).statusCode).toBe(200);
  });

  it('refuses a wrong auditor token rather than serve it as the public', async () => {
    const wrong = await get(reader.app, '/v1/ledger/entries', { authorization: 'Bearer not-the-token-at-all' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('the auditor token is not valid');
  });
});

import { verifyConsistency, verifyInclusion } from '@govledger/core';
import { isRight } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/ledger/proofs', () => {
  let reader: TestReader;
  let size: number;

  beforeAll(async () => {
    reader = await testReader();
    size = (await reader.ledger.store.head()).size;
  });

  it('serves an inclusion proof exactly as the store returns it, and it verifies', async () => {
    const response = await get(reader.app, '/v1/ledger/proofs/inclusion?index=5&size=20');
    expect(response.statusCode).toBe(200);
    const proof = response.json();
    expect(proof).toEqual(await reader.ledger.store.log.inclusionProof(5, 20));
    expect(isRight(verifyInclusion(proof))).toBe(true);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('proves inclusion in the current tree when no size is given', async () => {
    const proof = (await get(reader.app, '/v1/ledger/proofs/inclusion?index=0')).json();
    expect(proof.size).toBe(size);
    expect(proof.root).toBe((await get(reader.app, '/v1/ledger')).json().root);
  });

  it('serves a consistency proof that verifies', async () => {
    const proof = (await get(reader.app, `/v1/ledger/proofs/consistency?from=7&to=${size}`)).json();
    expect(proof).toEqual(await reader.ledger.store.log.consistencyProof(7, size));
    expect(isRight(verifyConsistency(proof))).toBe(true);
  });

  it('names the parameter out of range', async () => {
    const cases: [string, string][] = [
      [`/v1/ledger/proofs/inclusion?index=${size}`, `index: ${size} is beyond the last entry (ledger size ${size})`],
      ['/v1/ledger/proofs/inclusion?index=5&size=5', 'index: 5 is not below size 5'],
      [`/v1/ledger/proofs/inclusion?index=1&size=${size + 1}`, `size: ${size + 1} is beyond the ledger size ${size}`],
      ['/v1/ledger/proofs/consistency?from=0', 'from: must be >= 1'],
      ['/v1/ledger/proofs/consistency?from=9&to=8', 'from: 9 is greater than to (8)'],
      [`/v1/ledger/proofs/consistency?from=2&to=${size + 1}`, `to: ${size + 1} is beyond the ledger size ${size}`],
    ];
    for (const [url, message] of cases) {
      const response = await get(reader.app, url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message, url).toBe(message);
    }
  });
});

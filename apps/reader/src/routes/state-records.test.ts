import { decodeHash, leafHash, stateLeafBytes, verifyInclusion } from '@govledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface RecordAnswer {
  asOf: { size: number; root: string; checkpoint: string };
  state: { root: string; records: number; note: string | null };
  proof: {
    model: string;
    key: string;
    record: Record<string, unknown>;
    index: number;
    size: number;
    leafHash: string;
    path: string[];
    root: string;
  };
}

describe('GET /v1/state/records/:model/:key', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it("proves a complaint card against the state root of the answer's ledger size", async () => {
    const response = await get(reader.app, '/v1/state/records/complaintBoard/c-1');
    expect(response.statusCode).toBe(200);
    const body = response.json() as RecordAnswer;
    expect(body.proof.record.status).toBe('closed');
    expect(body.proof.root).toBe(body.state.root);
    const leaf = leafHash(stateLeafBytes(body.proof.model, body.proof.key, body.proof.record));
    expect(verifyInclusion(body.proof, leaf)._tag).toBe('Right');
    expect(response.headers['x-ledger-size']).toBe(String(body.asOf.size));
    expect(response.headers['x-ledger-root']).toBe(body.asOf.root);
    expect(response.headers.link).toBe(`</v1/ledger/checkpoint?size=${body.asOf.size}>; rel="checkpoint"`);
  });

  it('proves a record as of a past point against that size, where it stood then', async () => {
    const now = (await get(reader.app, '/v1/state/records/complaintBoard/c-1')).json() as RecordAnswer;
    let index = 0;
    let past = await get(reader.app, '/v1/state/records/complaintBoard/c-1?asOf=0');
    while (past.statusCode === 404 && index < now.asOf.size) {
      index++;
      past = await get(reader.app, `/v1/state/records/complaintBoard/c-1?asOf=${index}`);
    }
    const body = past.json() as RecordAnswer;
    expect(body.asOf.size).toBe(index + 1);
    expect(body.proof.record.status).toBe('filed');
    expect(body.proof.index).toBe(now.proof.index);
    expect(body.state.root).not.toBe(now.state.root);
    expect(decodeHash(body.proof.root)).toEqual(decodeHash(body.state.root));
    const leaf = leafHash(stateLeafBytes(body.proof.model, body.proof.key, body.proof.record));
    expect(verifyInclusion(body.proof, leaf)._tag).toBe('Right');
  });

  it('answers 404 for a record no model holds', async () => {
    expect((await get(reader.app, '/v1/state/records/complaintBoard/no-such')).statusCode).toBe(404);
    expect((await get(reader.app, '/v1/state/records/noSuchModel/c-1')).statusCode).toBe(404);
  });
});

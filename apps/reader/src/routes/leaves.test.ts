import { leafHash } from '@govledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PERSONAL_VALUES } from '../test-support/governance-ledger.ts';
import { asAuditor, get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/ledger/leaves/{index}', () => {
  let reader: TestReader;
  const byType = new Map<string, number[]>();
  const leaves: Uint8Array[] = [];

  beforeAll(async () => {
    reader = await testReader();
    const { size } = await reader.ledger.store.head();
    for await (const { leaf, index } of reader.ledger.store.readLeaves(0, size)) {
      leaves.push(leaf);
      const type = (JSON.parse(Buffer.from(leaf).toString('utf8')) as { type: string }).type;
      byType.set(type, [...(byType.get(type) ?? []), index]);
    }
  });

  const first = (type: string) => byType.get(type)![0]!;

  it('serves the public the exact leaf of an event without personal fields, which hashes to the proven leaf', async () => {
    const index = first('VoteProposed');
    const response = await get(reader.app, `/v1/ledger/leaves/${index}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.rawPayload.equals(Buffer.from(leaves[index]!))).toBe(true);
    const proof = (await get(reader.app, `/v1/ledger/proofs/inclusion?index=${index}`)).json();
    expect(Buffer.from(leafHash(response.rawPayload)).toString('base64')).toBe(proof.leafHash);
  });

  it('withholds from the public a secret ballot and a leaf with sealed personal fields, saying why', async () => {
    const ballot = await get(reader.app, `/v1/ledger/leaves/${first('BallotCast')}`);
    expect(ballot.statusCode).toBe(401);
    expect(ballot.json().error.message).toMatch(/is a secret ballot: its leaf names the owner and the choice/);
    const complaint = await get(reader.app, `/v1/ledger/leaves/${first('ComplaintFiled')}`);
    expect(complaint.statusCode).toBe(401);
    expect(complaint.json().error.message).toMatch(/holds sealed personal fields/);
    for (const value of PERSONAL_VALUES) expect(complaint.body).not.toContain(value);
  });

  it('serves an auditor any leaf', async () => {
    const index = first('BallotCast');
    const response = await get(reader.app, `/v1/ledger/leaves/${index}`, asAuditor);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(Buffer.from(leaves[index]!))).toBe(true);
  });

  it('names an index that is malformed or beyond the ledger', async () => {
    const beyond = await get(reader.app, `/v1/ledger/leaves/${leaves.length}`);
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.message).toBe(
      `index: ${leaves.length} is beyond the last entry (ledger size ${leaves.length})`,
    );
    const malformed = await get(reader.app, '/v1/ledger/leaves/01');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.parameter).toBe('index');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { asAuditor, get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface TrailBody {
  actorId: string;
  total: number;
  byType: Record<string, number>;
  byPeriod: Record<string, Record<string, number>>;
  acts: { type: string; streamId: string }[];
}

describe('GET /v1/actors/:actorId/trail', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it('counts a company’s acts by type and by quarter', async () => {
    const response = await get(reader.app, '/v1/actors/co-a/trail?period=quarter');
    expect(response.statusCode).toBe(200);
    const body = response.json() as TrailBody;
    expect(body.actorId).toBe('co-a');
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBe(Object.values(body.byType).reduce((a, b) => a + b, 0));
    expect(Object.keys(body.byPeriod).every((p) => /^\d{4}Q[1-4]$/.test(p))).toBe(true);
    expect(body.acts).toHaveLength(body.total);
  });

  it('shows no ballot in an owner’s trail, to the public or to auditors: ballots are recorded under a per-vote pseudonym', async () => {
    const open = (await get(reader.app, '/v1/actors/person-wang/trail')).json() as TrailBody;
    expect(open.byType.BallotCast).toBeUndefined();
    expect(open.acts.some((a) => a.type === 'BallotCast')).toBe(false);
    const audited = (await get(reader.app, '/v1/actors/person-wang/trail', asAuditor)).json() as TrailBody;
    expect(audited.total).toBeGreaterThanOrEqual(0);
    expect(audited.byType.BallotCast).toBeUndefined();
  });

  it('refuses an unknown period with 400', async () => {
    expect((await get(reader.app, '/v1/actors/co-a/trail?period=week')).statusCode).toBe(400);
  });
});

describe('an actor trail is attested like every state answer', () => {
  it('carries X-Ledger-Size, X-Ledger-Root, the checkpoint Link and asOf {size, root}', async () => {
    const reader = await testReader();
    const response = await get(reader.app, '/v1/actors/co-a/trail');
    const body = response.json() as { asOf: { size: number; root: string } };
    const head = await reader.ledger.store.log.treeHead();
    expect(body.asOf.size).toBe(head.size);
    expect(response.headers['x-ledger-size']).toBe(String(head.size));
    expect(response.headers['x-ledger-root']).toBe(body.asOf.root);
    expect(response.headers.link).toBe(`</v1/ledger/checkpoint?size=${head.size}>; rel="checkpoint"`);
  });
});

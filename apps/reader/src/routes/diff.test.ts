import { beforeAll, describe, expect, it } from 'vitest';
import { BALLOTS } from '../test-support/governance-ledger.ts';
import { asAuditor, get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface Change {
  item: string;
  kind: string;
  fields: { path: string; before: unknown; after: unknown }[];
  causes: { index: number; type: string; actor: { id: string | null } }[];
}
interface DiffBody {
  from: { size: number };
  asOf: { size: number };
  projections: { name: string; added: number; changed: number; items: Change[]; itemsOmitted: number }[];
}

describe('GET /v1/diff', () => {
  let reader: TestReader;
  let size: number;
  let ballotIndexes: number[];
  beforeAll(async () => {
    reader = await testReader();
    size = 0;
    ballotIndexes = [];
    for await (const event of reader.ledger.store.readAll()) {
      if (event.type === 'BallotCast') ballotIndexes.push(event.index);
      size++;
    }
  });

  it('reports every projection’s items added and changed between two points, with their causes', async () => {
    const response = await get(reader.app, `/v1/diff?from=3&asOf=${size - 1}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as DiffBody;
    expect(body.from.size).toBe(4);
    expect(body.asOf.size).toBe(size);
    const complaints = body.projections.find((p) => p.name === 'complaintBoard')!;
    expect(complaints.added).toBeGreaterThan(0);
    const added = complaints.items.find((c) => c.item === '/complaints/c-1')!;
    expect(added.kind).toBe('added');
    expect(added.causes[0]!.type).toBe('ComplaintFiled');
  });

  it('diffs one projection when asked, and pages its items', async () => {
    const body = (await get(reader.app, '/v1/diff?from=0&projection=complaintBoard&limit=1')).json() as DiffBody;
    expect(body.projections.map((p) => p.name)).toEqual(['complaintBoard']);
    expect(body.projections[0]!.items).toHaveLength(1);
    expect(body.projections[0]!.itemsOmitted).toBeGreaterThan(0);
  });

  it('never ties a ballot to its owner or choice for the public, across any single ballot', async () => {
    const voters = new Set(BALLOTS.map((b) => b.ownerId));
    for (const index of ballotIndexes) {
      const body = (
        await get(reader.app, `/v1/diff?from=${index - 1}&asOf=${index}&projection=voteResults`)
      ).json() as DiffBody;
      for (const change of body.projections[0]!.items) {
        for (const cause of change.causes.filter((c) => c.type === 'BallotCast')) expect(cause.actor.id).toBeNull();
        const choiceFields = change.fields.filter((f) => /^\/tally\/(approve|reject|abstain)/.test(f.path));
        expect(choiceFields, `ballot at ${index}`).toEqual([]);
        for (const voter of voters) expect(JSON.stringify(change)).not.toContain(voter);
      }
    }
  });

  it('shows auditors the ballots’ per-vote pseudonyms and the participation, but no owner and no choice total while ballots are sealed', async () => {
    const index = ballotIndexes[0]!;
    const body = (
      await get(reader.app, `/v1/diff?from=${index - 1}&asOf=${index}&projection=voteResults`, asAuditor)
    ).json() as DiffBody;
    const change = body.projections[0]!.items[0]!;
    expect(change.fields.some((f) => f.path.startsWith('/participating'))).toBe(true);
    expect(change.fields.some((f) => /^\/tally\/(approve|reject|abstain)/.test(f.path))).toBe(false);
    expect(change.causes[0]!.actor.id).toMatch(/^voter-/);
    expect(change.causes[0]!.actor.id).not.toBe('person-wang');
  });

  it('refuses a missing or reversed range with 400 naming the parameter', async () => {
    const missing = await get(reader.app, '/v1/diff');
    expect(missing.statusCode).toBe(400);
    const reversed = await get(reader.app, '/v1/diff?from=5&asOf=2');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.parameter).toBe('from');
  });
});

describe('a diff is attested like every state answer', () => {
  it('carries X-Ledger-Size, X-Ledger-Root and the checkpoint Link of its asOf point', async () => {
    const reader = await testReader();
    const response = await get(reader.app, '/v1/diff?from=2&asOf=5');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { asOf: { size: number; root: string } };
    expect(body.asOf.size).toBe(6);
    expect(response.headers['x-ledger-size']).toBe('6');
    expect(response.headers['x-ledger-root']).toBe(body.asOf.root);
    expect(response.headers.link).toBe('</v1/ledger/checkpoint?size=6>; rel="checkpoint"');
  });

  it('attests a 304 for the same point as the full answer', async () => {
    const reader = await testReader();
    const first = await get(reader.app, '/v1/diff?from=2&asOf=5');
    const again = await get(reader.app, '/v1/diff?from=2&asOf=5', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.headers['x-ledger-size']).toBe('6');
    expect(again.headers['x-ledger-root']).toBe(first.headers['x-ledger-root']);
  });
});

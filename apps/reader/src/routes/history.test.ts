import { beforeAll, describe, expect, it } from 'vitest';
import { asAuditor, get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface Step {
  event: { index: number; type: string; actor: { id: string | null }; data: Record<string, unknown> | null };
  changes: { item: string; fields: { path: string; before: unknown; after: unknown }[] }[] | null;
}

describe('GET /v1/streams/:streamId/history', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it("tells what each event changed in the aggregate's state, with personal fields erased for the public", async () => {
    const response = await get(reader.app, '/v1/streams/complaint-c-1/history');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { access: string; personalData: string; steps: Step[] };
    expect(body).toMatchObject({ access: 'public', personalData: 'hidden' });
    expect(body.steps[0]!.event.type).toBe('ComplaintFiled');
    expect(body.steps[0]!.event.data!.complainantName).toEqual({ erased: true, subject: 'person-zhang' });
    const statuses = body.steps.flatMap((s) => (s.changes ?? []).filter((c) => c.item === '/status'));
    expect(statuses[0]!.fields[0]).toMatchObject({ before: 'none', after: 'filed' });
    expect(response.body).not.toContain('张伟');
  });

  it('withholds secret ballots and what they changed from the public, and shows auditors only their per-vote pseudonyms with the choice still sealed', async () => {
    const open = (await get(reader.app, '/v1/streams/vote-v-1/history')).json() as { steps: Step[] };
    const ballots = open.steps.filter((s) => s.event.type === 'BallotCast');
    expect(ballots.length).toBeGreaterThan(0);
    for (const ballot of ballots) {
      expect(ballot.event.data).toBeNull();
      expect(ballot.event.actor.id).toBeNull();
      expect(ballot.changes).toBeNull();
    }
    const audited = (await get(reader.app, '/v1/streams/vote-v-1/history', asAuditor)).json() as { steps: Step[] };
    const cast = audited.steps.filter((s) => s.event.type === 'BallotCast');
    expect(cast[0]!.event.actor.id).toMatch(/^voter-/);
    expect(cast[0]!.event.data).toMatchObject({ ballotNumber: 1, sealed: { $personal: { subject: 'ballots-v-1' } } });
    expect(JSON.stringify(cast[0]!.event.data)).not.toContain('"choice"');
    expect(cast[0]!.changes!.length).toBeGreaterThan(0);
  });

  it('answers 404 for a stream that does not exist', async () => {
    expect((await get(reader.app, '/v1/streams/complaint-nope/history')).statusCode).toBe(404);
  });
});

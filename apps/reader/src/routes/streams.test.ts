import { MemoryStore } from '@govledger/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReader } from '../create-reader.ts';
import { asAuditor, AUDITOR_TOKEN, get, type TestReader, testReader } from '../test-support/test-reader.ts';

interface EventBody {
  type: string;
  streamVersion: number;
  actor: { id: string | null; role: string };
  data: Record<string, unknown> | null;
  withheld: string | null;
}

describe('GET /v1/streams/:streamId/events', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('shows the public every personal field as erased', async () => {
    const body = (await get(reader.app, '/v1/streams/complaint-c-1/events')).json();
    expect(body).toMatchObject({
      streamId: 'complaint-c-1',
      access: 'public',
      personalData: 'hidden',
      nextFromVersion: null,
    });
    const filed = (body.events as EventBody[])[0]!;
    expect(filed.type).toBe('ComplaintFiled');
    expect(filed.data).toMatchObject({
      complainantId: 'person-zhang',
      complainantName: { erased: true, subject: 'person-zhang' },
      complainantPhone: { erased: true, subject: 'person-zhang' },
      description: { erased: true, subject: 'person-zhang' },
    });
  });

  it('withholds each ballot from the public: no owner, no choice, no actor', async () => {
    const events = (await get(reader.app, '/v1/streams/vote-v-1/events')).json().events as EventBody[];
    const ballots = events.filter((e) => e.type === 'BallotCast');
    expect(ballots).toHaveLength(3);
    for (const ballot of ballots) {
      expect(ballot.data).toBeNull();
      expect(ballot.actor.id).toBeNull();
      expect(ballot.withheld).toContain('ballots are secret');
    }
    expect(events.find((e) => e.type === 'VotingClosed')?.data).toMatchObject({ voteId: 'v-1' });
  });

  it('opens personal fields for an auditor, and shows an erased subject as erased', async () => {
    const zhang = (await get(reader.app, '/v1/streams/complaint-c-1/events', asAuditor)).json();
    expect(zhang).toMatchObject({ access: 'auditor', personalData: 'opened' });
    expect(zhang.events[0].data).toMatchObject({ complainantName: '张伟', complainantPhone: '13912345678' });
    const li = (await get(reader.app, '/v1/streams/complaint-c-2/events', asAuditor)).json();
    expect(li.events[0].data.complainantName).toEqual({ erased: true, subject: 'person-li' });
  });

  it('shows an auditor the sealed envelopes when no key store is configured', async () => {
    const app = createReader({
      store: reader.ledger.store,
      auditorToken: AUDITOR_TOKEN,
      rateLimit: false,
      docs: false,
    });
    const body = (await get(app, '/v1/streams/complaint-c-1/events', asAuditor)).json();
    expect(body.personalData).toBe('sealed');
    expect(body.events[0].data.complainantName).toHaveProperty('$personal');
  });

  it('never shows the public a field no codec declares, which a ledger written before exact codecs may hold', async () => {
    const store = new MemoryStore();
    const appended = await store.appendBatch([
      {
        streamId: 'complaint-old-1',
        expectedVersion: 'no-stream',
        events: [
          {
            streamId: 'complaint-old-1',
            type: 'ComplaintFiled',
            schemaVersion: 1,
            data: {
              complaintId: 'old-1',
              communityId: 'cm-1',
              companyId: 'co-a',
              category: 'repair',
              complainantId: 'person-x',
              contactNote: '业主张伟 电话13912345678',
            },
            metadata: { actor: { id: 'person-x', role: 'resident' }, occurredAt: '2024-01-01T00:00:00Z' },
          },
        ],
      },
    ]);
    expect(appended._tag).toBe('Right');
    const app = createReader({ store, auditorToken: AUDITOR_TOKEN, rateLimit: false, docs: false });
    const response = await get(app, '/v1/streams/complaint-old-1/events');
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('13912345678');
    const [event] = response.json().events as EventBody[];
    expect(event!.data).toMatchObject({ complaintId: 'old-1', category: 'repair' });
    expect(event!.data).not.toHaveProperty('contactNote');
    expect(event!.withheld).toContain('undeclared');
  });

  it('pages through a stream by version', async () => {
    const first = (await get(reader.app, '/v1/streams/complaint-c-1/events?limit=2')).json();
    expect((first.events as EventBody[]).map((e) => e.streamVersion)).toEqual([0, 1]);
    expect(first.nextFromVersion).toBe(2);
    const rest = (
      await get(reader.app, `/v1/streams/complaint-c-1/events?fromVersion=${first.nextFromVersion}`)
    ).json();
    expect((rest.events as EventBody[])[0]!.streamVersion).toBe(2);
    expect(rest.nextFromVersion).toBeNull();
  });

  it('answers 404 for a stream that does not exist', async () => {
    const response = await get(reader.app, '/v1/streams/complaint-nope/events');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('no stream "complaint-nope"');
  });

  it('never lets a cache keep an auditor answer', async () => {
    const response = await get(reader.app, '/v1/streams/complaint-c-1/events', asAuditor);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});

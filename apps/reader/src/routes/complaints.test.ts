import { beforeAll, describe, expect, it } from 'vitest';
import { get, TEST_NOW, type TestReader, testReader } from '../test-support/test-reader.ts';

const ids = (body: { items: { complaintId: string }[] }) => body.items.map((c) => c.complaintId);

describe('GET /v1/complaints', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists complaints in filing order, judged overdue now (to the minute) by default', async () => {
    const body = (await get(reader.app, '/v1/complaints')).json();
    expect(body.at).toBe(TEST_NOW);
    expect(body.total).toBe(3);
    expect(ids(body)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(body.items.map((c: { overdue: boolean }) => c.overdue)).toEqual([false, true, false]);
    expect(body.nextCursor).toBeNull();
  });

  it('lists the most recently filed first with order=newest, paging on from there', async () => {
    const first = (await get(reader.app, '/v1/complaints?order=newest&limit=2')).json();
    expect(ids(first)).toEqual(['c-3', 'c-2']);
    expect(first.total).toBe(3);
    const rest = (await get(reader.app, `/v1/complaints?order=newest&limit=2&cursor=${first.nextCursor}`)).json();
    expect(ids(rest)).toEqual(['c-1']);
    expect(rest.nextCursor).toBeNull();
  });

  it('filters by status, community, company, category and overdue', async () => {
    const cases: [string, string[]][] = [
      ['status=closed', ['c-1']],
      ['community=cm-2', ['c-3']],
      ['company=co-a', ['c-1', 'c-2']],
      ['category=noise', ['c-2']],
      ['overdue=true', ['c-2']],
      ['overdue=false&community=cm-1', ['c-1']],
      ['overdue=true&at=2024-02-03T03:00:00Z', []],
      ['overdue=true&at=2024-02-03T03:00:01Z', ['c-2']],
    ];
    for (const [query, expected] of cases) {
      const body = (await get(reader.app, `/v1/complaints?${query}`)).json();
      expect(ids(body), query).toEqual(expected);
      expect(body.total, query).toBe(expected.length);
    }
  });

  it('pages with an opaque cursor until the last page', async () => {
    const seen: string[] = [];
    let url = '/v1/complaints?limit=1';
    for (let page = 0; page < 5; page++) {
      const body = (await get(reader.app, url)).json();
      expect(body.total).toBe(3);
      seen.push(...ids(body));
      if (body.nextCursor === null) break;
      expect(body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      url = `/v1/complaints?limit=1&cursor=${body.nextCursor}`;
    }
    expect(seen).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('answers as of a past entry, judging overdue when that entry was recorded', async () => {
    const events = [];
    for await (const e of reader.ledger.store.readAll()) events.push(e);
    const filedC2 = events.find((e) => e.type === 'ComplaintFiled' && e.data.complaintId === 'c-2')!;
    const body = (await get(reader.app, `/v1/complaints?asOf=${filedC2.index}`)).json();
    expect(body.asOf.size).toBe(filedC2.index + 1);
    expect(body.at).toBe(filedC2.metadata.recordedAt);
    expect(ids(body)).toEqual(['c-1', 'c-2']);
    expect(body.items[1]).toMatchObject({ status: 'filed', overdue: false });
  });

  it('answers as of a time, judging overdue at that time', async () => {
    const body = (await get(reader.app, '/v1/complaints?asOf=2024-02-04T00:00:00Z')).json();
    expect(body.at).toBe('2024-02-04T00:00:00Z');
    expect(body.items.find((c: { complaintId: string }) => c.complaintId === 'c-2')).toMatchObject({
      status: 'assigned',
      overdue: true,
    });
  });

  it('refuses a cursor issued for a later state', async () => {
    const late = (await get(reader.app, '/v1/complaints?limit=2')).json();
    const early = await get(reader.app, `/v1/complaints?asOf=7&cursor=${late.nextCursor}`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.parameter).toBe('cursor');
  });
});

describe('GET /v1/complaints/:complaintId', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('serves one complaint without any personal field', async () => {
    const body = (await get(reader.app, '/v1/complaints/c-1')).json();
    expect(body.complaint).toEqual({
      complaintId: 'c-1',
      communityId: 'cm-1',
      companyId: 'co-a',
      category: 'repair',
      status: 'closed',
      filedAt: '2024-01-10T02:00:00Z',
      assigneeCompanyId: 'co-a',
      assignedAt: '2024-01-10T03:00:00Z',
      dueAt: '2024-01-12T03:00:00Z',
      respondedAt: '2024-01-11T03:00:00Z',
      resolvedAt: '2024-01-11T09:00:00Z',
      reopenedCount: 0,
      escalatedAt: null,
      jointMeetingId: null,
      closedAt: '2024-01-12T01:00:00Z',
      satisfaction: 4,
      updatedAt: '2024-01-12T01:00:00Z',
      overdue: false,
    });
  });

  it('answers 404 for an unknown id, also one that only exists later', async () => {
    const unknown = await get(reader.app, '/v1/complaints/__proto__');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('no complaint "__proto__"');
    expect((await get(reader.app, '/v1/complaints/c-3?asOf=2024-01-31')).statusCode).toBe(404);
  });
});

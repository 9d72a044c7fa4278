import { beforeAll, describe, expect, it } from 'vitest';
import { createReader } from '../create-reader.ts';
import { get, TEST_NOW, type TestReader, testReader } from '../test-support/test-reader.ts';

const ids = (body: { notices: { noticeId: string }[] }) => body.notices.map((n) => n.noticeId);

describe('GET /v1/notices', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists the notices on display now', async () => {
    const body = (await get(reader.app, '/v1/notices')).json();
    expect(body.at).toBe(TEST_NOW);
    expect(ids(body)).toEqual(['n-2']);
  });

  it('lists the notices on display at another time in question, and every notice with all=true', async () => {
    expect(ids((await get(reader.app, '/v1/notices?at=2024-05-15T00:00:00Z')).json())).toEqual(['n-1']);
    expect(ids((await get(reader.app, '/v1/notices?at=2024-06-02T12:00:00Z')).json())).toEqual(['n-2', 'n-3']);
    expect(ids((await get(reader.app, '/v1/notices?at=2024-06-04T00:00:00Z')).json())).toEqual(['n-2']);
    const all = (await get(reader.app, '/v1/notices?all=true&kind=general')).json();
    expect(all.notices).toMatchObject([
      { noticeId: 'n-3', onDisplay: false, withdrawnAt: '2024-06-03T01:00:00Z', withdrawalReason: '通知有误' },
    ]);
  });

  it('judges "on display" as of a past point at that point', async () => {
    const body = (await get(reader.app, '/v1/notices?asOf=2024-05-15')).json();
    expect(body.at).toBe('2024-05-15T15:59:59.999Z');
    expect(ids(body)).toEqual(['n-1']);
  });

  it('changes its answer, and its ETag, when the clock passes the end of a disclosure period', async () => {
    let now = '2024-07-01T00:59:00.000Z';
    const app = createReader({ store: reader.ledger.store, rateLimit: false, docs: false, clock: () => new Date(now) });
    const before = await get(app, '/v1/notices');
    expect(ids(before.json())).toEqual(['n-2']);
    now = '2024-07-01T01:00:00.000Z';
    const after = await get(app, '/v1/notices', { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(ids(after.json())).toEqual([]);
  });

  it('serves one notice, and 404 for an unknown one', async () => {
    const { notice } = (await get(reader.app, '/v1/notices/n-1')).json();
    expect(notice).toMatchObject({
      kind: 'vote-result',
      subjectId: 'v-1',
      minimumDays: 7,
      publisher: { id: 'committee-cm-1', role: 'owners-committee' },
    });
    expect((await get(reader.app, '/v1/notices/n-9')).statusCode).toBe(404);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/complaint-statistics', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('counts complaints overall with exact sums and averages', async () => {
    const body = (await get(reader.app, '/v1/complaint-statistics')).json();
    expect(body.total).toEqual({
      filed: 3,
      open: 2,
      overdue: 1,
      resolved: 1,
      closed: 1,
      reopenings: 0,
      escalated: 1,
      resolutionSecondsTotal: 31 * 3600,
      resolutionSecondsCount: 1,
      averageResolutionSeconds: 31 * 3600,
      satisfactionTotal: 4,
      satisfactionCount: 1,
      averageSatisfaction: 4,
      satisfactionByScore: [0, 0, 0, 1, 0],
    });
  });

  it('breaks the counts down by month, community, company and category, sorted by key', async () => {
    const body = (await get(reader.app, '/v1/complaint-statistics')).json();
    const keys = (rows: { key: string }[]) => rows.map((r) => r.key);
    expect(keys(body.byMonth)).toEqual(['2024-01', '2024-02']);
    expect(keys(body.byCommunity)).toEqual(['cm-1', 'cm-2']);
    expect(keys(body.byCompany)).toEqual(['co-a', 'co-b']);
    expect(keys(body.byCategory)).toEqual(['noise', 'parking', 'repair']);
    expect(body.byCommunity[1]).toMatchObject({ key: 'cm-2', filed: 1, escalated: 1, averageSatisfaction: null });
  });

  it('judges overdue by the latest act folded, so a past answer gives the overdue count then', async () => {
    const now = (await get(reader.app, '/v1/complaint-statistics')).json();
    expect(now.clock).toBe((await reader.ledger.store.head()).lastRecordedAt);
    const early = (await get(reader.app, '/v1/complaint-statistics?asOf=2024-02-02T00:00:00Z')).json();
    expect(early.total).toMatchObject({ filed: 2, open: 1, overdue: 0 });
  });
});

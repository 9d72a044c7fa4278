import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/committees', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('counts the sitting members and party members of each committee, naming none', async () => {
    const body = (await get(reader.app, '/v1/committees')).json();
    expect(body.totals).toEqual({ committees: 1, filed: 1, members: 5, partyMembers: 3 });
    expect(body.committees).toEqual([
      {
        communityId: 'cm-1',
        electedByVoteId: 'v-3',
        electedAt: '2024-05-09T03:00:00Z',
        termEndsAt: '2029-05-09T00:00:00Z',
        memberCount: 5,
        partyMemberCount: 3,
        partyMemberRatio: 0.6,
        filingStatus: 'filed',
        filedAt: '2024-05-09T05:00:00Z',
        filingNumber: '杨舍备字2024-017',
        elections: 1,
        memberChanges: 0,
        updatedAt: '2024-05-09T05:00:00Z',
      },
    ]);
  });

  it('shows the committee unfiled before the street office filed it, and 404 before it was elected', async () => {
    const before = (await get(reader.app, '/v1/committees/cm-1?asOf=2024-05-09T04:00:00Z')).json();
    expect(before.committee).toMatchObject({ filingStatus: 'unfiled', filedAt: null });
    expect((await get(reader.app, '/v1/committees/cm-1?asOf=2024-05-01')).statusCode).toBe(404);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/party-building', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('counts the companies and party members covered by active organisations', async () => {
    const body = (await get(reader.app, '/v1/party-building')).json();
    expect(body).toMatchObject({ companiesCovered: 1, partyMembersCovered: 12 });
    expect(body.byForm).toEqual([
      { form: 'single', organisations: 1, companies: 1 },
      { form: 'joint', organisations: 0, companies: 0 },
    ]);
    expect(body.organisations[0]).toMatchObject({
      organisationId: 'org-1',
      form: 'single',
      active: true,
      memberCounts: [{ companyId: 'co-a', memberCount: 12, countedAt: '2024-04-22T00:00:00Z' }],
    });
  });
});

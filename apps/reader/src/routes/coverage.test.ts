import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/coverage', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('counts old communities covered, per mode, with the exact rate', async () => {
    const body = (await get(reader.app, '/v1/coverage')).json();
    expect(body).toMatchObject({
      managementAreas: 1,
      oldCommunities: 2,
      covered: 1,
      rate: { numerator: 1, denominator: 2, basisPoints: 5000 },
    });
    expect(body.byMode).toContainEqual({ mode: 'state-owned-company', covered: 1 });
    expect(body.communities[1]).toEqual({
      communityId: 'old-2',
      name: '老街二村',
      town: '杨舍镇',
      areaId: null,
      mode: null,
      companyId: null,
    });
  });

  it('shows no rate before any old community was registered', async () => {
    const body = (await get(reader.app, '/v1/coverage?asOf=2024-04-01')).json();
    expect(body.rate).toEqual({ numerator: 0, denominator: 0, basisPoints: null });
  });
});

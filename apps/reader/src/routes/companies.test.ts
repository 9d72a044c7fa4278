import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/companies', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists every company with its credit points and listings', async () => {
    const { companies } = (await get(reader.app, '/v1/companies')).json();
    expect(
      companies.map((c: { companyId: string; creditPoints: number; awardBlockedThrough: string | null }) => [
        c.companyId,
        c.creditPoints,
        c.awardBlockedThrough,
      ]),
    ).toEqual([
      ['co-a', 2, null],
      ['co-b', -2, '2024Q3'],
    ]);
  });

  it('judges eligibility in the quarter of the time in question (China Standard Time) by default', async () => {
    const { creditFile } = (await get(reader.app, '/v1/companies/co-b/credit-file')).json();
    expect(creditFile.eligibility).toEqual({ quarter: '2024Q2', mayTender: true, mayBeConsideredForAwards: false });
    expect(creditFile.awardBlocks).toEqual([{ from: '2024Q2', through: '2024Q3', listedIn: '2024Q1' }]);
    const cst = (await get(reader.app, '/v1/companies/co-b/credit-file?at=2024-09-30T16:00:00Z')).json();
    expect(cst.creditFile.eligibility.quarter).toBe('2024Q4');
  });

  it('judges eligibility in a quarter asked for', async () => {
    const { creditFile } = (await get(reader.app, '/v1/companies/co-b/credit-file?quarter=2024Q4')).json();
    expect(creditFile.eligibility).toEqual({ quarter: '2024Q4', mayTender: true, mayBeConsideredForAwards: true });
    expect((await get(reader.app, '/v1/companies/co-z/credit-file')).statusCode).toBe(404);
  });
});

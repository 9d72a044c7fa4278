import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/ratings and /v1/red-black-lists', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists the rated quarters and whether their list is published', async () => {
    expect((await get(reader.app, '/v1/ratings')).json().quarters).toEqual([
      { quarter: '2024Q1', published: true, ratedProjects: 2 },
    ]);
    const before = (await get(reader.app, '/v1/ratings?asOf=2024-03-31')).json().quarters;
    expect(before).toEqual([{ quarter: '2024Q1', published: false, ratedProjects: 2 }]);
  });

  it("serves a quarter's ratings with the corrections on record", async () => {
    const { ratings } = (await get(reader.app, '/v1/ratings/2024Q1')).json();
    expect(ratings.ratings[1]).toEqual({
      projectId: 'p-2',
      companyId: 'co-b',
      score: 52,
      grade: 'unqualified',
      ratedAt: '2024-03-20T01:10:00Z',
      corrections: [
        { previousScore: 62, previousGrade: 'qualified', reason: '复核扣分', correctedAt: '2024-03-21T01:00:00Z' },
      ],
    });
    expect((await get(reader.app, '/v1/ratings/2023Q4')).statusCode).toBe(404);
  });

  it("serves a quarter's red-black list with the policy it was drawn up under", async () => {
    expect((await get(reader.app, '/v1/red-black-lists')).json().lists).toEqual([
      { quarter: '2024Q1', publishedAt: '2024-04-02T01:00:00Z', redCount: 1, blackCount: 1 },
    ]);
    const { list } = (await get(reader.app, '/v1/red-black-lists/2024Q1')).json();
    expect(list.red).toEqual([{ projectId: 'p-1', companyId: 'co-a', score: 95, grade: 'excellent' }]);
    expect(list.black).toEqual([{ projectId: 'p-2', companyId: 'co-b', score: 52, grade: 'unqualified' }]);
    expect(list.policy).toMatchObject({ redMinScore: 90, blackBelowScore: 60, awardBlockQuarters: 2 });
    expect((await get(reader.app, '/v1/red-black-lists/2024Q1?asOf=2024-04-01')).statusCode).toBe(404);
  });
});

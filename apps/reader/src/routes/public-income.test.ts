import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/public-income', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it("lists each community's public income in brief", async () => {
    const body = (await get(reader.app, '/v1/public-income')).json();
    expect(body.communities).toEqual([
      {
        communityId: 'cm-1',
        totalIncomeFen: 130_000,
        allocatedFen: 60_000,
        unallocatedFen: 70_000,
        undisclosedIncomeFen: 80_000,
        lastDisclosedAt: '2024-05-16T01:00:00Z',
      },
    ]);
  });

  it('breaks one community down by source, month and allocation target, with its disclosures', async () => {
    const { income } = (await get(reader.app, '/v1/public-income/cm-1')).json();
    expect(income.bySource).toEqual([
      { source: 'advertising', incomeFen: 50_000 },
      { source: 'parking', incomeFen: 80_000 },
      { source: 'venue-rental', incomeFen: 0 },
      { source: 'other', incomeFen: 0 },
    ]);
    expect(income.byMonth).toEqual([
      { month: '2024-04', incomeFen: 50_000, undisclosedFen: 0 },
      { month: '2024-05', incomeFen: 80_000, undisclosedFen: 80_000 },
    ]);
    expect(income.allocatedByTarget).toContainEqual({ target: 'maintenance-fund', allocatedFen: 60_000 });
    expect(income.disclosures).toEqual([
      {
        disclosureId: 'pd-1',
        at: '2024-05-16T01:00:00Z',
        periodFrom: '2024-04',
        periodTo: '2024-04',
        incomeFen: 50_000,
        documentSha256: null,
      },
    ]);
    expect((await get(reader.app, '/v1/public-income/cm-2')).statusCode).toBe(404);
  });
});

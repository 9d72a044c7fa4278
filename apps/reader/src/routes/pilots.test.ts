import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/pilots', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists pilots, counts them per kind, and names the demonstration sites held at each level', async () => {
    const body = (await get(reader.app, '/v1/pilots')).json();
    expect(body.pilots).toEqual([
      {
        pilotId: 'pilot-1',
        kind: 'property-elderly-care',
        name: '物业+养老试点',
        projectIds: ['p-1'],
        designatedBy: null,
        launchedAt: '2024-05-01T01:00:00Z',
        completedAt: null,
        summary: null,
      },
    ]);
    expect(body.byKind).toContainEqual({
      kind: 'property-elderly-care',
      running: 1,
      completed: 0,
      projectIds: ['p-1'],
    });
    expect(body.demonstrationSites).toEqual([
      { level: 'provincial', count: 1, projectIds: ['p-1'] },
      { level: 'suzhou-municipal', count: 0, projectIds: [] },
    ]);
  });
});

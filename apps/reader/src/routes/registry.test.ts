import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/registry', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('names every registered company, project, street office, community and management area, kind by kind', async () => {
    const body = (await get(reader.app, '/v1/registry')).json();
    const names = Object.fromEntries(body.entries.map((e: { id: string; name: string }) => [e.id, e.name]));
    expect(names).toMatchObject({
      'co-a': '张家港红色物业有限公司',
      'p-1': '梁丰花园',
      'so-yangshe': '杨舍镇',
      'cm-1': '梁丰社区',
      'area-1': '杨舍镇第1物业管理区域',
    });
    expect(body.entries.map((e: { kind: string }) => e.kind)).toEqual([
      'company',
      'company',
      'project',
      'project',
      'street-office',
      'residents-community',
      'residents-community',
      'management-area',
    ]);
  });

  it('filters by kind', async () => {
    const body = (await get(reader.app, '/v1/registry?kind=street-office')).json();
    expect(body.entries.map((e: { id: string }) => e.id)).toEqual(['so-yangshe']);
  });

  it('answers one entry with whether it is active and the company managing a project over time', async () => {
    const response = await get(reader.app, '/v1/registry/project/p-1');
    expect(response.statusCode).toBe(200);
    expect(response.json().entry).toMatchObject({
      id: 'p-1',
      kind: 'project',
      name: '梁丰花园',
      active: true,
      within: '杨舍镇',
      managedBy: [{ companyId: 'co-a', from: '2024-01-02T02:00:00.000Z', until: null }],
    });
  });

  it('answers 404 for an id or a kind the registry does not hold', async () => {
    expect((await get(reader.app, '/v1/registry/company/co-nobody')).statusCode).toBe(404);
    expect((await get(reader.app, '/v1/registry/planet/p-1')).statusCode).toBe(404);
  });
});

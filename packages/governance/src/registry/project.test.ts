import { describe, expect, it } from 'vitest';
import { TenderAwardRecorded } from '../ratings/events.ts';
import { TestLedger } from '../test-support/test-ledger.ts';
import {
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  RegistrationEnded,
  StreetOfficeRegistered,
} from './events.ts';
import { registryEvents } from './index.ts';
import { registry } from './project.ts';

const bureau = { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt: '2022-01-05T01:00:00Z' };

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger([...registryEvents, TenderAwardRecorded]);
  const put = async (streamId: string, type: string, data: Record<string, unknown>, occurredAt = bureau.occurredAt) =>
    await ledger.record(streamId, { type, data }, { ...bureau, occurredAt });
  await put('company-co-a', PropertyCompanyRegistered.type, {
    companyId: 'co-a',
    name: '张家港市悦盛物业服务有限公司',
  });
  await put('company-co-b', PropertyCompanyRegistered.type, {
    companyId: 'co-b',
    name: '张家港市金香物业管理有限公司',
  });
  await put('street-office-so-1', StreetOfficeRegistered.type, { streetOfficeId: 'so-1', name: '杨舍镇' });
  await put('project-p-1', PropertyProjectRegistered.type, {
    projectId: 'p-1',
    name: '悦盛花苑',
    communityId: 'p-1',
    town: '杨舍镇',
    companyId: 'co-a',
  });
  await put(
    'project-p-1',
    TenderAwardRecorded.type,
    {
      projectId: 'p-1',
      companyId: 'co-b',
      awardedAt: '2023-02-01T00:00:00Z',
      quarter: '2023Q1',
      previousCompanyId: 'co-a',
    },
    '2023-02-02T00:00:00Z',
  );
  await put(
    'company-co-a',
    RegistrationEnded.type,
    { kind: 'company', id: 'co-a', reason: '企业注销' },
    '2023-06-01T00:00:00Z',
  );
  return ledger;
}

describe('the registry projection', () => {
  it('gives every registered id its Chinese name, kind and whether it is active', async () => {
    const state = (await history()).project(registry);
    expect(state.project['p-1']).toMatchObject({ name: '悦盛花苑', kind: 'project', active: true, within: '杨舍镇' });
    expect(state['street-office']['so-1']).toMatchObject({ name: '杨舍镇', active: true });
    expect(state.company['co-a']).toMatchObject({ active: false, endedAt: '2023-06-01T00:00:00Z' });
    expect(state.company['co-b']).toMatchObject({ name: '张家港市金香物业管理有限公司', active: true });
  });

  it('keeps the company managing each project over time, handing over at the award', async () => {
    const state = (await history()).project(registry);
    expect(state.project['p-1']?.managedBy).toEqual([
      { companyId: 'co-a', from: '2022-01-05T01:00:00Z', until: '2023-02-01T00:00:00Z' },
      { companyId: 'co-b', from: '2023-02-01T00:00:00Z', until: null },
    ]);
  });

  it('shows the registry as of an earlier size, before the award', async () => {
    const state = (await history()).project(registry, 4);
    expect(state.project['p-1']?.managedBy).toEqual([{ companyId: 'co-a', from: '2022-01-05T01:00:00Z', until: null }]);
    expect(state.company['co-a']?.active).toBe(true);
  });
});

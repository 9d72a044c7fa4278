import { EventCatalogue } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { PropertyProjectRegistered } from '../registry/events.ts';
import { TestLedger } from '../test-support/index.ts';
import { AwardDemonstrationSite, CompletePilot, LaunchPilotProject, RevokeDemonstration } from './commands.ts';
import type { DemonstrationLevel } from './events.ts';
import { pilotsEvents } from './index.ts';
import { pilots } from './project.ts';

const act = { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt: '2024-03-01T02:00:00Z' };

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger(pilotsEvents);
  for (const projectId of ['yuesheng', 'jinxiang', 'junlin', 'jincheng', 'huijin', 'hubin']) {
    await ledger.record(`project-${projectId}`, {
      type: PropertyProjectRegistered.type,
      data: { projectId, name: projectId, communityId: projectId, town: '杨舍镇', companyId: null },
    });
  }
  const award = async (projectId: string, level: DemonstrationLevel) =>
    await ledger.accept(AwardDemonstrationSite, { data: { projectId, level, title: '示范点' }, ...act });
  await award('yuesheng', 'provincial');
  await award('jinxiang', 'provincial');
  await award('junlin', 'provincial');
  await award('jincheng', 'suzhou-municipal');
  await award('hubin', 'suzhou-municipal');
  await ledger.accept(LaunchPilotProject, {
    data: { pilotId: 'post-1', kind: 'post-station', name: '红色物业·住区驿站', projectIds: ['junlin'] },
    ...act,
  });
  await ledger.accept(LaunchPilotProject, {
    data: {
      pilotId: 'elder-1',
      kind: 'property-elderly-care',
      name: '社区+物业+养老',
      projectIds: ['huijin', 'hubin'],
    },
    ...act,
  });
  await ledger.accept(LaunchPilotProject, {
    data: { pilotId: 'elder-2', kind: 'property-elderly-care', name: '社区+物业+养老 二期', projectIds: ['hubin'] },
    ...act,
  });
  return ledger;
}

describe('the pilots read model', () => {
  it('counts demonstration sites per level with their projects', async () => {
    const state = (await history()).project(pilots);
    expect(state.demonstrationSites.provincial).toEqual({ count: 3, projectIds: ['yuesheng', 'jinxiang', 'junlin'] });
    expect(state.demonstrationSites['suzhou-municipal'].count).toBe(2);
  });

  it('counts pilots per kind, running and completed, listing each project once', async () => {
    const ledger = await history();
    await ledger.accept(CompletePilot, { data: { pilotId: 'elder-1', summary: '完成' }, ...act });
    const state = ledger.project(pilots);
    expect(state.byKind['property-elderly-care']).toEqual({
      running: 1,
      completed: 1,
      pilotIds: ['elder-1', 'elder-2'],
      projectIds: ['huijin', 'hubin'],
    });
    expect(state.byKind['post-station'].running).toBe(1);
    expect(state.byKind['digital-home']).toEqual({ running: 0, completed: 0, pilotIds: [], projectIds: [] });
  });

  it('drops a revoked demonstration site from its level', async () => {
    const ledger = await history();
    await ledger.accept(RevokeDemonstration, {
      data: { projectId: 'jinxiang', level: 'provincial', reason: '复核不达标' },
      ...act,
    });
    expect(ledger.project(pilots).demonstrationSites.provincial).toEqual({
      count: 2,
      projectIds: ['yuesheng', 'junlin'],
    });
  });
  it('records only event types of the area catalogue, each defined once', async () => {
    const known = new Set([
      ...new EventCatalogue(pilotsEvents).definitions().map((d) => d.type),
      PropertyProjectRegistered.type,
    ]);
    expect((await history()).events.filter((e) => !known.has(e.type))).toEqual([]);
  });
});

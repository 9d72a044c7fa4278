import { describe, it } from 'vitest';
import { PropertyProjectRegistered, RegistrationEnded } from '../registry/events.ts';
import { emitted, event, given } from '../test-support/index.ts';
import { AwardDemonstrationSite, CompletePilot, LaunchPilotProject, RevokeDemonstration } from './commands.ts';
import { DemonstrationRevoked, DemonstrationSiteAwarded, PilotCompleted, PilotProjectLaunched } from './events.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const at = '2024-03-01T02:00:00Z';

const project = (projectId: string, name: string) =>
  event(`project-${projectId}`, PropertyProjectRegistered, {
    projectId,
    name,
    communityId: `c-${projectId}`,
    town: '杨舍镇',
    companyId: null,
  });
const huijin = project('p-huijin', '汇金中心');
const junlin = project('p-junlin', '君临新城');
const launchedData = {
  pilotId: 'elder-1',
  kind: 'property-elderly-care' as const,
  name: '社区+物业+养老',
  projectIds: ['p-huijin'],
  designatedBy: '苏州市',
};
const launched = event('pilot-elder-1', PilotProjectLaunched, launchedData);

const launch = (projectIds: string[], designatedBy?: string) => ({
  data: {
    pilotId: 'elder-1',
    kind: 'property-elderly-care' as const,
    name: '社区+物业+养老',
    projectIds,
    ...(designatedBy ? { designatedBy } : {}),
  },
  actor: bureau,
  occurredAt: at,
});
const award = {
  data: { projectId: 'p-junlin', level: 'provincial' as const, title: '党建引领物业服务管理工作省级示范点' },
  actor: bureau,
  occurredAt: at,
};
const awarded = event('demonstration-provincial-p-junlin', DemonstrationSiteAwarded, award.data);

describe('pilot projects', () => {
  it('launches a pilot over registered projects, naming who designated it', async () => {
    await given(huijin)
      .when(LaunchPilotProject, launch(['p-huijin'], '苏州市'))
      .thenEvents(emitted(PilotProjectLaunched, launchedData));
  });

  it('records the housing bureau as designator when none is named', async () => {
    await given(huijin)
      .when(LaunchPilotProject, launch(['p-huijin']))
      .thenEvents(
        emitted(PilotProjectLaunched, {
          pilotId: 'elder-1',
          kind: 'property-elderly-care',
          name: '社区+物业+养老',
          projectIds: ['p-huijin'],
          designatedBy: null,
        }),
      );
  });

  it('refuses a pilot without projects, with a project twice, or with an unregistered project', async () => {
    await given().when(LaunchPilotProject, launch([])).thenError('PilotProjectsInvalid', 'no project');
    await given(huijin)
      .when(LaunchPilotProject, launch(['p-huijin', 'p-huijin']))
      .thenError('PilotProjectsInvalid', 'twice');
    await given(huijin)
      .when(LaunchPilotProject, launch(['p-huijin', 'p-junlin']))
      .thenError('ProjectNotRegistered', 'p-junlin');
  });

  it('launches a pilot id once and lets only the housing bureau launch', async () => {
    await given(huijin, launched)
      .when(LaunchPilotProject, launch(['p-huijin']))
      .thenError('PilotAlreadyLaunched');
    await given(huijin)
      .when(LaunchPilotProject, { ...launch(['p-huijin']), actor: { id: 's-1', role: 'street-office' } })
      .thenError('Forbidden');
  });

  it('completes a running pilot once', async () => {
    const complete = { data: { pilotId: 'elder-1', summary: '建成日间照料中心' }, actor: bureau, occurredAt: at };
    await given(launched).when(CompletePilot, complete).thenEvents(emitted(PilotCompleted, complete.data));
    await given(launched, event('pilot-elder-1', PilotCompleted, complete.data))
      .when(CompletePilot, complete)
      .thenError('PilotAlreadyCompleted');
    await given().when(CompletePilot, complete).thenError('PilotNotLaunched');
  });
});

describe('demonstration sites', () => {
  it('awards a registered project the title at a level', async () => {
    await given(junlin).when(AwardDemonstrationSite, award).thenEvents(emitted(DemonstrationSiteAwarded, award.data));
  });

  it('refuses the same title at the same level twice, but not at another level', async () => {
    await given(junlin, awarded).when(AwardDemonstrationSite, award).thenError('AlreadyDemonstrationSite');
    await given(junlin, awarded)
      .when(AwardDemonstrationSite, { ...award, data: { ...award.data, level: 'suzhou-municipal' as const } })
      .thenAccepted();
  });

  it('refuses a title for an unregistered project', async () => {
    await given().when(AwardDemonstrationSite, award).thenError('ProjectNotRegistered');
  });

  it('revokes a held title with a reason, after which it may be awarded again', async () => {
    const revoke = {
      data: { projectId: 'p-junlin', level: 'provincial' as const, reason: '复核不达标' },
      actor: bureau,
      occurredAt: at,
    };
    await given(junlin, awarded)
      .when(RevokeDemonstration, revoke)
      .thenEvents(emitted(DemonstrationRevoked, revoke.data));
    await given(junlin).when(RevokeDemonstration, revoke).thenError('NotDemonstrationSite');
    const revoked = event('demonstration-provincial-p-junlin', DemonstrationRevoked, revoke.data);
    await given(junlin, awarded, revoked).when(AwardDemonstrationSite, award).thenAccepted();
  });
});

describe('ProjectNotRegistered: pilots and demonstration sites name registered, active projects', () => {
  const ended = event('project-p-huijin', RegistrationEnded, {
    kind: 'project',
    id: 'p-huijin',
    reason: '并入相邻小区',
  });

  it('refuses a pilot over a project whose registration ended', async () => {
    await given(huijin, ended)
      .when(LaunchPilotProject, launch(['p-huijin']))
      .thenError('ProjectNotRegistered', 'ended');
  });

  it('refuses a demonstration site award to a project whose registration ended', async () => {
    await given(huijin, ended)
      .when(AwardDemonstrationSite, { ...award, data: { ...award.data, projectId: 'p-huijin' } })
      .thenError('ProjectNotRegistered');
  });
});

import { describe, it } from 'vitest';
import { ManagementAreaRegistered, PropertyCompanyRegistered, RegistrationEnded } from '../registry/events.ts';
import { emitted, event, given } from '../test-support/index.ts';
import { AssignCoverageMode, DesignateManagementArea, RegisterOldCommunity, WithdrawCoverage } from './commands.ts';
import {
  type CoverageMode,
  CoverageModeAssigned,
  CoverageWithdrawn,
  ManagementAreaDesignated,
  OldCommunityRegistered,
} from './events.ts';

const street = { id: 'street-yangshe', role: 'street-office' };
const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const at = '2024-03-01T02:00:00Z';

const areaRegistered = event('management-area-a-1', ManagementAreaRegistered, {
  areaId: 'a-1',
  name: '杨舍镇第一物业管理区域',
  town: '杨舍镇',
});
const area = event('area-a-1', ManagementAreaDesignated, {
  areaId: 'a-1',
  town: '杨舍镇',
  communityIds: ['oc-1', 'oc-2'],
});
const community = event('old-community-oc-1', OldCommunityRegistered, {
  communityId: 'oc-1',
  name: '梁丰新村',
  town: '杨舍镇',
});
const company = event('company-pc-1', PropertyCompanyRegistered, { companyId: 'pc-1', name: '港城城投物业' });
const covered = event('old-community-oc-1', CoverageModeAssigned, {
  communityId: 'oc-1',
  areaId: 'a-1',
  mode: 'shared-service',
  companyId: null,
});

const assign = (mode: CoverageMode, companyId?: string, areaId = 'a-1') => ({
  data: { communityId: 'oc-1', areaId, mode, ...(companyId === undefined ? {} : { companyId }) },
  actor: street,
  occurredAt: at,
});

describe('designating management areas', () => {
  it('designates an area over its communities, once', async () => {
    const designate = {
      data: { areaId: 'a-1', town: '杨舍镇', communityIds: ['oc-1', 'oc-2'] },
      actor: street,
      occurredAt: at,
    };
    await given(areaRegistered)
      .when(DesignateManagementArea, designate)
      .thenEvents(emitted(ManagementAreaDesignated, { areaId: 'a-1', town: '杨舍镇', communityIds: ['oc-1', 'oc-2'] }));
    await given(areaRegistered, area).when(DesignateManagementArea, designate).thenError('AreaAlreadyDesignated');
  });

  it('refuses an area listing no community or one community twice', async () => {
    const designate = (communityIds: string[]) => ({
      data: { areaId: 'a-1', town: '杨舍镇', communityIds },
      actor: bureau,
      occurredAt: at,
    });
    await given(areaRegistered)
      .when(DesignateManagementArea, designate([]))
      .thenError('AreaCommunitiesInvalid', 'no community');
    await given(areaRegistered)
      .when(DesignateManagementArea, designate(['oc-1', 'oc-1']))
      .thenError('AreaCommunitiesInvalid', 'twice');
  });

  it('lets only the housing bureau or a street office designate an area', async () => {
    await given(areaRegistered)
      .when(DesignateManagementArea, {
        data: { areaId: 'a-1', town: '杨舍镇', communityIds: ['oc-1'] },
        actor: { id: 'cc-1', role: 'community-committee' },
        occurredAt: at,
      })
      .thenError('Forbidden');
  });

  it('registers an old community once', async () => {
    const register = { data: { communityId: 'oc-1', name: '梁丰新村', town: '杨舍镇' }, actor: bureau, occurredAt: at };
    await given(areaRegistered)
      .when(RegisterOldCommunity, register)
      .thenEvents(emitted(OldCommunityRegistered, register.data));
    await given(areaRegistered, community).when(RegisterOldCommunity, register).thenError('CommunityAlreadyRegistered');
  });
});

describe('assigning a coverage mode', () => {
  it('covers a registered old community through an area that lists it', async () => {
    await given(areaRegistered, area, community, company)
      .when(AssignCoverageMode, assign('state-owned-company', 'pc-1'))
      .thenEvents(
        emitted(CoverageModeAssigned, {
          communityId: 'oc-1',
          areaId: 'a-1',
          mode: 'state-owned-company',
          companyId: 'pc-1',
        }),
      );
  });

  it('requires a company for the market and state-owned modes', async () => {
    await given(areaRegistered, area, community)
      .when(AssignCoverageMode, assign('market-company'))
      .thenError('CompanyRequired');
    await given(areaRegistered, area, community)
      .when(AssignCoverageMode, assign('state-owned-company'))
      .thenError('CompanyRequired');
  });

  it('refuses a company under owners self-management and accepts shared service with or without one', async () => {
    await given(areaRegistered, area, community, company)
      .when(AssignCoverageMode, assign('owner-self-management', 'pc-1'))
      .thenError('CompanyNotAllowed');
    await given(areaRegistered, area, community).when(AssignCoverageMode, assign('shared-service')).thenAccepted();
    await given(areaRegistered, area, community, company)
      .when(AssignCoverageMode, assign('shared-service', 'pc-1'))
      .thenAccepted();
  });

  it('refuses an unregistered company', async () => {
    await given(areaRegistered, area, community)
      .when(AssignCoverageMode, assign('market-company', 'pc-9'))
      .thenError('CompanyNotRegistered');
  });

  it('refuses an unregistered community, an undesignated area and an area that does not list the community', async () => {
    await given(areaRegistered, area)
      .when(AssignCoverageMode, assign('shared-service'))
      .thenError('CommunityNotRegistered');
    await given(areaRegistered, community)
      .when(AssignCoverageMode, assign('shared-service'))
      .thenError('AreaNotDesignated');
    const other = event('area-a-2', ManagementAreaDesignated, {
      areaId: 'a-2',
      town: '杨舍镇',
      communityIds: ['oc-7'],
    });
    await given(areaRegistered, other, community)
      .when(AssignCoverageMode, assign('shared-service', undefined, 'a-2'))
      .thenError('CommunityOutsideArea');
  });

  it('replaces a different coverage but refuses repeating the same one', async () => {
    await given(areaRegistered, area, community, covered, company)
      .when(AssignCoverageMode, assign('market-company', 'pc-1'))
      .thenAccepted();
    await given(areaRegistered, area, community, covered)
      .when(AssignCoverageMode, assign('shared-service'))
      .thenError('CoverageUnchanged');
  });

  it('lets only a street office assign a mode', async () => {
    await given(areaRegistered, area, community)
      .when(AssignCoverageMode, { ...assign('shared-service'), actor: bureau })
      .thenError('Forbidden', 'street-office');
  });
});

describe('withdrawing coverage', () => {
  const withdraw = { data: { communityId: 'oc-1', reason: '共享物业合同到期' }, actor: street, occurredAt: at };

  it('withdraws the coverage of a covered community with its reason', async () => {
    await given(areaRegistered, area, community, covered)
      .when(WithdrawCoverage, withdraw)
      .thenEvents(emitted(CoverageWithdrawn, withdraw.data));
  });

  it('refuses withdrawing from an uncovered community', async () => {
    await given(areaRegistered, area, community).when(WithdrawCoverage, withdraw).thenError('NotCovered');
  });
});

describe('CompanyNotRegistered: coverage names a registered, active company', () => {
  it('refuses coverage by a company whose registration ended', async () => {
    const ended = event('company-pc-1', RegistrationEnded, { kind: 'company', id: 'pc-1', reason: '企业注销' });
    await given(areaRegistered, area, community, company, ended)
      .when(AssignCoverageMode, assign('market-company', 'pc-1'))
      .thenError('CompanyNotRegistered', 'registration ended');
  });
});

describe('ManagementAreaNotRegistered: coverage designates only a registered, active management area', () => {
  const designate = {
    data: { areaId: 'a-7', town: '杨舍镇', communityIds: ['oc-1'] },
    actor: street,
    occurredAt: at,
  };

  it('refuses designating an area the registry does not hold', async () => {
    await given(areaRegistered)
      .when(DesignateManagementArea, designate)
      .thenError('ManagementAreaNotRegistered', 'a-7');
  });

  it('refuses designating an area whose registration ended', async () => {
    const registered = event('management-area-a-7', ManagementAreaRegistered, {
      areaId: 'a-7',
      name: '杨舍镇第七物业管理区域',
      town: '杨舍镇',
    });
    const ended = event('management-area-a-7', RegistrationEnded, {
      kind: 'management-area',
      id: 'a-7',
      reason: '区域合并',
    });
    await given(registered).when(DesignateManagementArea, designate).thenAccepted();
    await given(registered, ended).when(DesignateManagementArea, designate).thenError('ManagementAreaNotRegistered');
  });
});

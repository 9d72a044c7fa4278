import { describe, expect, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import { TestLedger } from '../test-support/test-ledger.ts';
import { managementAreaStreamId } from './aggregate.ts';
import { EndRegistration, RegisterManagementArea } from './commands.ts';
import { ManagementAreaRegistered, RegistrationEnded } from './events.ts';
import { registryEvents } from './index.ts';
import { registry } from './project.ts';

const street = { id: 'so-yangshe', role: 'street-office' };
const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const at = '2023-09-04T02:00:00Z';
const data = { areaId: 'area-yangshe-01', name: '杨舍镇第1物业管理区域', town: '杨舍镇' };
const registered = event(managementAreaStreamId('area-yangshe-01'), ManagementAreaRegistered, data);

describe('RegisterManagementArea', () => {
  it('records a management area with its Chinese name and town, once', async () => {
    await given()
      .when(RegisterManagementArea, { data, actor: street, occurredAt: at })
      .thenEvents(emitted(ManagementAreaRegistered, data));
    await given(registered)
      .when(RegisterManagementArea, { data, actor: bureau, occurredAt: at })
      .thenError('ManagementAreaAlreadyRegistered');
  });

  it('lets only the housing bureau or a street office register an area', async () => {
    await given()
      .when(RegisterManagementArea, { data, actor: { id: 'pc-1', role: 'property-company' }, occurredAt: at })
      .thenError('Forbidden');
  });

  it('ends an area’s registration once', async () => {
    const end = {
      data: { kind: 'management-area' as const, id: 'area-yangshe-01', reason: '区域合并' },
      actor: bureau,
      occurredAt: at,
    };
    await given(registered).when(EndRegistration, end).thenEvents(emitted(RegistrationEnded, end.data));
    await given().when(EndRegistration, end).thenError('RegistrationNotActive');
  });
});

describe('the registry projection of management areas', () => {
  it('names each area, with its town, and shows when its registration ended', async () => {
    const ledger = new TestLedger(registryEvents);
    await ledger.accept(RegisterManagementArea, { data, actor: street, occurredAt: at });
    expect(ledger.project(registry)['management-area']['area-yangshe-01']).toMatchObject({
      kind: 'management-area',
      name: '杨舍镇第1物业管理区域',
      within: '杨舍镇',
      active: true,
      registeredAt: new Date(at).toISOString(),
    });
    await ledger.accept(EndRegistration, {
      data: { kind: 'management-area', id: 'area-yangshe-01', reason: '区域合并' },
      actor: bureau,
      occurredAt: '2024-01-02T02:00:00Z',
    });
    expect(ledger.project(registry)['management-area']['area-yangshe-01']).toMatchObject({
      active: false,
      endedAt: '2024-01-02T02:00:00.000Z',
    });
  });
});

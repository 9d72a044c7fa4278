import { describe, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import { streetOfficeStreamId } from './aggregate.ts';
import { EndRegistration, RegisterProject, RegisterResidentsCommunity, RegisterStreetOffice } from './commands.ts';
import { RegistrationEnded, ResidentsCommunityRegistered, StreetOfficeRegistered } from './events.ts';
import { registeredPlaces } from './test-fixtures.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const at = '2024-01-05T01:00:00Z';
const yangshe = event(streetOfficeStreamId('so-yangshe'), StreetOfficeRegistered, {
  streetOfficeId: 'so-yangshe',
  name: '杨舍镇',
});

describe('RegisterStreetOffice', () => {
  it('records a street office with its Chinese name, once', async () => {
    await given()
      .when(RegisterStreetOffice, {
        data: { streetOfficeId: 'so-yangshe', name: '杨舍镇' },
        actor: bureau,
        occurredAt: at,
      })
      .thenEvents(emitted(StreetOfficeRegistered, { streetOfficeId: 'so-yangshe', name: '杨舍镇' }));
    await given(yangshe)
      .when(RegisterStreetOffice, {
        data: { streetOfficeId: 'so-yangshe', name: '杨舍镇' },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('StreetOfficeAlreadyRegistered');
  });

  it('lets only the housing bureau register (Forbidden)', async () => {
    await given()
      .when(RegisterStreetOffice, {
        data: { streetOfficeId: 'so-yangshe', name: '杨舍镇' },
        actor: { id: 'pc-1', role: 'property-company' },
        occurredAt: at,
      })
      .thenError('Forbidden');
  });
});

describe('RegisterResidentsCommunity', () => {
  const data = { communityId: 'sq-dongcheng', name: '东城社区', streetOfficeId: 'so-yangshe' };

  it('records a residents’ community under its registered street office', async () => {
    await given(yangshe)
      .when(RegisterResidentsCommunity, { data, actor: bureau, occurredAt: at })
      .thenEvents(emitted(ResidentsCommunityRegistered, data));
  });

  it('refuses a community under a street office nobody registered (StreetOfficeNotRegistered)', async () => {
    await given()
      .when(RegisterResidentsCommunity, { data, actor: bureau, occurredAt: at })
      .thenError('StreetOfficeNotRegistered');
  });
});

describe('RegisterProject', () => {
  it('refuses a project managed by a company nobody registered (CompanyNotRegistered)', async () => {
    await given()
      .when(RegisterProject, {
        data: { projectId: 'p-1', name: '悦盛花苑', communityId: 'p-1', town: '杨舍镇', companyId: 'co-nobody' },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('CompanyNotRegistered');
  });
});

describe('EndRegistration', () => {
  it('ends an active registration once, with its reason (RegistrationNotActive the second time)', async () => {
    const places = registeredPlaces({ companies: ['pc-1'] });
    const data = { kind: 'company' as const, id: 'pc-1', reason: '企业注销' };
    await given(...places)
      .when(EndRegistration, { data, actor: bureau, occurredAt: at })
      .thenEvents(emitted(RegistrationEnded, data));
    await given(...places, event('company-pc-1', RegistrationEnded, data))
      .when(EndRegistration, { data, actor: bureau, occurredAt: at })
      .thenError('RegistrationNotActive');
  });

  it('refuses to end a registration that never existed (RegistrationNotActive)', async () => {
    await given()
      .when(EndRegistration, { data: { kind: 'project', id: 'p-x', reason: '合并' }, actor: bureau, occurredAt: at })
      .thenError('RegistrationNotActive');
  });
});

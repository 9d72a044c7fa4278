import { describe, it } from 'vitest';
import { PropertyCompanyRegistered, RegistrationEnded } from '../registry/events.ts';
import { emitted, event, given } from '../test-support/index.ts';
import {
  DissolvePartyOrganisation,
  EstablishIndustryPartyCommittee,
  RecordPartyMembers,
  RegisterPartyOrganisation,
} from './commands.ts';
import {
  IndustryPartyCommitteeEstablished,
  type OrganisationForm,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
  PartyOrganisationRegistered,
} from './events.ts';

const partyCommittee = { id: 'party-wuye', role: 'party-committee' };
const at = '2024-03-01T02:00:00Z';
const stream = 'party-committee-wuye';

const established = event(stream, IndustryPartyCommitteeEstablished, {
  committeeId: 'wuye',
  name: '张家港市物业行业党委',
});
const companies = ['pc-1', 'pc-2', 'pc-3'].map((companyId) =>
  event(`company-${companyId}`, PropertyCompanyRegistered, { companyId, name: companyId }),
);
const single = event(stream, PartyOrganisationRegistered, {
  committeeId: 'wuye',
  organisationId: 'org-1',
  form: 'single',
  companyIds: ['pc-1'],
});
const counted = event(stream, PartyMembersRecorded, {
  committeeId: 'wuye',
  organisationId: 'org-1',
  companyId: 'pc-1',
  memberCount: 12,
  countedAt: '2024-02-01T00:00:00Z',
});

const register = (organisationId: string, form: OrganisationForm, companyIds: string[]) => ({
  data: { committeeId: 'wuye', organisationId, form, companyIds },
  actor: partyCommittee,
  occurredAt: at,
});
const count = (memberCount: number, countedAt: string, companyId = 'pc-1') => ({
  data: { committeeId: 'wuye', organisationId: 'org-1', companyId, memberCount, countedAt },
  actor: partyCommittee,
  occurredAt: at,
});

describe('the industry party committee', () => {
  it('is established once, by a party organisation', async () => {
    const establish = {
      data: { committeeId: 'wuye', name: '张家港市物业行业党委' },
      actor: partyCommittee,
      occurredAt: at,
    };
    await given()
      .when(EstablishIndustryPartyCommittee, establish)
      .thenEvents(emitted(IndustryPartyCommitteeEstablished, establish.data));
    await given(established).when(EstablishIndustryPartyCommittee, establish).thenError('CommitteeAlreadyEstablished');
    await given()
      .when(EstablishIndustryPartyCommittee, { ...establish, actor: { id: 'bureau-zjg', role: 'housing-bureau' } })
      .thenError('Forbidden');
  });
});

describe('registering a party organisation', () => {
  it('registers a single organisation for one registered company', async () => {
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, register('org-1', 'single', ['pc-1']))
      .thenEvents(emitted(PartyOrganisationRegistered, register('org-1', 'single', ['pc-1']).data));
  });

  it('registers a joint organisation for two or more companies', async () => {
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, register('org-2', 'joint', ['pc-2', 'pc-3']))
      .thenAccepted();
  });

  it('refuses companies that do not fit the form', async () => {
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, register('org-1', 'single', ['pc-1', 'pc-2']))
      .thenError('CompaniesDoNotFitForm', 'exactly one');
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, register('org-2', 'joint', ['pc-2']))
      .thenError('CompaniesDoNotFitForm', 'at least two');
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, register('org-2', 'joint', ['pc-2', 'pc-2']))
      .thenError('CompaniesDoNotFitForm', 'twice');
  });

  it('refuses a company already in an active organisation, and accepts it once that one is dissolved', async () => {
    await given(established, ...companies, single)
      .when(RegisterPartyOrganisation, register('org-2', 'joint', ['pc-1', 'pc-2']))
      .thenError('CompanyAlreadyCovered', 'org-1');
    const dissolved = event(stream, PartyOrganisationDissolved, {
      committeeId: 'wuye',
      organisationId: 'org-1',
      reason: '改为联建',
    });
    await given(established, ...companies, single, dissolved)
      .when(RegisterPartyOrganisation, register('org-2', 'joint', ['pc-1', 'pc-2']))
      .thenAccepted();
  });

  it('refuses an unregistered company, a reused organisation id and a committee not established', async () => {
    await given(established)
      .when(RegisterPartyOrganisation, register('org-1', 'single', ['pc-1']))
      .thenError('CompanyNotRegistered');
    await given(established, ...companies, single)
      .when(RegisterPartyOrganisation, register('org-1', 'single', ['pc-2']))
      .thenError('OrganisationAlreadyRegistered');
    await given(...companies)
      .when(RegisterPartyOrganisation, register('org-1', 'single', ['pc-1']))
      .thenError('CommitteeNotEstablished');
  });

  it('lets a party committee or the housing bureau register, and not a company', async () => {
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, {
        ...register('org-1', 'single', ['pc-1']),
        actor: { id: 'bureau', role: 'housing-bureau' },
      })
      .thenAccepted();
    await given(established, ...companies)
      .when(RegisterPartyOrganisation, {
        ...register('org-1', 'single', ['pc-1']),
        actor: { id: 'pc-1', role: 'property-company' },
      })
      .thenError('Forbidden');
  });
});

describe('recording party members', () => {
  it('records a count of members, not their names', async () => {
    await given(established, ...companies, single)
      .when(RecordPartyMembers, count(14, '2024-02-20T00:00:00Z'))
      .thenEvents(emitted(PartyMembersRecorded, count(14, '2024-02-20T00:00:00Z').data));
  });

  it('refuses a negative or fractional count', async () => {
    await given(established, ...companies, single)
      .when(RecordPartyMembers, count(-1, at))
      .thenError('DecodeError', 'MemberCount');
    await given(established, ...companies, single)
      .when(RecordPartyMembers, count(1.5, at))
      .thenError('DecodeError');
  });

  it('refuses a company outside the organisation', async () => {
    await given(established, ...companies, single)
      .when(RecordPartyMembers, count(3, at, 'pc-2'))
      .thenError('CompanyNotInOrganisation');
  });

  it('refuses a count older than the one recorded, or taken after it is recorded', async () => {
    await given(established, ...companies, single, counted)
      .when(RecordPartyMembers, count(10, '2024-01-15T00:00:00Z'))
      .thenError('CountOutOfOrder');
    await given(established, ...companies, single)
      .when(RecordPartyMembers, count(10, '2024-03-02T00:00:00Z'))
      .thenError('CountedAfterRecording');
  });

  it('refuses counting a dissolved or unknown organisation', async () => {
    const dissolved = event(stream, PartyOrganisationDissolved, {
      committeeId: 'wuye',
      organisationId: 'org-1',
      reason: '企业注销',
    });
    await given(established, ...companies, single, dissolved)
      .when(RecordPartyMembers, count(3, at))
      .thenError('OrganisationDissolved');
    await given(established).when(RecordPartyMembers, count(3, at)).thenError('OrganisationNotFound');
  });
});

describe('dissolving a party organisation', () => {
  const dissolve = {
    data: { committeeId: 'wuye', organisationId: 'org-1', reason: '企业注销' },
    actor: partyCommittee,
    occurredAt: at,
  };

  it('dissolves an active organisation with its reason, once', async () => {
    await given(established, single)
      .when(DissolvePartyOrganisation, dissolve)
      .thenEvents(emitted(PartyOrganisationDissolved, dissolve.data));
    const dissolved = event(stream, PartyOrganisationDissolved, dissolve.data);
    await given(established, single, dissolved)
      .when(DissolvePartyOrganisation, dissolve)
      .thenError('OrganisationDissolved');
  });
});

describe('CompanyNotRegistered: a party organisation covers registered, active companies', () => {
  it('refuses an organisation for a company whose registration ended', async () => {
    const ended = event('company-pc-1', RegistrationEnded, { kind: 'company', id: 'pc-1', reason: '企业注销' });
    await given(established, ...companies, ended)
      .when(RegisterPartyOrganisation, register('org-1', 'single', ['pc-1']))
      .thenError('CompanyNotRegistered', 'registration ended');
  });
});

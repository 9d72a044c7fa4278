import { EventCatalogue } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { PropertyCompanyRegistered } from '../registry/events.ts';
import { TestLedger } from '../test-support/index.ts';
import {
  DissolvePartyOrganisation,
  EstablishIndustryPartyCommittee,
  RecordPartyMembers,
  RegisterPartyOrganisation,
} from './commands.ts';
import { partyBuildingEvents } from './index.ts';
import { partyBuilding } from './project.ts';

const act = { actor: { id: 'party-wuye', role: 'party-committee' }, occurredAt: '2024-03-01T02:00:00Z' };

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger(partyBuildingEvents);
  for (const companyId of ['pc-1', 'pc-2', 'pc-3', 'pc-4']) {
    await ledger.record(`company-${companyId}`, {
      type: PropertyCompanyRegistered.type,
      data: { companyId, name: companyId },
    });
  }
  await ledger.accept(EstablishIndustryPartyCommittee, { data: { committeeId: 'wuye', name: '物业行业党委' }, ...act });
  await ledger.accept(RegisterPartyOrganisation, {
    data: { committeeId: 'wuye', organisationId: 'org-1', form: 'single', companyIds: ['pc-1'] },
    ...act,
  });
  await ledger.accept(RegisterPartyOrganisation, {
    data: { committeeId: 'wuye', organisationId: 'org-2', form: 'joint', companyIds: ['pc-2', 'pc-3', 'pc-4'] },
    ...act,
  });
  const count = async (organisationId: string, companyId: string, memberCount: number, countedAt: string) =>
    await ledger.accept(RecordPartyMembers, {
      data: { committeeId: 'wuye', organisationId, companyId, memberCount, countedAt },
      ...act,
    });
  await count('org-1', 'pc-1', 20, '2024-01-01T00:00:00Z');
  await count('org-1', 'pc-1', 23, '2024-02-01T00:00:00Z');
  await count('org-2', 'pc-2', 5, '2024-02-01T00:00:00Z');
  await count('org-2', 'pc-3', 4, '2024-02-01T00:00:00Z');
  return ledger;
}

describe('the party-building read model', () => {
  it('counts companies with an organisation, by form, and the members of their latest counts', async () => {
    const state = (await history()).project(partyBuilding);
    expect(state.companiesCovered).toBe(4);
    expect(state.byForm).toEqual({
      single: { organisations: 1, companies: 1 },
      joint: { organisations: 1, companies: 3 },
    });
    expect(state.partyMembersCovered).toBe(32);
    expect(state.organisations['org-1']?.memberCount).toBe(23);
  });

  it('stops counting the companies and members of a dissolved organisation', async () => {
    const ledger = await history();
    await ledger.accept(DissolvePartyOrganisation, {
      data: { committeeId: 'wuye', organisationId: 'org-2', reason: '重组' },
      ...act,
    });
    const state = ledger.project(partyBuilding);
    expect(state.companiesCovered).toBe(1);
    expect(state.partyMembersCovered).toBe(23);
    expect(state.byForm.joint).toEqual({ organisations: 0, companies: 0 });
    expect(state.organisations['org-2']).toMatchObject({ active: false, dissolvedAt: act.occurredAt });
  });

  it('counts a company re-organised after a dissolution once', async () => {
    const ledger = await history();
    await ledger.accept(DissolvePartyOrganisation, {
      data: { committeeId: 'wuye', organisationId: 'org-1', reason: '改为联建' },
      ...act,
    });
    await ledger.accept(RegisterPartyOrganisation, {
      data: { committeeId: 'wuye', organisationId: 'org-3', form: 'single', companyIds: ['pc-1'] },
      ...act,
    });
    const state = ledger.project(partyBuilding);
    expect(state.companiesCovered).toBe(4);
    expect(state.partyMembersCovered).toBe(9);
  });
  it('records only event types of the area catalogue, each defined once', async () => {
    const known = new Set([
      ...new EventCatalogue(partyBuildingEvents).definitions().map((d) => d.type),
      PropertyCompanyRegistered.type,
    ]);
    expect((await history()).events.filter((e) => !known.has(e.type))).toEqual([]);
  });
});

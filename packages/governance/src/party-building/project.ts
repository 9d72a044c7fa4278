/**
 * The party-building read model: which property companies have a party organisation, how the
 * organisations are formed (单建 / 联建), and how many party members they cover (the latest
 * count of each company). Counters are updated in place: O(companies of the event) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import {
  IndustryPartyCommitteeEstablished,
  type IndustryPartyCommitteeEstablishedData,
  ORGANISATION_FORMS,
  type OrganisationForm,
  PartyMembersRecorded,
  type PartyMembersRecordedData,
  PartyOrganisationDissolved,
  type PartyOrganisationDissolvedData,
  PartyOrganisationRegistered,
  type PartyOrganisationRegisteredData,
} from './events.ts';

/** A company's latest party-member count. */
export interface MemberCountRecord {
  readonly memberCount: number;
  readonly countedAt: string;
}

/** One party organisation. */
export interface PartyOrganisation {
  readonly organisationId: string;
  readonly committeeId: string;
  readonly form: OrganisationForm;
  readonly companyIds: string[];
  active: boolean;
  readonly registeredAt: string;
  dissolvedAt: string | null;
  /** Latest count per company id. */
  readonly members: Record<string, MemberCountRecord>;
  /** Sum of the latest counts of its companies. */
  memberCount: number;
}

/** Per form: active organisations and the companies they cover. */
export interface FormCounts {
  organisations: number;
  companies: number;
}

/** State of {@link partyBuilding}. */
export interface PartyBuildingState {
  readonly committees: Record<string, { readonly committeeId: string; readonly name: string }>;
  readonly organisations: Record<string, PartyOrganisation>;
  /** Companies belonging to at least one active organisation. */
  companiesCovered: number;
  /** Party members counted in active organisations (each company's latest count). */
  partyMembersCovered: number;
  readonly byForm: Record<OrganisationForm, FormCounts>;
  /** Active organisations per company id (a company counts once however many). */
  readonly organisationsOfCompany: Record<string, number>;
}

function cover(state: PartyBuildingState, organisation: PartyOrganisation, delta: 1 | -1): void {
  const form = state.byForm[organisation.form];
  form.organisations += delta;
  form.companies += delta * organisation.companyIds.length;
  state.partyMembersCovered += delta * organisation.memberCount;
  for (const companyId of organisation.companyIds) {
    const before = state.organisationsOfCompany[companyId] ?? 0;
    state.organisationsOfCompany[companyId] = before + delta;
    if (before === 0 && delta === 1) state.companiesCovered++;
    if (before === 1 && delta === -1) state.companiesCovered--;
  }
}

function byFormInit(): Record<OrganisationForm, FormCounts> {
  const byForm = {} as Record<OrganisationForm, FormCounts>;
  for (const form of Object.keys(ORGANISATION_FORMS) as OrganisationForm[])
    byForm[form] = { organisations: 0, companies: 0 };
  return byForm;
}

/** Party-building coverage of the property industry. */
export const partyBuilding: Projection<PartyBuildingState> = {
  name: 'partyBuilding',
  version: 1,
  init: () => ({
    committees: Object.create(null) as PartyBuildingState['committees'],
    organisations: Object.create(null) as Record<string, PartyOrganisation>,
    companiesCovered: 0,
    partyMembersCovered: 0,
    byForm: byFormInit(),
    organisationsOfCompany: Object.create(null) as Record<string, number>,
  }),
  evolve(state, event: RecordedEvent) {
    switch (event.type) {
      case IndustryPartyCommitteeEstablished.type: {
        const { committeeId, name } = event.data as IndustryPartyCommitteeEstablishedData;
        state.committees[committeeId] = { committeeId, name };
        return state;
      }
      case PartyOrganisationRegistered.type: {
        const { committeeId, organisationId, form, companyIds } = event.data as PartyOrganisationRegisteredData;
        if (state.organisations[organisationId]) return state;
        const organisation: PartyOrganisation = {
          organisationId,
          committeeId,
          form,
          companyIds: [...companyIds],
          active: true,
          registeredAt: event.metadata.occurredAt,
          dissolvedAt: null,
          members: Object.create(null) as Record<string, MemberCountRecord>,
          memberCount: 0,
        };
        state.organisations[organisationId] = organisation;
        cover(state, organisation, 1);
        return state;
      }
      case PartyMembersRecorded.type: {
        const { organisationId, companyId, memberCount, countedAt } = event.data as PartyMembersRecordedData;
        const organisation = state.organisations[organisationId];
        const previous = organisation?.members[companyId];
        if (!organisation || (previous && Date.parse(previous.countedAt) > Date.parse(countedAt))) return state;
        const delta = memberCount - (previous?.memberCount ?? 0);
        organisation.members[companyId] = { memberCount, countedAt };
        organisation.memberCount += delta;
        if (organisation.active) state.partyMembersCovered += delta;
        return state;
      }
      case PartyOrganisationDissolved.type: {
        const organisation = state.organisations[(event.data as PartyOrganisationDissolvedData).organisationId];
        if (!organisation?.active) return state;
        cover(state, organisation, -1);
        organisation.active = false;
        organisation.dissolvedAt = event.metadata.occurredAt;
        return state;
      }
      default:
        return state;
    }
  },
};

/**
 * The party-building read model: which property companies have a party organisation, how the
 * organisations are formed (单建 / 联建), and how many party members they cover (the latest
 * count of each company). Counters are updated in place: O(companies of the event) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { ownEntry, splitRecordKey } from '../public-records.ts';
import {
  IndustryPartyCommitteeEstablished,
  ORGANISATION_FORMS,
  type OrganisationForm,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
  PartyOrganisationRegistered,
  isPartyBuildingEvent,
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

/** No committee yet, in a record with no prototype (ids are data and must not meet `Object` keys). */
function emptyCommittees(): PartyBuildingState['committees'] {
  return Object.create(null);
}

/** Party-building coverage of the property industry. */
export const partyBuilding: Projection<PartyBuildingState> = {
  name: 'partyBuilding',
  version: 1,
  init: () => ({
    committees: emptyCommittees(),
    organisations: Object.create(null) as Record<string, PartyOrganisation>,
    companiesCovered: 0,
    partyMembersCovered: 0,
    byForm: byFormInit(),
    organisationsOfCompany: Object.create(null) as Record<string, number>,
  }),
  evolve(state, event: RecordedEvent) {
    if (!isPartyBuildingEvent(event)) return state;
    switch (event.type) {
      case IndustryPartyCommitteeEstablished.type: {
        const { committeeId, name } = event.data;
        state.committees[committeeId] = { committeeId, name };
        return state;
      }
      case PartyOrganisationRegistered.type: {
        const { committeeId, organisationId, form, companyIds } = event.data;
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
        const { organisationId, companyId, memberCount, countedAt } = event.data;
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
        const organisation = state.organisations[event.data.organisationId];
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
  /**
   * Public records, counts only: the industry's coverage `totals` (companies covered, party
   * members counted, organisations and companies per form), each party committee
   * `committee/<committeeId>`, and each organisation `organisation/<organisationId>` with its
   * companies and member count (never a member).
   */
  publicRecords: {
    touched(_state, event) {
      if (!isPartyBuildingEvent(event)) return [];
      const { type, data } = event;
      if (type === IndustryPartyCommitteeEstablished.type) return [`committee/${data.committeeId}`];
      return [`organisation/${data.organisationId}`, 'totals'];
    },
    read(state, key) {
      const [kind, id] = splitRecordKey(key);
      if (kind === 'totals' && id === '') {
        if (Object.keys(state.organisations).length === 0) return undefined;
        const byForm: Record<string, FormCounts> = {};
        for (const [form, counts] of Object.entries(state.byForm)) byForm[form] = { ...counts };
        return { companiesCovered: state.companiesCovered, partyMembersCovered: state.partyMembersCovered, byForm };
      }
      if (kind === 'committee') return ownEntry(state.committees, id);
      if (kind !== 'organisation') return undefined;
      const organisation = ownEntry(state.organisations, id);
      if (organisation === undefined) return undefined;
      const { organisationId, committeeId, form, companyIds, active, registeredAt, dissolvedAt, memberCount } =
        organisation;
      return { organisationId, committeeId, form, companyIds, active, registeredAt, dissolvedAt, memberCount };
    },
    *keys(state) {
      if (Object.keys(state.organisations).length > 0) yield 'totals';
      for (const id of Object.keys(state.committees)) yield `committee/${id}`;
      for (const id of Object.keys(state.organisations)) yield `organisation/${id}`;
    },
  },
};

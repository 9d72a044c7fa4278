/**
 * The stream `party-committee-<committeeId>`: the industry party committee and every party
 * organisation registered under it. Holding the organisations in one stream makes "a company
 * belongs to at most one active organisation" a rule of a single aggregate; the industry has
 * tens of organisations, so the state stays small. States are immutable.
 */
import type { Aggregate } from '../command.ts';
import {
  IndustryPartyCommitteeEstablished,
  type OrganisationForm,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
  PartyOrganisationRegistered,
  type PartyBuildingEvent,
} from './events.ts';

/** Stream of an industry party committee. */
export const partyCommitteeStreamId = (committeeId: string): string => `party-committee-${committeeId}`;

/** One organisation as the rules see it. */
export interface OrganisationState {
  readonly form: OrganisationForm;
  readonly companyIds: readonly string[];
  readonly active: boolean;
  /** The time of the latest count recorded per company. */
  readonly lastCountedAt: ReadonlyMap<string, string>;
}

/** The committee, its organisations, and which active organisation each company belongs to. */
export interface PartyCommitteeState {
  readonly established: boolean;
  readonly organisations: ReadonlyMap<string, OrganisationState>;
  readonly organisationOfCompany: ReadonlyMap<string, string>;
}

function withOrganisation(
  state: PartyCommitteeState,
  id: string,
  organisation: OrganisationState,
): PartyCommitteeState {
  return { ...state, organisations: new Map(state.organisations).set(id, organisation) };
}

/** Fold of `party-committee-<id>`. */
export const partyCommitteeAggregate: Aggregate<PartyCommitteeState, PartyBuildingEvent> = {
  initialState: { established: false, organisations: new Map(), organisationOfCompany: new Map() },
  evolve(state, event: PartyBuildingEvent) {
    switch (event.type) {
      case IndustryPartyCommitteeEstablished.type:
        return { ...state, established: true };
      case PartyOrganisationRegistered.type: {
        const { organisationId, form, companyIds } = event.data;
        const organisationOfCompany = new Map(state.organisationOfCompany);
        for (const companyId of companyIds) organisationOfCompany.set(companyId, organisationId);
        const organisation = { form, companyIds: [...companyIds], active: true, lastCountedAt: new Map() };
        return { ...withOrganisation(state, organisationId, organisation), organisationOfCompany };
      }
      case PartyMembersRecorded.type: {
        const { organisationId, companyId, countedAt } = event.data;
        const organisation = state.organisations.get(organisationId);
        if (!organisation) return state;
        const lastCountedAt = new Map(organisation.lastCountedAt).set(companyId, countedAt);
        return withOrganisation(state, organisationId, { ...organisation, lastCountedAt });
      }
      case PartyOrganisationDissolved.type: {
        const { organisationId } = event.data;
        const organisation = state.organisations.get(organisationId);
        if (!organisation) return state;
        const organisationOfCompany = new Map(state.organisationOfCompany);
        for (const companyId of organisation.companyIds) organisationOfCompany.delete(companyId);
        return {
          ...withOrganisation(state, organisationId, { ...organisation, active: false }),
          organisationOfCompany,
        };
      }
      default:
        return state;
    }
  },
};

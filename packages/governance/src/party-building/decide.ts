/**
 * The rules of the party-building area, one function per command. Pure: they read the command,
 * the committee's state and the related companies' states.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { CompanyNotRegistered } from '../registry/errors.ts';
import { type CompanyRegistration, requireActiveCompany } from '../registry/references.ts';
import type { OrganisationState, PartyCommitteeState } from './aggregate.ts';
import type {
  DissolvePartyOrganisationData,
  EstablishIndustryPartyCommitteeData,
  RecordPartyMembersData,
  RegisterPartyOrganisationData,
} from './command-data.ts';
import {
  type CompanyAlreadyCovered,
  type CountedAfterRecording,
  type CountOutOfOrder,
  type OrganisationDissolved,
  type OrganisationNotFound,
  type PartyBuildingError,
  committeeAlreadyEstablished,
  committeeNotEstablished,
  companiesDoNotFitForm,
  companyAlreadyCovered,
  companyNotInOrganisation,
  countedAfterRecording,
  countOutOfOrder,
  organisationAlreadyRegistered,
  organisationDissolved,
  organisationNotFound,
} from './errors.ts';
import {
  IndustryPartyCommitteeEstablished,
  type IndustryPartyCommitteeEstablishedData,
  PartyMembersRecorded,
  type PartyMembersRecordedData,
  PartyOrganisationDissolved,
  type PartyOrganisationDissolvedData,
  PartyOrganisationRegistered,
  type PartyOrganisationRegisteredData,
} from './events.ts';

/** What a party-building rule returns. */
export type PartyBuildingDecision = E.Either<PartyBuildingError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

/** The most companies one joint organisation may bring together. */
export const MAX_JOINT_COMPANIES = 50;

/** The related-state key of a company an organisation names: data, kept apart by its prefix. */
export type CompanyKey = `company:${string}`;

/** Related key of a company an organisation names. */
export const companyKey = (companyId: string): CompanyKey => `company:${companyId}`;

/** What RegisterPartyOrganisation reads: each named company's registration, under its {@link companyKey}. */
export type OrganisationCompanies = CompanyRegistration<CompanyKey>;

/** EstablishIndustryPartyCommittee: a party organisation acts; once per committee. */
export function decideEstablishIndustryPartyCommittee(
  input: CommandInput<EstablishIndustryPartyCommitteeData>,
  state: PartyCommitteeState,
): PartyBuildingDecision {
  const { committeeId, name } = input.data;
  return pipe(
    requireRole('EstablishIndustryPartyCommittee', input, 'party-committee'),
    E.chainW(() => (state.established ? E.left(committeeAlreadyEstablished(committeeId)) : ok)),
    E.map(() => [
      {
        type: IndustryPartyCommitteeEstablished.type,
        data: { committeeId, name } satisfies IndustryPartyCommitteeEstablishedData,
      },
    ]),
  );
}

function companiesFitForm(data: RegisterPartyOrganisationData): string | null {
  const { form, companyIds } = data;
  if (new Set(companyIds).size !== companyIds.length) return 'a company is listed twice';
  if (form === 'single' && companyIds.length !== 1) return 'a single (单建) organisation has exactly one company';
  if (form === 'joint' && companyIds.length < 2) return 'a joint (联建) organisation has at least two companies';
  if (companyIds.length > MAX_JOINT_COMPANIES) return `an organisation has at most ${MAX_JOINT_COMPANIES} companies`;
  return null;
}

/** Each company, in the order listed, is registered and active and in no active organisation. */
function requireCompaniesFree(
  companyIds: readonly string[],
  state: PartyCommitteeState,
  related: OrganisationCompanies,
): E.Either<CompanyNotRegistered | CompanyAlreadyCovered, void> {
  for (const companyId of companyIds) {
    const registered = requireActiveCompany(related, companyKey(companyId), companyId);
    if (E.isLeft(registered)) return registered;
    const current = state.organisationOfCompany.get(companyId);
    if (current !== undefined) return E.left(companyAlreadyCovered(companyId, current));
  }
  return ok;
}

/**
 * RegisterPartyOrganisation: party committee or housing bureau; under an established
 * committee; a new organisation id; one company for 单建, two or more for 联建; every company
 * registered and in no other active organisation.
 */
export function decideRegisterPartyOrganisation(
  input: CommandInput<RegisterPartyOrganisationData>,
  state: PartyCommitteeState,
  related: OrganisationCompanies,
): PartyBuildingDecision {
  const { committeeId, organisationId, form, companyIds } = input.data;
  return pipe(
    requireRole('RegisterPartyOrganisation', input, 'party-committee', 'housing-bureau'),
    E.chainW(() => (state.established ? ok : E.left(committeeNotEstablished(committeeId)))),
    E.chainW(() =>
      state.organisations.has(organisationId) ? E.left(organisationAlreadyRegistered(organisationId)) : ok,
    ),
    E.chainW(() => {
      const misfit = companiesFitForm(input.data);
      return misfit === null ? ok : E.left(companiesDoNotFitForm(organisationId, misfit));
    }),
    E.chainW(() => requireCompaniesFree(companyIds, state, related)),
    E.map(() => [
      {
        type: PartyOrganisationRegistered.type,
        data: {
          committeeId,
          organisationId,
          form,
          companyIds: [...companyIds],
        } satisfies PartyOrganisationRegisteredData,
      },
    ]),
  );
}

function activeOrganisation(
  state: PartyCommitteeState,
  organisationId: string,
): E.Either<OrganisationNotFound | OrganisationDissolved, OrganisationState> {
  const organisation = state.organisations.get(organisationId);
  if (!organisation) return E.left(organisationNotFound(organisationId));
  if (!organisation.active) return E.left(organisationDissolved(organisationId));
  return E.right(organisation);
}

/** Counted no later than recorded (`occurredAt`), and not before the company's last count. */
function requireCountInOrder(
  organisation: OrganisationState,
  companyId: string,
  countedAt: string,
  occurredAt: string,
): E.Either<CountedAfterRecording | CountOutOfOrder, void> {
  if (Date.parse(countedAt) > Date.parse(occurredAt)) return E.left(countedAfterRecording(countedAt, occurredAt));
  const last = organisation.lastCountedAt.get(companyId);
  if (last !== undefined && Date.parse(countedAt) < Date.parse(last)) {
    return E.left(countOutOfOrder(companyId, countedAt, last));
  }
  return ok;
}

/**
 * RecordPartyMembers: party committee or housing bureau; an active organisation and one of
 * its companies; counted no later than recorded, and not before that company's last count.
 */
export function decideRecordPartyMembers(
  input: CommandInput<RecordPartyMembersData>,
  state: PartyCommitteeState,
): PartyBuildingDecision {
  const { committeeId, organisationId, companyId, memberCount, countedAt } = input.data;
  return pipe(
    requireRole('RecordPartyMembers', input, 'party-committee', 'housing-bureau'),
    E.chainW(() => activeOrganisation(state, organisationId)),
    E.chainFirstW((organisation) =>
      organisation.companyIds.includes(companyId) ? ok : E.left(companyNotInOrganisation(companyId, organisationId)),
    ),
    E.chainW((organisation) => requireCountInOrder(organisation, companyId, countedAt, input.occurredAt)),
    E.map(() => [
      {
        type: PartyMembersRecorded.type,
        data: { committeeId, organisationId, companyId, memberCount, countedAt } satisfies PartyMembersRecordedData,
      },
    ]),
  );
}

/** DissolvePartyOrganisation: party committee or housing bureau; an active organisation, with a reason. */
export function decideDissolvePartyOrganisation(
  input: CommandInput<DissolvePartyOrganisationData>,
  state: PartyCommitteeState,
): PartyBuildingDecision {
  const { committeeId, organisationId, reason } = input.data;
  return pipe(
    requireRole('DissolvePartyOrganisation', input, 'party-committee', 'housing-bureau'),
    E.chainW(() => activeOrganisation(state, organisationId)),
    E.map(() => [
      {
        type: PartyOrganisationDissolved.type,
        data: { committeeId, organisationId, reason } satisfies PartyOrganisationDissolvedData,
      },
    ]),
  );
}

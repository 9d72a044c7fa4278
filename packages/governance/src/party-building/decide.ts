/**
 * The rules of the party-building area, one function per command. Pure: they read the command,
 * the committee's state and the related companies' states.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { CompanyState } from '../registry/aggregate.ts';
import type { OrganisationState, PartyCommitteeState } from './aggregate.ts';
import type {
  DissolvePartyOrganisationData,
  EstablishIndustryPartyCommitteeData,
  RecordPartyMembersData,
  RegisterPartyOrganisationData,
} from './command-data.ts';
import { partyBuildingErrors as errors } from './errors.ts';
import {
  IndustryPartyCommitteeEstablished,
  PartyMembersRecorded,
  PartyOrganisationDissolved,
  PartyOrganisationRegistered,
} from './events.ts';

/** What a party-building rule returns. */
export type PartyBuildingDecision = Either<DomainError, readonly DecidedEvent[]>;

/** The most companies one joint organisation may bring together. */
export const MAX_JOINT_COMPANIES = 50;

/** Related key of a company an organisation names. */
export const companyKey = (companyId: string): string => `company:${companyId}`;

/** EstablishIndustryPartyCommittee: a party organisation acts; once per committee. */
export function decideEstablishIndustryPartyCommittee(
  input: CommandInput<EstablishIndustryPartyCommitteeData>,
  state: PartyCommitteeState,
): PartyBuildingDecision {
  const allowed = requireRole('EstablishIndustryPartyCommittee', input, 'party-committee');
  if (isLeft(allowed)) return allowed;
  const { committeeId, name } = input.data;
  if (state.established) return left(errors.committeeAlreadyEstablished(committeeId));
  return right([{ type: IndustryPartyCommitteeEstablished.type, data: { committeeId, name } }]);
}

function companiesFitForm(data: RegisterPartyOrganisationData): string | null {
  const { form, companyIds } = data;
  if (new Set(companyIds).size !== companyIds.length) return 'a company is listed twice';
  if (form === 'single' && companyIds.length !== 1) return 'a single (单建) organisation has exactly one company';
  if (form === 'joint' && companyIds.length < 2) return 'a joint (联建) organisation has at least two companies';
  if (companyIds.length > MAX_JOINT_COMPANIES) return `an organisation has at most ${MAX_JOINT_COMPANIES} companies`;
  return null;
}

/**
 * RegisterPartyOrganisation: party committee or housing bureau; under an established
 * committee; a new organisation id; one company for 单建, two or more for 联建; every company
 * registered and in no other active organisation.
 */
export function decideRegisterPartyOrganisation(
  input: CommandInput<RegisterPartyOrganisationData>,
  state: PartyCommitteeState,
  related: Readonly<Record<string, unknown>>,
): PartyBuildingDecision {
  const allowed = requireRole('RegisterPartyOrganisation', input, 'party-committee', 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { committeeId, organisationId, form, companyIds } = input.data;
  if (!state.established) return left(errors.committeeNotEstablished(committeeId));
  if (state.organisations.has(organisationId)) return left(errors.organisationAlreadyRegistered(organisationId));
  const misfit = companiesFitForm(input.data);
  if (misfit !== null) return left(errors.companiesDoNotFitForm(organisationId, misfit));
  for (const companyId of companyIds) {
    if (!(related[companyKey(companyId)] as CompanyState).active) return left(errors.companyNotRegistered(companyId));
    const current = state.organisationOfCompany.get(companyId);
    if (current !== undefined) return left(errors.companyAlreadyCovered(companyId, current));
  }
  return right([
    {
      type: PartyOrganisationRegistered.type,
      data: { committeeId, organisationId, form, companyIds: [...companyIds] },
    },
  ]);
}

function activeOrganisation(
  state: PartyCommitteeState,
  organisationId: string,
): Either<DomainError, OrganisationState> {
  const organisation = state.organisations.get(organisationId);
  if (!organisation) return left(errors.organisationNotFound(organisationId));
  if (!organisation.active) return left(errors.organisationDissolved(organisationId));
  return right(organisation);
}

/**
 * RecordPartyMembers: party committee or housing bureau; an active organisation and one of
 * its companies; counted no later than recorded, and not before that company's last count.
 */
export function decideRecordPartyMembers(
  input: CommandInput<RecordPartyMembersData>,
  state: PartyCommitteeState,
): PartyBuildingDecision {
  const allowed = requireRole('RecordPartyMembers', input, 'party-committee', 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { committeeId, organisationId, companyId, memberCount, countedAt } = input.data;
  const organisation = activeOrganisation(state, organisationId);
  if (isLeft(organisation)) return organisation;
  if (!organisation.right.companyIds.includes(companyId)) {
    return left(errors.companyNotInOrganisation(companyId, organisationId));
  }
  if (Date.parse(countedAt) > Date.parse(input.occurredAt)) {
    return left(errors.countedAfterRecording(countedAt, input.occurredAt));
  }
  const last = organisation.right.lastCountedAt.get(companyId);
  if (last !== undefined && Date.parse(countedAt) < Date.parse(last)) {
    return left(errors.countOutOfOrder(companyId, countedAt, last));
  }
  return right([
    { type: PartyMembersRecorded.type, data: { committeeId, organisationId, companyId, memberCount, countedAt } },
  ]);
}

/** DissolvePartyOrganisation: party committee or housing bureau; an active organisation, with a reason. */
export function decideDissolvePartyOrganisation(
  input: CommandInput<DissolvePartyOrganisationData>,
  state: PartyCommitteeState,
): PartyBuildingDecision {
  const allowed = requireRole('DissolvePartyOrganisation', input, 'party-committee', 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { committeeId, organisationId, reason } = input.data;
  const organisation = activeOrganisation(state, organisationId);
  if (isLeft(organisation)) return organisation;
  return right([{ type: PartyOrganisationDissolved.type, data: { committeeId, organisationId, reason } }]);
}

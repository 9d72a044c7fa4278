/**
 * Every rule the party-building area can refuse a command with: one type per refusal, naming
 * the ids involved, each made by its builder, which writes the message once.
 */
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { CompanyNotRegistered } from '../registry/errors.ts';

/** An industry party committee is established once. */
export interface CommitteeAlreadyEstablished extends DomainError {
  readonly _tag: 'CommitteeAlreadyEstablished';
  readonly committeeId: string;
}

/** Organisations are registered only under an established committee. */
export interface CommitteeNotEstablished extends DomainError {
  readonly _tag: 'CommitteeNotEstablished';
  readonly committeeId: string;
}

/** A party organisation id is registered once. */
export interface OrganisationAlreadyRegistered extends DomainError {
  readonly _tag: 'OrganisationAlreadyRegistered';
  readonly organisationId: string;
}

/** The command names an organisation the committee never registered. */
export interface OrganisationNotFound extends DomainError {
  readonly _tag: 'OrganisationNotFound';
  readonly organisationId: string;
}

/** A dissolved organisation records no members and is not dissolved again. */
export interface OrganisationDissolved extends DomainError {
  readonly _tag: 'OrganisationDissolved';
  readonly organisationId: string;
}

/** The companies do not fit the organisation's form (单建 one, 联建 two or more); the message says why. */
export interface CompaniesDoNotFitForm extends DomainError {
  readonly _tag: 'CompaniesDoNotFitForm';
  readonly organisationId: string;
}

/** A company belongs to one active organisation at a time. */
export interface CompanyAlreadyCovered extends DomainError {
  readonly _tag: 'CompanyAlreadyCovered';
  readonly companyId: string;
  readonly organisationId: string;
}

/** Members are counted only for a company of the organisation. */
export interface CompanyNotInOrganisation extends DomainError {
  readonly _tag: 'CompanyNotInOrganisation';
  readonly companyId: string;
  readonly organisationId: string;
}

/** A count cannot be taken after the act that records it. */
export interface CountedAfterRecording extends DomainError {
  readonly _tag: 'CountedAfterRecording';
  readonly countedAt: string;
}

/** A count older than the company's last recorded count would rewrite the history. */
export interface CountOutOfOrder extends DomainError {
  readonly _tag: 'CountOutOfOrder';
  readonly companyId: string;
  readonly countedAt: string;
  readonly lastCountedAt: string;
}

/** Every reason a party-building rule of its own can refuse a command. */
export type PartyBuildingRuleError =
  | CommitteeAlreadyEstablished
  | CommitteeNotEstablished
  | OrganisationAlreadyRegistered
  | OrganisationNotFound
  | OrganisationDissolved
  | CompaniesDoNotFitForm
  | CompanyAlreadyCovered
  | CompanyNotInOrganisation
  | CountedAfterRecording
  | CountOutOfOrder;

/** Every reason a party-building command can be refused (the role check and the company's registration included). */
export type PartyBuildingError = Forbidden | CompanyNotRegistered | PartyBuildingRuleError;

/** Builds {@link CommitteeAlreadyEstablished}. */
export function committeeAlreadyEstablished(committeeId: string): CommitteeAlreadyEstablished {
  return {
    _tag: 'CommitteeAlreadyEstablished',
    message: `industry party committee ${committeeId} is already established`,
    committeeId,
  };
}

/** Builds {@link CommitteeNotEstablished}. */
export function committeeNotEstablished(committeeId: string): CommitteeNotEstablished {
  return {
    _tag: 'CommitteeNotEstablished',
    message: `industry party committee ${committeeId} is not established`,
    committeeId,
  };
}

/** Builds {@link OrganisationAlreadyRegistered}. */
export function organisationAlreadyRegistered(organisationId: string): OrganisationAlreadyRegistered {
  return {
    _tag: 'OrganisationAlreadyRegistered',
    message: `party organisation ${organisationId} is already registered`,
    organisationId,
  };
}

/** Builds {@link OrganisationNotFound}. */
export function organisationNotFound(organisationId: string): OrganisationNotFound {
  return {
    _tag: 'OrganisationNotFound',
    message: `party organisation ${organisationId} is not registered`,
    organisationId,
  };
}

/** Builds {@link OrganisationDissolved}. */
export function organisationDissolved(organisationId: string): OrganisationDissolved {
  return {
    _tag: 'OrganisationDissolved',
    message: `party organisation ${organisationId} is dissolved`,
    organisationId,
  };
}

/** Builds {@link CompaniesDoNotFitForm}; `reason` says which rule of the form the companies break. */
export function companiesDoNotFitForm(organisationId: string, reason: string): CompaniesDoNotFitForm {
  return { _tag: 'CompaniesDoNotFitForm', message: `party organisation ${organisationId}: ${reason}`, organisationId };
}

/** Builds {@link CompanyAlreadyCovered}. */
export function companyAlreadyCovered(companyId: string, organisationId: string): CompanyAlreadyCovered {
  return {
    _tag: 'CompanyAlreadyCovered',
    message: `property company ${companyId} already belongs to party organisation ${organisationId}; dissolve it first`,
    companyId,
    organisationId,
  };
}

/** Builds {@link CompanyNotInOrganisation}. */
export function companyNotInOrganisation(companyId: string, organisationId: string): CompanyNotInOrganisation {
  return {
    _tag: 'CompanyNotInOrganisation',
    message: `property company ${companyId} is not part of party organisation ${organisationId}`,
    companyId,
    organisationId,
  };
}

/** Builds {@link CountedAfterRecording} for an act dated `occurredAt`. */
export function countedAfterRecording(countedAt: string, occurredAt: string): CountedAfterRecording {
  return {
    _tag: 'CountedAfterRecording',
    message: `a count taken at ${countedAt} cannot be recorded earlier, at ${occurredAt}`,
    countedAt,
  };
}

/** Builds {@link CountOutOfOrder}. */
export function countOutOfOrder(companyId: string, countedAt: string, lastCountedAt: string): CountOutOfOrder {
  return {
    _tag: 'CountOutOfOrder',
    message: `the count of ${companyId} at ${countedAt} is older than the count already recorded at ${lastCountedAt}`,
    companyId,
    countedAt,
    lastCountedAt,
  };
}

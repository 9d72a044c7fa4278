/**
 * Every rule the party-building area can refuse a command with: a tag naming the rule, the ids
 * involved and a message written once here.
 */
import type { DomainError } from '../command.ts';

/** A refusal of the party-building area (`Forbidden` comes from `requireRole`). */
export interface PartyBuildingError extends DomainError {
  readonly _tag:
    | 'CommitteeAlreadyEstablished'
    | 'CommitteeNotEstablished'
    | 'OrganisationAlreadyRegistered'
    | 'OrganisationNotFound'
    | 'OrganisationDissolved'
    | 'CompaniesDoNotFitForm'
    | 'CompanyNotRegistered'
    | 'CompanyAlreadyCovered'
    | 'CompanyNotInOrganisation'
    | 'CountedAfterRecording'
    | 'CountOutOfOrder';
}

const error = (
  _tag: PartyBuildingError['_tag'],
  message: string,
  details: Record<string, unknown>,
): PartyBuildingError => ({ _tag, message, ...details });

/** The catalogue of party-building refusals. */
export const partyBuildingErrors = {
  committeeAlreadyEstablished: (committeeId: string) =>
    error('CommitteeAlreadyEstablished', `industry party committee ${committeeId} is already established`, {
      committeeId,
    }),
  committeeNotEstablished: (committeeId: string) =>
    error('CommitteeNotEstablished', `industry party committee ${committeeId} is not established`, { committeeId }),
  organisationAlreadyRegistered: (organisationId: string) =>
    error('OrganisationAlreadyRegistered', `party organisation ${organisationId} is already registered`, {
      organisationId,
    }),
  organisationNotFound: (organisationId: string) =>
    error('OrganisationNotFound', `party organisation ${organisationId} is not registered`, { organisationId }),
  organisationDissolved: (organisationId: string) =>
    error('OrganisationDissolved', `party organisation ${organisationId} is dissolved`, { organisationId }),
  companiesDoNotFitForm: (organisationId: string, reason: string) =>
    error('CompaniesDoNotFitForm', `party organisation ${organisationId}: ${reason}`, { organisationId }),
  companyNotRegistered: (companyId: string) =>
    error('CompanyNotRegistered', `property company ${companyId} is not registered, or its registration ended`, {
      companyId,
    }),
  companyAlreadyCovered: (companyId: string, organisationId: string) =>
    error(
      'CompanyAlreadyCovered',
      `property company ${companyId} already belongs to party organisation ${organisationId}; dissolve it first`,
      { companyId, organisationId },
    ),
  companyNotInOrganisation: (companyId: string, organisationId: string) =>
    error(
      'CompanyNotInOrganisation',
      `property company ${companyId} is not part of party organisation ${organisationId}`,
      {
        companyId,
        organisationId,
      },
    ),
  countedAfterRecording: (countedAt: string, occurredAt: string) =>
    error('CountedAfterRecording', `a count taken at ${countedAt} cannot be recorded earlier, at ${occurredAt}`, {
      countedAt,
    }),
  countOutOfOrder: (companyId: string, countedAt: string, lastCountedAt: string) =>
    error(
      'CountOutOfOrder',
      `the count of ${companyId} at ${countedAt} is older than the count already recorded at ${lastCountedAt}`,
      { companyId, countedAt, lastCountedAt },
    ),
};

/**
 * Every rule the registry can refuse a command with, and the refusals other areas give when an
 * act names an entry the registry does not hold as active.
 */
import type { DomainError } from '../command.ts';

/** A refusal of the registry (`Forbidden` comes from `requireRole`). */
export interface RegistryError extends DomainError {
  readonly _tag:
    | 'CompanyAlreadyRegistered'
    | 'CompanyNotRegistered'
    | 'ProjectAlreadyRegistered'
    | 'ProjectNotRegistered'
    | 'StreetOfficeAlreadyRegistered'
    | 'StreetOfficeNotRegistered'
    | 'ResidentsCommunityAlreadyRegistered'
    | 'RegistrationNotActive'
    | 'CommunityNotRegistered';
}

const error = (_tag: RegistryError['_tag'], message: string, details: Record<string, unknown> = {}): RegistryError => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of registry refusals. */
export const registryErrors = {
  companyAlreadyRegistered: (companyId: string) =>
    error('CompanyAlreadyRegistered', `property company ${companyId} is already registered`, { companyId }),
  companyNotRegistered: (companyId: string) =>
    error('CompanyNotRegistered', `property company ${companyId} is not registered, or its registration ended`, {
      companyId,
    }),
  projectAlreadyRegistered: (projectId: string) =>
    error('ProjectAlreadyRegistered', `project ${projectId} is already registered`, { projectId }),
  projectNotRegistered: (projectId: string) =>
    error('ProjectNotRegistered', `project ${projectId} is not registered`, { projectId }),
  communityNotRegistered: (communityId: string) =>
    error(
      'CommunityNotRegistered',
      `community ${communityId} is neither a registered, active project (小区) nor a residents' community (社区): register it first`,
      { communityId },
    ),
  streetOfficeAlreadyRegistered: (streetOfficeId: string) =>
    error('StreetOfficeAlreadyRegistered', `street office ${streetOfficeId} is already registered`, { streetOfficeId }),
  streetOfficeNotRegistered: (streetOfficeId: string) =>
    error('StreetOfficeNotRegistered', `street office ${streetOfficeId} is not registered, or its registration ended`, {
      streetOfficeId,
    }),
  residentsCommunityAlreadyRegistered: (communityId: string) =>
    error('ResidentsCommunityAlreadyRegistered', `residents' community ${communityId} is already registered`, {
      communityId,
    }),
  registrationNotActive: (kind: string, id: string) =>
    error('RegistrationNotActive', `${kind} ${id} is not registered or its registration already ended`, { kind, id }),
};

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
    | 'CommunityNotRegistered'
    | 'PlaceNotRegistered'
    | 'ManagementAreaAlreadyRegistered'
    | 'ManagementAreaNotRegistered';
}

const error = (_tag: RegistryError['_tag'], message: string, details: Record<string, unknown> = {}): RegistryError => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of registry refusals. */
export const registryErrors = {
  /** A company is registered once. */
  companyAlreadyRegistered: (companyId: string) =>
    error('CompanyAlreadyRegistered', `property company ${companyId} is already registered`, { companyId }),
  /** An act names a company that is not registered, or whose registration ended. */
  companyNotRegistered: (companyId: string) =>
    error('CompanyNotRegistered', `property company ${companyId} is not registered, or its registration ended`, {
      companyId,
    }),
  /** A project is registered once. */
  projectAlreadyRegistered: (projectId: string) =>
    error('ProjectAlreadyRegistered', `project ${projectId} is already registered`, { projectId }),
  /** An act names a project that is not registered. */
  projectNotRegistered: (projectId: string) =>
    error('ProjectNotRegistered', `project ${projectId} is not registered`, { projectId }),
  /** An act names a community that is neither a registered, active project nor residents’ community. */
  communityNotRegistered: (communityId: string) =>
    error(
      'CommunityNotRegistered',
      `community ${communityId} is neither a registered, active project (小区) nor a residents' community (社区): register it first`,
      { communityId },
    ),
  /** An act names a place that is neither a registered, active project, residents’ community nor street office. */
  placeNotRegistered: (placeId: string) =>
    error(
      'PlaceNotRegistered',
      `${placeId} is neither a registered, active project (小区), residents' community (社区) nor street office (街道/镇): register it first`,
      { placeId },
    ),
  /** A management area is registered once. */
  managementAreaAlreadyRegistered: (areaId: string) =>
    error('ManagementAreaAlreadyRegistered', `management area ${areaId} is already registered`, { areaId }),
  /** An act names a management area that is not registered, or whose registration ended. */
  managementAreaNotRegistered: (areaId: string) =>
    error(
      'ManagementAreaNotRegistered',
      `management area (物业管理区域) ${areaId} is not registered, or its registration ended: register it first`,
      { areaId },
    ),
  /** A street office is registered once. */
  streetOfficeAlreadyRegistered: (streetOfficeId: string) =>
    error('StreetOfficeAlreadyRegistered', `street office ${streetOfficeId} is already registered`, { streetOfficeId }),
  /** A community names a street office that is not registered, or whose registration ended. */
  streetOfficeNotRegistered: (streetOfficeId: string) =>
    error('StreetOfficeNotRegistered', `street office ${streetOfficeId} is not registered, or its registration ended`, {
      streetOfficeId,
    }),
  /** A residents’ community is registered once. */
  residentsCommunityAlreadyRegistered: (communityId: string) =>
    error('ResidentsCommunityAlreadyRegistered', `residents' community ${communityId} is already registered`, {
      communityId,
    }),
  /** Only an active registration can end. */
  registrationNotActive: (kind: string, id: string) =>
    error('RegistrationNotActive', `${kind} ${id} is not registered or its registration already ended`, { kind, id }),
};

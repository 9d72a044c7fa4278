/**
 * Every rule the registry can refuse a command with, and the refusals other areas give when an
 * act names an entry the registry does not hold as active: one type per refusal, each made by
 * its builder, which writes the message once.
 */
import type { DomainError } from '../command.ts';

/** A company is registered once. */
export interface CompanyAlreadyRegistered extends DomainError {
  readonly _tag: 'CompanyAlreadyRegistered';
  readonly companyId: string;
}

/** An act names a company that is not registered, or whose registration ended. */
export interface CompanyNotRegistered extends DomainError {
  readonly _tag: 'CompanyNotRegistered';
  readonly companyId: string;
}

/** A project is registered once. */
export interface ProjectAlreadyRegistered extends DomainError {
  readonly _tag: 'ProjectAlreadyRegistered';
  readonly projectId: string;
}

/** An act names a project that is not registered. */
export interface ProjectNotRegistered extends DomainError {
  readonly _tag: 'ProjectNotRegistered';
  readonly projectId: string;
}

/** An act names a community that is neither a registered, active project nor residents' community. */
export interface CommunityNotRegistered extends DomainError {
  readonly _tag: 'CommunityNotRegistered';
  readonly communityId: string;
}

/** An act names a place that is neither a registered, active project, residents' community nor street office. */
export interface PlaceNotRegistered extends DomainError {
  readonly _tag: 'PlaceNotRegistered';
  readonly placeId: string;
}

/** A management area is registered once. */
export interface ManagementAreaAlreadyRegistered extends DomainError {
  readonly _tag: 'ManagementAreaAlreadyRegistered';
  readonly areaId: string;
}

/** An act names a management area that is not registered, or whose registration ended. */
export interface ManagementAreaNotRegistered extends DomainError {
  readonly _tag: 'ManagementAreaNotRegistered';
  readonly areaId: string;
}

/** A street office is registered once. */
export interface StreetOfficeAlreadyRegistered extends DomainError {
  readonly _tag: 'StreetOfficeAlreadyRegistered';
  readonly streetOfficeId: string;
}

/** A community names a street office that is not registered, or whose registration ended. */
export interface StreetOfficeNotRegistered extends DomainError {
  readonly _tag: 'StreetOfficeNotRegistered';
  readonly streetOfficeId: string;
}

/** A residents' community is registered once. */
export interface ResidentsCommunityAlreadyRegistered extends DomainError {
  readonly _tag: 'ResidentsCommunityAlreadyRegistered';
  readonly communityId: string;
}

/** Only an active registration can end. */
export interface RegistrationNotActive extends DomainError {
  readonly _tag: 'RegistrationNotActive';
  readonly kind: string;
  readonly id: string;
}

/** A refusal of the registry (`Forbidden` comes from `requireRole`). */
export type RegistryError =
  | CompanyAlreadyRegistered
  | CompanyNotRegistered
  | ProjectAlreadyRegistered
  | ProjectNotRegistered
  | StreetOfficeAlreadyRegistered
  | StreetOfficeNotRegistered
  | ResidentsCommunityAlreadyRegistered
  | RegistrationNotActive
  | CommunityNotRegistered
  | PlaceNotRegistered
  | ManagementAreaAlreadyRegistered
  | ManagementAreaNotRegistered;

/** Builds {@link CompanyAlreadyRegistered}. */
export function companyAlreadyRegistered(companyId: string): CompanyAlreadyRegistered {
  return {
    _tag: 'CompanyAlreadyRegistered',
    message: `property company ${companyId} is already registered`,
    companyId,
  };
}

/** Builds {@link CompanyNotRegistered}. */
export function companyNotRegistered(companyId: string): CompanyNotRegistered {
  return {
    _tag: 'CompanyNotRegistered',
    message: `property company ${companyId} is not registered, or its registration ended`,
    companyId,
  };
}

/** Builds {@link ProjectAlreadyRegistered}. */
export function projectAlreadyRegistered(projectId: string): ProjectAlreadyRegistered {
  return { _tag: 'ProjectAlreadyRegistered', message: `project ${projectId} is already registered`, projectId };
}

/** Builds {@link ProjectNotRegistered}. */
export function projectNotRegistered(projectId: string): ProjectNotRegistered {
  return { _tag: 'ProjectNotRegistered', message: `project ${projectId} is not registered`, projectId };
}

/** Builds {@link CommunityNotRegistered}. */
export function communityNotRegistered(communityId: string): CommunityNotRegistered {
  return {
    _tag: 'CommunityNotRegistered',
    message: `community ${communityId} is neither a registered, active project (小区) nor a residents' community (社区): register it first`,
    communityId,
  };
}

/** Builds {@link PlaceNotRegistered}. */
export function placeNotRegistered(placeId: string): PlaceNotRegistered {
  return {
    _tag: 'PlaceNotRegistered',
    message: `${placeId} is neither a registered, active project (小区), residents' community (社区) nor street office (街道/镇): register it first`,
    placeId,
  };
}

/** Builds {@link ManagementAreaAlreadyRegistered}. */
export function managementAreaAlreadyRegistered(areaId: string): ManagementAreaAlreadyRegistered {
  return {
    _tag: 'ManagementAreaAlreadyRegistered',
    message: `management area ${areaId} is already registered`,
    areaId,
  };
}

/** Builds {@link ManagementAreaNotRegistered}. */
export function managementAreaNotRegistered(areaId: string): ManagementAreaNotRegistered {
  return {
    _tag: 'ManagementAreaNotRegistered',
    message: `management area (物业管理区域) ${areaId} is not registered, or its registration ended: register it first`,
    areaId,
  };
}

/** Builds {@link StreetOfficeAlreadyRegistered}. */
export function streetOfficeAlreadyRegistered(streetOfficeId: string): StreetOfficeAlreadyRegistered {
  return {
    _tag: 'StreetOfficeAlreadyRegistered',
    message: `street office ${streetOfficeId} is already registered`,
    streetOfficeId,
  };
}

/** Builds {@link StreetOfficeNotRegistered}. */
export function streetOfficeNotRegistered(streetOfficeId: string): StreetOfficeNotRegistered {
  return {
    _tag: 'StreetOfficeNotRegistered',
    message: `street office ${streetOfficeId} is not registered, or its registration ended`,
    streetOfficeId,
  };
}

/** Builds {@link ResidentsCommunityAlreadyRegistered}. */
export function residentsCommunityAlreadyRegistered(communityId: string): ResidentsCommunityAlreadyRegistered {
  return {
    _tag: 'ResidentsCommunityAlreadyRegistered',
    message: `residents' community ${communityId} is already registered`,
    communityId,
  };
}

/** Builds {@link RegistrationNotActive}. */
export function registrationNotActive(kind: string, id: string): RegistrationNotActive {
  return {
    _tag: 'RegistrationNotActive',
    message: `${kind} ${id} is not registered or its registration already ended`,
    kind,
    id,
  };
}

/**
 * The registry: property companies, managed projects (小区), street offices and residents'
 * communities, each registered by the housing bureau with its Chinese name. Every other area
 * consults it so that no act names an entry that is not registered and active, and the
 * `registry` projection gives every id a page shows its name. The public surface of the area.
 */
import type { AnyProjection } from '@govledger/core';
import { registryCommands } from './commands.ts';
import { registry } from './project.ts';

export {
  isRegistryEvent,
  ManagementAreaRegistered,
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  RegisteredKind,
  type RegistryEvent,
  RegistrationEnded,
  registryEvents,
  ResidentsCommunityRegistered,
  StreetOfficeRegistered,
} from './events.ts';
export {
  EndRegistrationData,
  RegisterManagementAreaData,
  RegisterProjectData,
  RegisterPropertyCompanyData,
  RegisterResidentsCommunityData,
  RegisterStreetOfficeData,
} from './command-data.ts';
export {
  companyReference,
  EndRegistration,
  managementAreaReference,
  projectReference,
  RegisterManagementArea,
  RegisterProject,
  RegisterPropertyCompany,
  RegisterResidentsCommunity,
  RegisterStreetOffice,
} from './commands.ts';
export {
  type CompanyState,
  companyAggregate,
  companyStreamId,
  managementAreaStreamId,
  type PlaceState,
  type ProjectState,
  projectAggregate,
  projectStreamId,
  residentsCommunityStreamId,
  streetOfficeStreamId,
} from './aggregate.ts';
export type { RegistryError } from './errors.ts';
export {
  type ManagementPeriod,
  type RegistryEntry,
  type RegistryKind,
  type RegistryState,
  registry,
} from './project.ts';

/** Every registry command. */
export { registryCommands };

/** Every registry projection, for the runner. */
export const registryProjections: AnyProjection[] = [registry];

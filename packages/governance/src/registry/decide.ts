/**
 * The registry's rules: the housing bureau registers each entry once, with its name; a
 * project's company, when named, and a community's street office must be registered and
 * active; a registration ends once.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { CompanyState, PlaceState, ProjectState } from './aggregate.ts';
import type {
  EndRegistrationData,
  RegisterManagementAreaData,
  RegisterProjectData,
  RegisterPropertyCompanyData,
  RegisterResidentsCommunityData,
  RegisterStreetOfficeData,
} from './command-data.ts';
import { registryErrors as errors } from './errors.ts';
import {
  ManagementAreaRegistered,
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  RegistrationEnded,
  ResidentsCommunityRegistered,
  StreetOfficeRegistered,
} from './events.ts';

type Decision = Either<DomainError, readonly DecidedEvent[]>;
type Related = Readonly<Record<string, unknown>>;

/** Related key of a consulted company stream. */
export const COMPANY_KEY = 'company';
/** Related key of a consulted project stream. */
export const PROJECT_KEY = 'project';
/** Related key of a consulted street office stream. */
export const STREET_OFFICE_KEY = 'street-office';

/** RegisterPropertyCompany: housing bureau; a company is registered once. */
export function decideRegisterPropertyCompany(
  input: CommandInput<RegisterPropertyCompanyData>,
  state: CompanyState,
): Decision {
  const allowed = requireRole('RegisterPropertyCompany', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { companyId, name } = input.data;
  if (state.registered) return left(errors.companyAlreadyRegistered(companyId));
  return right([{ type: PropertyCompanyRegistered.type, data: { companyId, name } }]);
}

/** RegisterProject: housing bureau; once per project; its company, when named, must be registered and active. */
export function decideRegisterProject(
  input: CommandInput<RegisterProjectData>,
  state: ProjectState,
  related: Related,
): Decision {
  const allowed = requireRole('RegisterProject', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { projectId, name, communityId, town, companyId } = input.data;
  if (state.registered) return left(errors.projectAlreadyRegistered(projectId));
  if (companyId !== undefined && !(related[COMPANY_KEY] as CompanyState).active) {
    return left(errors.companyNotRegistered(companyId));
  }
  return right([
    {
      type: PropertyProjectRegistered.type,
      data: { projectId, name, communityId, town, companyId: companyId ?? null },
    },
  ]);
}

/** RegisterStreetOffice: housing bureau; once. */
export function decideRegisterStreetOffice(input: CommandInput<RegisterStreetOfficeData>, state: PlaceState): Decision {
  const allowed = requireRole('RegisterStreetOffice', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { streetOfficeId, name } = input.data;
  if (state.registered) return left(errors.streetOfficeAlreadyRegistered(streetOfficeId));
  return right([{ type: StreetOfficeRegistered.type, data: { streetOfficeId, name } }]);
}

/** RegisterResidentsCommunity: housing bureau; once; under a registered, active street office. */
export function decideRegisterResidentsCommunity(
  input: CommandInput<RegisterResidentsCommunityData>,
  state: PlaceState,
  related: Related,
): Decision {
  const allowed = requireRole('RegisterResidentsCommunity', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { communityId, name, streetOfficeId } = input.data;
  if (state.registered) return left(errors.residentsCommunityAlreadyRegistered(communityId));
  if (!(related[STREET_OFFICE_KEY] as PlaceState).active) return left(errors.streetOfficeNotRegistered(streetOfficeId));
  return right([{ type: ResidentsCommunityRegistered.type, data: { communityId, name, streetOfficeId } }]);
}

/**
 * RegisterManagementArea: housing bureau or street office (物业管理条例 art. 9: the area is
 * designated by the housing authority; in Jiangsu with the street office); once per area.
 */
export function decideRegisterManagementArea(
  input: CommandInput<RegisterManagementAreaData>,
  state: PlaceState,
): Decision {
  const allowed = requireRole('RegisterManagementArea', input, 'housing-bureau', 'street-office');
  if (isLeft(allowed)) return allowed;
  const { areaId, name, town } = input.data;
  if (state.registered) return left(errors.managementAreaAlreadyRegistered(areaId));
  return right([{ type: ManagementAreaRegistered.type, data: { areaId, name, town } }]);
}

/** EndRegistration: housing bureau; only an active registration ends, once. */
export function decideEndRegistration(
  input: CommandInput<EndRegistrationData>,
  state: { readonly active: boolean },
): Decision {
  const allowed = requireRole('EndRegistration', input, 'housing-bureau');
  if (isLeft(allowed)) return allowed;
  const { kind, id, reason } = input.data;
  if (!state.active) return left(errors.registrationNotActive(kind, id));
  return right([{ type: RegistrationEnded.type, data: { kind, id, reason } }]);
}

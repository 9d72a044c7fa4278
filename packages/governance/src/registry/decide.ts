/**
 * The registry's rules: the housing bureau registers each entry once, with its name; a
 * project's company, when named, and a community's street office must be registered and
 * active; a registration ends once.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type Forbidden, requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { CompanyState, PlaceState, ProjectState } from './aggregate.ts';
import type {
  EndRegistrationData,
  RegisterManagementAreaData,
  RegisterProjectData,
  RegisterPropertyCompanyData,
  RegisterResidentsCommunityData,
  RegisterStreetOfficeData,
} from './command-data.ts';
import {
  companyAlreadyRegistered,
  managementAreaAlreadyRegistered,
  projectAlreadyRegistered,
  type RegistryError,
  registrationNotActive,
  residentsCommunityAlreadyRegistered,
  streetOfficeAlreadyRegistered,
  streetOfficeNotRegistered,
} from './errors.ts';
import {
  ManagementAreaRegistered,
  type ManagementAreaRegisteredData,
  PropertyCompanyRegistered,
  type PropertyCompanyRegisteredData,
  PropertyProjectRegistered,
  type PropertyProjectRegisteredData,
  RegistrationEnded,
  type RegistrationEndedData,
  ResidentsCommunityRegistered,
  type ResidentsCommunityRegisteredData,
  StreetOfficeRegistered,
  type StreetOfficeRegisteredData,
} from './events.ts';
import { type CompanyRegistration, requireActiveCompany } from './references.ts';

/** What every registry rule returns: the events to record, or why not. */
export type RegistryDecision = E.Either<Forbidden | RegistryError, readonly DecidedEvent[]>;

/** Related key of a consulted company stream. */
export const COMPANY_KEY = 'company';
/** Related key of a consulted project stream. */
export const PROJECT_KEY = 'project';
/** Related key of a consulted street office stream. */
export const STREET_OFFICE_KEY = 'street-office';

/** What RegisterProject reads beside the project: its company's registration, when it names one. */
export type ProjectCompany = CompanyRegistration<typeof COMPANY_KEY>;

/** What RegisterResidentsCommunity reads beside the community: its street office's registration. */
export type CommunityStreetOffice = { readonly [STREET_OFFICE_KEY]: PlaceState };

const ok: E.Either<never, void> = E.right(undefined);

/** RegisterPropertyCompany: housing bureau; a company is registered once. */
export function decideRegisterPropertyCompany(
  input: CommandInput<RegisterPropertyCompanyData>,
  state: CompanyState,
): RegistryDecision {
  const { companyId, name } = input.data;
  return pipe(
    requireRole('RegisterPropertyCompany', input, 'housing-bureau'),
    E.chainW(() => (state.registered ? E.left(companyAlreadyRegistered(companyId)) : ok)),
    E.map(() => [
      { type: PropertyCompanyRegistered.type, data: { companyId, name } satisfies PropertyCompanyRegisteredData },
    ]),
  );
}

/** RegisterProject: housing bureau; once per project; its company, when named, must be registered and active. */
export function decideRegisterProject(
  input: CommandInput<RegisterProjectData>,
  state: ProjectState,
  related: ProjectCompany,
): RegistryDecision {
  const { projectId, name, communityId, town, companyId } = input.data;
  return pipe(
    requireRole('RegisterProject', input, 'housing-bureau'),
    E.chainW(() => (state.registered ? E.left(projectAlreadyRegistered(projectId)) : ok)),
    E.chainW(() => (companyId === undefined ? ok : requireActiveCompany(related, COMPANY_KEY, companyId))),
    E.map(() => [
      {
        type: PropertyProjectRegistered.type,
        data: {
          projectId,
          name,
          communityId,
          town,
          companyId: companyId ?? null,
        } satisfies PropertyProjectRegisteredData,
      },
    ]),
  );
}

/** RegisterStreetOffice: housing bureau; once. */
export function decideRegisterStreetOffice(
  input: CommandInput<RegisterStreetOfficeData>,
  state: PlaceState,
): RegistryDecision {
  const { streetOfficeId, name } = input.data;
  return pipe(
    requireRole('RegisterStreetOffice', input, 'housing-bureau'),
    E.chainW(() => (state.registered ? E.left(streetOfficeAlreadyRegistered(streetOfficeId)) : ok)),
    E.map(() => [
      { type: StreetOfficeRegistered.type, data: { streetOfficeId, name } satisfies StreetOfficeRegisteredData },
    ]),
  );
}

/** RegisterResidentsCommunity: housing bureau; once; under a registered, active street office. */
export function decideRegisterResidentsCommunity(
  input: CommandInput<RegisterResidentsCommunityData>,
  state: PlaceState,
  related: CommunityStreetOffice,
): RegistryDecision {
  const { communityId, name, streetOfficeId } = input.data;
  return pipe(
    requireRole('RegisterResidentsCommunity', input, 'housing-bureau'),
    E.chainW(() => (state.registered ? E.left(residentsCommunityAlreadyRegistered(communityId)) : ok)),
    E.chainW(() => (related[STREET_OFFICE_KEY].active ? ok : E.left(streetOfficeNotRegistered(streetOfficeId)))),
    E.map(() => [
      {
        type: ResidentsCommunityRegistered.type,
        data: { communityId, name, streetOfficeId } satisfies ResidentsCommunityRegisteredData,
      },
    ]),
  );
}

/**
 * RegisterManagementArea: housing bureau or street office (物业管理条例 art. 9: the area is
 * designated by the housing authority; in Jiangsu with the street office); once per area.
 */
export function decideRegisterManagementArea(
  input: CommandInput<RegisterManagementAreaData>,
  state: PlaceState,
): RegistryDecision {
  const { areaId, name, town } = input.data;
  return pipe(
    requireRole('RegisterManagementArea', input, 'housing-bureau', 'street-office'),
    E.chainW(() => (state.registered ? E.left(managementAreaAlreadyRegistered(areaId)) : ok)),
    E.map(() => [
      { type: ManagementAreaRegistered.type, data: { areaId, name, town } satisfies ManagementAreaRegisteredData },
    ]),
  );
}

/** EndRegistration: housing bureau; only an active registration ends, once. */
export function decideEndRegistration(
  input: CommandInput<EndRegistrationData>,
  state: { readonly active: boolean },
): RegistryDecision {
  const { kind, id, reason } = input.data;
  return pipe(
    requireRole('EndRegistration', input, 'housing-bureau'),
    E.chainW(() => (state.active ? ok : E.left(registrationNotActive(kind, id)))),
    E.map(() => [{ type: RegistrationEnded.type, data: { kind, id, reason } satisfies RegistrationEndedData }]),
  );
}

/**
 * Commands of the registry: the stream each acts on and the streams each rule consults.
 * Also the references other areas use to refuse an act that names an unregistered entry.
 */
import type { AnyCommandSpec, CommandSpec, RelatedStream } from '../command.ts';
import {
  activeAggregate,
  type CompanyState,
  companyAggregate,
  companyStreamId,
  managementAreaStreamId,
  type PlaceState,
  type ProjectState,
  placeAggregate,
  projectAggregate,
  projectStreamId,
  registeredStreamId,
  residentsCommunityStreamId,
  streetOfficeStreamId,
} from './aggregate.ts';
import {
  EndRegistrationData,
  RegisterManagementAreaData,
  RegisterProjectData,
  RegisterPropertyCompanyData,
  RegisterResidentsCommunityData,
  RegisterStreetOfficeData,
} from './command-data.ts';
import {
  COMPANY_KEY,
  type CommunityStreetOffice,
  decideEndRegistration,
  decideRegisterManagementArea,
  decideRegisterProject,
  decideRegisterPropertyCompany,
  decideRegisterResidentsCommunity,
  decideRegisterStreetOffice,
  type ProjectCompany,
  STREET_OFFICE_KEY,
} from './decide.ts';

/** The company stream consulted under `key` (`'company'` unless named), read with `requireActiveCompany`. */
export function companyReference(companyId: string): RelatedStream<typeof COMPANY_KEY, CompanyState>;
/** The company stream consulted under `key`, read with `requireActiveCompany`. */
export function companyReference<Key extends string>(companyId: string, key: Key): RelatedStream<Key, CompanyState>;
export function companyReference(companyId: string, key: string = COMPANY_KEY): RelatedStream<string, CompanyState> {
  return { key, streamId: companyStreamId(companyId), aggregate: companyAggregate };
}

/** The project (小区) stream consulted under `key`. */
export const projectReference = <Key extends string>(
  projectId: string,
  key: Key,
): RelatedStream<Key, ProjectState> => ({
  key,
  streamId: projectStreamId(projectId),
  aggregate: projectAggregate,
});

/** RegisterPropertyCompany on `company-<id>`. */
export const RegisterPropertyCompany: CommandSpec<RegisterPropertyCompanyData, CompanyState> = {
  name: 'RegisterPropertyCompany',
  data: RegisterPropertyCompanyData,
  streamId: (data) => companyStreamId(data.companyId),
  aggregate: companyAggregate,
  decide: decideRegisterPropertyCompany,
};

/** RegisterProject on `project-<id>`, consulting its company. */
export const RegisterProject: CommandSpec<RegisterProjectData, ProjectState, ProjectCompany> = {
  name: 'RegisterProject',
  data: RegisterProjectData,
  streamId: (data) => projectStreamId(data.projectId),
  aggregate: projectAggregate,
  related: (data) => (data.companyId === undefined ? [] : [companyReference(data.companyId)]),
  decide: decideRegisterProject,
};

/** RegisterStreetOffice on `street-office-<id>`. */
export const RegisterStreetOffice: CommandSpec<RegisterStreetOfficeData, PlaceState> = {
  name: 'RegisterStreetOffice',
  data: RegisterStreetOfficeData,
  streamId: (data) => streetOfficeStreamId(data.streetOfficeId),
  aggregate: placeAggregate,
  decide: decideRegisterStreetOffice,
};

/** RegisterResidentsCommunity on `residents-community-<id>`, consulting its street office. */
export const RegisterResidentsCommunity: CommandSpec<
  RegisterResidentsCommunityData,
  PlaceState,
  CommunityStreetOffice
> = {
  name: 'RegisterResidentsCommunity',
  data: RegisterResidentsCommunityData,
  streamId: (data) => residentsCommunityStreamId(data.communityId),
  aggregate: placeAggregate,
  related: (data) => [
    { key: STREET_OFFICE_KEY, streamId: streetOfficeStreamId(data.streetOfficeId), aggregate: placeAggregate },
  ],
  decide: decideRegisterResidentsCommunity,
};

/** RegisterManagementArea on `management-area-<id>`. */
export const RegisterManagementArea: CommandSpec<RegisterManagementAreaData, PlaceState> = {
  name: 'RegisterManagementArea',
  data: RegisterManagementAreaData,
  streamId: (data) => managementAreaStreamId(data.areaId),
  aggregate: placeAggregate,
  decide: decideRegisterManagementArea,
};

/** The management area stream consulted under `key`. */
export const managementAreaReference = <Key extends string>(
  areaId: string,
  key: Key,
): RelatedStream<Key, PlaceState> => ({
  key,
  streamId: managementAreaStreamId(areaId),
  aggregate: placeAggregate,
});

/** EndRegistration on the entry's own stream. */
export const EndRegistration: CommandSpec<EndRegistrationData, { readonly active: boolean }> = {
  name: 'EndRegistration',
  data: EndRegistrationData,
  streamId: (data) => registeredStreamId(data.kind, data.id),
  aggregate: activeAggregate,
  decide: decideEndRegistration,
};

/** Every registry command. */
export const registryCommands: AnyCommandSpec[] = [
  RegisterPropertyCompany,
  RegisterProject,
  RegisterStreetOffice,
  RegisterResidentsCommunity,
  RegisterManagementArea,
  EndRegistration,
];

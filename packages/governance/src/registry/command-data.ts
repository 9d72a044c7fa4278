/**
 * What a caller submits for each registry command: the `data` codec of each command line.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { RegisteredKind } from './events.ts';

/** Data of RegisterPropertyCompany: the company's id and its registered Chinese name. */
export const RegisterPropertyCompanyData = t.type({ companyId: Id, name: NonEmptyString }, 'RegisterPropertyCompany');
export type RegisterPropertyCompanyData = t.TypeOf<typeof RegisterPropertyCompanyData>;

/** Data of RegisterProject (`companyId` omitted while the project awaits its tender). */
export const RegisterProjectData = t.intersection(
  [
    t.type({ projectId: Id, name: NonEmptyString, communityId: Id, town: NonEmptyString }),
    t.partial({ companyId: Id }),
  ],
  'RegisterProject',
);
export type RegisterProjectData = t.TypeOf<typeof RegisterProjectData>;

/** Data of RegisterStreetOffice. */
export const RegisterStreetOfficeData = t.type({ streetOfficeId: Id, name: NonEmptyString }, 'RegisterStreetOffice');
export type RegisterStreetOfficeData = t.TypeOf<typeof RegisterStreetOfficeData>;

/** Data of RegisterResidentsCommunity: a 社区 under a registered street office. */
export const RegisterResidentsCommunityData = t.type(
  { communityId: Id, name: NonEmptyString, streetOfficeId: Id },
  'RegisterResidentsCommunity',
);
export type RegisterResidentsCommunityData = t.TypeOf<typeof RegisterResidentsCommunityData>;

/** Data of RegisterManagementArea: a 物业管理区域 with its Chinese name and the town it lies in. */
export const RegisterManagementAreaData = t.type(
  { areaId: Id, name: NonEmptyString, town: NonEmptyString },
  'RegisterManagementArea',
);
export type RegisterManagementAreaData = t.TypeOf<typeof RegisterManagementAreaData>;

/** Data of EndRegistration: which entry ceased, and why. */
export const EndRegistrationData = t.type(
  { kind: RegisteredKind, id: NonEmptyString, reason: NonEmptyString },
  'EndRegistration',
);
export type EndRegistrationData = t.TypeOf<typeof EndRegistrationData>;

/**
 * Events of the registry: the places and organisations every other act names — property
 * companies 物业服务企业, managed projects 物业项目 (小区), street offices 街道办事处 / 镇 and
 * residents' communities 社区 — each registered once by the housing bureau with its Chinese
 * name, and deregistered when it ceases (then no new act may name it). Event type names are
 * those the ledger has always recorded, so older ledgers replay unchanged. No personal data.
 */
import {
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  isEventOf,
  NonEmptyString,
} from '@govledger/core';
import * as t from 'io-ts';

/** A property service company 物业服务企业 was registered with the housing bureau. */
export const PropertyCompanyRegistered = defineEvent(
  'PropertyCompanyRegistered',
  t.type({ companyId: Id, name: NonEmptyString }),
);

/**
 * A managed residential project 物业项目 was registered: where it is (community, town or
 * street) and which company manages it (`null` until a tender is awarded).
 */
export const PropertyProjectRegistered = defineEvent(
  'PropertyProjectRegistered',
  t.type({
    projectId: Id,
    name: NonEmptyString,
    communityId: Id,
    town: NonEmptyString,
    companyId: t.union([NonEmptyString, t.null]),
  }),
);

/** A street office 街道办事处 or town government 镇政府 was registered with its name. */
export const StreetOfficeRegistered = defineEvent(
  'StreetOfficeRegistered',
  t.type({ streetOfficeId: Id, name: NonEmptyString }),
);

/** A residents' community 社区 was registered with its name, under its street office. */
export const ResidentsCommunityRegistered = defineEvent(
  'ResidentsCommunityRegistered',
  t.type({ communityId: Id, name: NonEmptyString, streetOfficeId: Id }),
);

/**
 * A property management area 物业管理区域 was registered with its name and town: the unit one
 * property service provider serves (物业管理条例 art. 9, 33: one area, one provider), designated
 * by the housing authority or street office. The old-community coverage programme designates
 * only registered areas.
 */
export const ManagementAreaRegistered = defineEvent(
  'ManagementAreaRegistered',
  t.type({ areaId: Id, name: NonEmptyString, town: NonEmptyString }),
);

/**
 * Kinds of registered entry that can be deregistered. `management-area` joined the kinds with
 * {@link ManagementAreaRegistered}; a wider enumeration still decodes every older event.
 */
export const RegisteredKind = t.keyof(
  { company: null, project: null, 'street-office': null, 'residents-community': null, 'management-area': null },
  'RegisteredKind',
);
export type RegisteredKind = t.TypeOf<typeof RegisteredKind>;

/** A registered entry ceased (a company deregistered 注销, a project merged): no new act may name it. */
export const RegistrationEnded = defineEvent(
  'RegistrationEnded',
  t.type({ kind: RegisteredKind, id: NonEmptyString, reason: NonEmptyString }),
);

/** Data of {@link PropertyCompanyRegistered}. */
export type PropertyCompanyRegisteredData = DataOf<typeof PropertyCompanyRegistered>;
/** Data of {@link PropertyProjectRegistered}. */
export type PropertyProjectRegisteredData = DataOf<typeof PropertyProjectRegistered>;
/** Data of {@link StreetOfficeRegistered}. */
export type StreetOfficeRegisteredData = DataOf<typeof StreetOfficeRegistered>;
/** Data of {@link ResidentsCommunityRegistered}. */
export type ResidentsCommunityRegisteredData = DataOf<typeof ResidentsCommunityRegistered>;
/** Data of {@link ManagementAreaRegistered}. */
export type ManagementAreaRegisteredData = DataOf<typeof ManagementAreaRegistered>;
/** Data of {@link RegistrationEnded}. */
export type RegistrationEndedData = DataOf<typeof RegistrationEnded>;

/** Every event type of the registry. */
export const registryEvents = [
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  StreetOfficeRegistered,
  ResidentsCommunityRegistered,
  ManagementAreaRegistered,
  RegistrationEnded,
] satisfies EventDefinition[];

/** A registry event as a fold receives it: `switch (type)` narrows `data`. */
export type RegistryEvent = EventOf<(typeof registryEvents)[number]>;

/** True for a registry event of the log (a projection's first step: other events pass over). */
export const isRegistryEvent = isEventOf(registryEvents);

/**
 * How another area's rule checks that the ids an act names are registered and active: the
 * command spec consults the entries' streams (`companyReference`, `projectReference`) and the
 * rule reads their states with these checks. The states arrive under keys derived from the
 * key the area chose (`<key>:project` …), typed by the types below. Pure.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RelatedStream } from '../command.ts';
import {
  type CompanyState,
  type PlaceState,
  type ProjectState,
  placeAggregate,
  projectAggregate,
  projectStreamId,
  residentsCommunityStreamId,
  streetOfficeStreamId,
} from './aggregate.ts';
import {
  type CommunityNotRegistered,
  type CompanyNotRegistered,
  communityNotRegistered,
  companyNotRegistered,
  type ManagementAreaNotRegistered,
  managementAreaNotRegistered,
  type PlaceNotRegistered,
  placeNotRegistered,
} from './errors.ts';

/** A company's registration, read under `Key` (see `companyReference`). */
export type CompanyRegistration<Key extends string> = { readonly [K in Key]?: CompanyState };

/** A management area's registration (see `managementAreaReference`), read under `Key`. */
export type ManagementAreaRegistration<Key extends string> = { readonly [K in Key]?: PlaceState };

/** An id's registration as a managed project (小区), read under `<Key>:project`. */
export type ProjectRegistration<Key extends string> = { readonly [K in `${Key}:project`]?: ProjectState };

/** An id's registration as a residents' community (社区), read under `<Key>:residents-community`. */
export type ResidentsCommunityRegistration<Key extends string> = {
  readonly [K in `${Key}:residents-community`]?: PlaceState;
};

/** An id's registration as a street office (街道 / 镇), read under `<Key>:street-office`. */
export type StreetOfficeRegistration<Key extends string> = {
  readonly [K in `${Key}:street-office`]?: PlaceState;
};

/** What {@link communityReferences} brings under `Key`: the id as a project and as a residents' community. */
export type CommunityRegistration<Key extends string> = ProjectRegistration<Key> & ResidentsCommunityRegistration<Key>;

/** What {@link placeReferences} brings under `Key`: the id as a community or as a street office. */
export type PlaceRegistration<Key extends string> = CommunityRegistration<Key> & StreetOfficeRegistration<Key>;

/** The streams {@link communityReferences} consults under `Key`. */
export type CommunityReference<Key extends string> =
  | RelatedStream<`${Key}:project`, ProjectState>
  | RelatedStream<`${Key}:residents-community`, PlaceState>;

/** The streams {@link placeReferences} consults under `Key`. */
export type PlaceReference<Key extends string> =
  | CommunityReference<Key>
  | RelatedStream<`${Key}:street-office`, PlaceState>;

/** Refuses unless the company state read under `key` is registered and active. */
export function requireActiveCompany<Key extends string>(
  related: CompanyRegistration<Key>,
  key: Key,
  companyId: string,
): Either<CompanyNotRegistered, void> {
  return related[key]?.active ? right(undefined) : left(companyNotRegistered(companyId));
}

/** Refuses unless the management area state read under `key` is registered and active. */
export function requireActiveManagementArea<Key extends string>(
  related: ManagementAreaRegistration<Key>,
  key: Key,
  areaId: string,
): Either<ManagementAreaNotRegistered, void> {
  return related[key]?.active ? right(undefined) : left(managementAreaNotRegistered(areaId));
}

/**
 * The streams a community id may be registered under: a managed project (小区) or a residents'
 * community (社区); consult both (see {@link requireActiveCommunity}).
 */
export function communityReferences<Key extends string>(communityId: string, key: Key): CommunityReference<Key>[] {
  return [
    { key: `${key}:project`, streamId: projectStreamId(communityId), aggregate: projectAggregate },
    { key: `${key}:residents-community`, streamId: residentsCommunityStreamId(communityId), aggregate: placeAggregate },
  ];
}

/**
 * Refuses unless the community consulted under `key` (by {@link communityReferences}) is a
 * registered, active project (小区) or residents' community (社区).
 */
export function requireActiveCommunity<Key extends string>(
  related: CommunityRegistration<Key>,
  key: Key,
  communityId: string,
): Either<CommunityNotRegistered, void> {
  const projects: ProjectRegistration<Key> = related;
  const communities: ResidentsCommunityRegistration<Key> = related;
  return projects[`${key}:project`]?.active || communities[`${key}:residents-community`]?.active
    ? right(undefined)
    : left(communityNotRegistered(communityId));
}

/**
 * The streams a place id may be registered under: a project (小区), a residents' community
 * (社区) or a street office (街道 / 镇); consult all three (see {@link requireActivePlace}).
 */
export function placeReferences<Key extends string>(placeId: string, key: Key): PlaceReference<Key>[] {
  return [
    ...communityReferences(placeId, key),
    { key: `${key}:street-office`, streamId: streetOfficeStreamId(placeId), aggregate: placeAggregate },
  ];
}

/**
 * Refuses unless the place consulted under `key` (by {@link placeReferences}) is a registered,
 * active project, residents' community or street office.
 */
export function requireActivePlace<Key extends string>(
  related: PlaceRegistration<Key>,
  key: Key,
  placeId: string,
): Either<PlaceNotRegistered, void> {
  const offices: StreetOfficeRegistration<Key> = related;
  if (offices[`${key}:street-office`]?.active) return right(undefined);
  const community = requireActiveCommunity(related, key, placeId);
  return community._tag === 'Right' ? community : left(placeNotRegistered(placeId));
}

/**
 * How another area's rule checks that the ids an act names are registered and active: the
 * command spec consults the entries' streams (`companyReference`, `projectReference`) and the
 * rule reads their states with these checks. Pure.
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
import { type RegistryError, registryErrors } from './errors.ts';

/** Refuses unless the company state read under `key` is registered and active. */
export function requireActiveCompany(
  related: Readonly<Record<string, unknown>>,
  key: string,
  companyId: string,
): Either<RegistryError, void> {
  const state = related[key] as CompanyState | undefined;
  return state?.active ? right(undefined) : left(registryErrors.companyNotRegistered(companyId));
}

/**
 * The streams a community id may be registered under: a managed project (小区) or a residents'
 * community (社区); consult both (see {@link requireActiveCommunity}).
 */
export function communityReferences(communityId: string, key: string): RelatedStream[] {
  return [
    { key: `${key}:project`, streamId: projectStreamId(communityId), aggregate: projectAggregate },
    { key: `${key}:residents-community`, streamId: residentsCommunityStreamId(communityId), aggregate: placeAggregate },
  ];
}

/**
 * Refuses unless the community consulted under `key` (by {@link communityReferences}) is a
 * registered, active project (小区) or residents' community (社区).
 */
export function requireActiveCommunity(
  related: Readonly<Record<string, unknown>>,
  key: string,
  communityId: string,
): Either<RegistryError, void> {
  const project = related[`${key}:project`] as ProjectState | undefined;
  const community = related[`${key}:residents-community`] as PlaceState | undefined;
  return project?.active || community?.active
    ? right(undefined)
    : left(registryErrors.communityNotRegistered(communityId));
}

/**
 * The streams a place id may be registered under: a project (小区), a residents' community
 * (社区) or a street office (街道 / 镇); consult all three (see {@link requireActivePlace}).
 */
export function placeReferences(placeId: string, key: string): RelatedStream[] {
  return [
    ...communityReferences(placeId, key),
    { key: `${key}:street-office`, streamId: streetOfficeStreamId(placeId), aggregate: placeAggregate },
  ];
}

/**
 * Refuses unless the place consulted under `key` (by {@link placeReferences}) is a registered,
 * active project, residents' community or street office.
 */
export function requireActivePlace(
  related: Readonly<Record<string, unknown>>,
  key: string,
  placeId: string,
): Either<RegistryError, void> {
  const office = related[`${key}:street-office`] as PlaceState | undefined;
  if (office?.active) return right(undefined);
  const community = requireActiveCommunity(related, key, placeId);
  return community._tag === 'Right' ? community : left(registryErrors.placeNotRegistered(placeId));
}

/**
 * How another area's rule checks that the ids an act names are registered and active: the
 * command spec consults the entries' streams (`companyReference`, `projectReference`) and the
 * rule reads their states with these checks. Pure.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { CompanyState, ProjectState } from './aggregate.ts';
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

/** Refuses unless the project (小区) state read under `key`, named as a community, is registered and active. */
export function requireActiveCommunity(
  related: Readonly<Record<string, unknown>>,
  key: string,
  communityId: string,
): Either<RegistryError, void> {
  const state = related[key] as ProjectState | undefined;
  return state?.active ? right(undefined) : left(registryErrors.communityNotRegistered(communityId));
}

/**
 * The areas whose rules a city configures, one line each: the area's default policy, how it
 * validates overrides (its `makeX`, which throws on a bad policy), and its commands under a
 * policy (its `xCommandsWith`). Adding an area's policy to the city composition is adding
 * its line here; presets may then override it by the same key.
 */
import type { AnyCommandSpec } from '../command.ts';
import { DEFAULT_DISCLOSURE_POLICY, type DisclosurePolicy, makeDisclosurePolicy } from '../notices/policy.ts';
import { noticesCommandsWith } from '../notices/commands.ts';
import { fundCommandsWith } from '../fund/commands.ts';
import { DEFAULT_FUND_POLICY, type FundPolicy, makeFundPolicy } from '../fund/policy.ts';
import { ratingsCommandsFor } from '../ratings/commands.ts';
import { DEFAULT_RATINGS_POLICY, makeRatingsPolicy, type RatingsPolicy } from '../ratings/policy.ts';
import { voteCommandsWith } from '../votes/commands.ts';
import { DEFAULT_VOTE_PROCEDURE, makeVoteProcedure, type VoteProcedure } from '../votes/policy.ts';

/** One area's policy as the city composition sees it. */
export interface AreaPolicy<Policy> {
  /** The area's documented defaults. */
  readonly defaults: Policy;
  /** The defaults with `overrides`, validated; throws on a bad policy (a configuration bug). */
  make(overrides: Partial<Policy>): Policy;
  /** The area's commands, deciding under `policy`. */
  commandsWith(policy: Policy): AnyCommandSpec[];
}

/** Types an area's line without widening its policy type. */
function area<Policy>(policy: AreaPolicy<Policy>): AreaPolicy<Policy> {
  return policy;
}

/** Every configurable area, by the key presets and {@link CityPolicy} use. */
export const AREA_POLICIES = {
  votes: area<VoteProcedure>({
    defaults: DEFAULT_VOTE_PROCEDURE,
    make: makeVoteProcedure,
    commandsWith: voteCommandsWith,
  }),
  notices: area<DisclosurePolicy>({
    defaults: DEFAULT_DISCLOSURE_POLICY,
    make: makeDisclosurePolicy,
    commandsWith: noticesCommandsWith,
  }),
  ratings: area<RatingsPolicy>({
    defaults: DEFAULT_RATINGS_POLICY,
    make: makeRatingsPolicy,
    commandsWith: ratingsCommandsFor,
  }),
  fund: area<FundPolicy>({
    defaults: DEFAULT_FUND_POLICY,
    make: makeFundPolicy,
    commandsWith: fundCommandsWith,
  }),
};

/** The name of a configurable area. */
export type AreaName = keyof typeof AREA_POLICIES;

/** The policy type of area `Name`. */
export type PolicyOf<Name extends AreaName> = (typeof AREA_POLICIES)[Name] extends AreaPolicy<infer P> ? P : never;

/** Every area's policy in force. */
export type AreaPolicies = { readonly [Name in AreaName]: PolicyOf<Name> };

/** Overrides of any areas' policies (each partial). */
export type AreaOverrides = { readonly [Name in AreaName]?: Partial<PolicyOf<Name>> };

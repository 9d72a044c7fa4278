/**
 * How an area's policy (a vote procedure, a credit policy, a grade scale, a fund policy) is
 * built from its defaults and a city's overrides: merged, decoded by the policy's codec, then
 * held to the rules a codec cannot state (one bound below another). A bad policy is a
 * configuration bug, found when the domain is wired, so it throws with the policy's name and
 * the broken rule.
 */
import type * as t from 'io-ts';

/** A rule over a whole policy: null when it holds, else the problem in words. */
export type PolicyRule<Policy> = (policy: Policy) => string | null;

/**
 * `defaults` with `overrides` applied, checked by `codec` and then by each of `rules` in
 * order. Throws `invalid <name>: <the merged policy as JSON>` when the codec refuses it, and
 * `invalid <name>: <problem>` for the first rule broken.
 *
 * @example
 * makePolicy('vote procedure', VoteProcedure, DEFAULT_VOTE_PROCEDURE, { noticeDays: 7 })
 */
export function makePolicy<Policy extends object>(
  name: string,
  codec: t.Type<Policy, unknown, unknown>,
  defaults: Policy,
  overrides: Partial<Policy>,
  ...rules: readonly PolicyRule<Policy>[]
): Policy {
  const policy = { ...defaults, ...overrides };
  if (!codec.is(policy)) throw new Error(`invalid ${name}: ${JSON.stringify(policy)}`);
  for (const rule of rules) {
    const problem = rule(policy);
    if (problem !== null) throw new Error(`invalid ${name}: ${problem}`);
  }
  return policy;
}

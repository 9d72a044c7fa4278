/**
 * A city's policy: the whole domain's configurable rules in one value — the ledger's time
 * policy and each configurable area's policy (see `areas.ts`) — built from documented
 * defaults and a preset's overrides. Deciding a command depends on the city policy; replaying
 * never does, because each area stamps the values it decided under into its events (the vote
 * procedure into `VoteProposed`, the minimum days into `NoticePublished`, the credit policy
 * into `RedBlackListPublished`).
 */
import { DEFAULT_TIME_POLICY, type TimePolicy } from '@govledger/core';
import * as t from 'io-ts';
import { AREA_POLICIES, type AreaName, type AreaOverrides, type AreaPolicies } from './areas.ts';

/** The most a command may be dated before its recording unless back-filled: 30 days. */
const MAX_BACKDATE_LIMIT_MS = 30 * 86_400_000;

/** Codec of a time policy: a back-dating allowance from 0 to 30 days, in milliseconds. */
export const TimePolicyCodec = t.type(
  {
    maxBackdateMs: t.refinement(
      t.number,
      (n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_BACKDATE_LIMIT_MS,
      'MaxBackdateMs',
    ),
  },
  'TimePolicy',
);

/** A city's rules: its name, the ledger's time policy, and every configurable area's policy. */
export interface CityPolicy {
  readonly name: string;
  readonly time: TimePolicy;
  readonly areas: AreaPolicies;
}

/** What a preset changes: the time policy and any areas' policies, each partially. */
export interface CityOverrides {
  readonly time?: Partial<TimePolicy>;
  readonly areas?: AreaOverrides;
}

/** Each area's policy from its defaults and `overrides` (validated by the area). */
function areaPolicies(overrides: AreaOverrides): AreaPolicies {
  const build = <Name extends AreaName>(name: Name) =>
    (AREA_POLICIES[name] as { make(o: unknown): unknown }).make(overrides[name] ?? {});
  const entries = (Object.keys(AREA_POLICIES) as AreaName[]).map((name) => [name, build(name)]);
  return Object.fromEntries(entries) as AreaPolicies;
}

/**
 * The city policy `name` from the documented defaults and `overrides`. Throws when any part
 * is invalid: a bad policy is a configuration bug, found when the domain is wired.
 */
export function makeCityPolicy(name: string, overrides: CityOverrides = {}): CityPolicy {
  const time = { ...DEFAULT_TIME_POLICY, ...overrides.time };
  if (!TimePolicyCodec.is(time)) throw new Error(`invalid time policy of ${name}: ${JSON.stringify(time)}`);
  return { name, time, areas: areaPolicies(overrides.areas ?? {}) };
}

/** The defaults of every area and of the ledger's clock. */
export const DEFAULT_CITY_POLICY: CityPolicy = makeCityPolicy('default');

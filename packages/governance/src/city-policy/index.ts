/**
 * Per-city configuration of the whole domain: one {@link CityPolicy} composing the ledger's
 * time policy and every configurable area's policy, named presets, and the commands and
 * registry deciding under a city's policy.
 */
export {
  AREA_POLICIES,
  type AreaName,
  type AreaOverrides,
  type AreaPolicies,
  type AreaPolicy,
  type PolicyOf,
} from './areas.ts';
export { cityCommands, cityRegistry } from './commands.ts';
export { type CityOverrides, type CityPolicy, DEFAULT_CITY_POLICY, makeCityPolicy, TimePolicyCodec } from './policy.ts';
export { CITY_PRESETS, type CityPreset, cityNames, cityPolicyNamed } from './presets.ts';

/**
 * Named city presets: each a documented set of overrides of the defaults, citing the local
 * rule it follows. A preset changes only what its city's rules set; everything else keeps
 * the defaults (see docs/events.md, "Per-city configuration").
 */
import { type CityOverrides, type CityPolicy, makeCityPolicy } from './policy.ts';

/** A preset: what it follows, and its overrides. */
export interface CityPreset {
  readonly description: string;
  readonly overrides: CityOverrides;
}

/** Every preset by name. */
export const CITY_PRESETS: Readonly<Record<string, CityPreset>> = {
  default: {
    description: "the documented defaults: the State Council regulation's periods where it sets one",
    overrides: {},
  },
  hangzhou: {
    description: '杭州: a voting window of 5 to 60 days',
    overrides: { areas: { votes: { minWindowDays: 5, maxWindowDays: 60 } } },
  },
  beijing: {
    description: '北京 (物业管理条例 art. 37): the decision published within 3 days',
    overrides: { areas: { votes: { resultNoticeDays: 3 } } },
  },
  qingyuan: {
    description: '清远 (2022, art. 17): results posted for owners’ objections before they take effect, 7 days',
    overrides: { areas: { votes: { objectionDays: 7 } } },
  },
};

/** The preset names, sorted (for help texts and errors). */
export function cityNames(): string[] {
  return Object.keys(CITY_PRESETS).sort();
}

/** The city policy of preset `name`, or null when there is no such preset. */
export function cityPolicyNamed(name: string): CityPolicy | null {
  const preset = Object.hasOwn(CITY_PRESETS, name) ? CITY_PRESETS[name] : undefined;
  return preset ? makeCityPolicy(name, preset.overrides) : null;
}

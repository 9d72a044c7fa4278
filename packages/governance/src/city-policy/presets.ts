/**
 * Named city presets: each a documented set of overrides of the defaults, citing the local
 * rule it follows. A preset changes only what its city's rules set; everything else keeps
 * the defaults (see docs/events.md, "Per-city configuration").
 */
import { FUND_POLICY_PRESETS } from '../fund/policy.ts';
import { LIANYUNGANG_RATINGS_POLICY, SHANGQIU_RATINGS_POLICY } from '../ratings/policy.ts';
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
    description: '杭州: a voting window of 5 to 60 days; drains among the fund emergencies (2021 art. 73)',
    overrides: { areas: { votes: { minWindowDays: 5, maxWindowDays: 60 }, fund: FUND_POLICY_PRESETS.hangzhou } },
  },
  shanghai: {
    description: '上海 (住宅物业管理规定 2020, art. 73): water pumps and tanks among the fund emergencies',
    overrides: { areas: { fund: FUND_POLICY_PRESETS.shanghai } },
  },
  huzhou: {
    description: '湖州: emergency uses of a community’s fund capped at 10% of its initial deposits',
    overrides: { areas: { fund: FUND_POLICY_PRESETS.huzhou } },
  },
  lianyungang: {
    description: '连云港 (2018): a black-listed company may not bid for property tenders',
    overrides: { areas: { ratings: LIANYUNGANG_RATINGS_POLICY } },
  },
  shangqiu: {
    description: '商丘 (2022): a black-listed company is barred from tenders and awards',
    overrides: { areas: { ratings: SHANGQIU_RATINGS_POLICY } },
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

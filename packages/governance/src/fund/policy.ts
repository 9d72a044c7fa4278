/**
 * The fund policy: which emergencies may use the maintenance fund without a vote (应急使用), how
 * much of it they may use, and how soon the repair and its cost must be published afterwards.
 *
 * The national rule (住宅专项维修资金管理办法, 2007, arts. 22 and 24) lets emergency repairs that
 * endanger the building go ahead without the owners' vote; local regulations list the cases.
 * The default list is this ledger's documented reading of the common cases; the presets below
 * follow named local regulations. Rules read the policy when they decide, and the decided
 * events carry what they need (a disbursement names its category, its publicity due date), so a
 * replay never depends on today's configuration.
 */
import * as t from 'io-ts';
import { makePolicy } from '../policy-overrides.ts';
import { boundedInteger } from '../ratings/score.ts';
import { EmergencyKind } from './events.ts';

/** Codec of a fund policy (see {@link DEFAULT_FUND_POLICY} for the meaning of each field). */
export const FundPolicy = t.type(
  {
    emergencyCategories: t.array(EmergencyKind),
    emergencyCapPercentOfInitialDeposits: t.union([boundedInteger('CapPercent', 1, 100), t.null]),
    publicityDays: boundedInteger('PublicityDays', 1, 90),
  },
  'FundPolicy',
);
export type FundPolicy = t.TypeOf<typeof FundPolicy>;

/**
 * The default policy:
 * - emergencies: lift failure 电梯故障, fire-safety equipment 消防设施, leaking roof or pipes
 *   屋面/管道渗漏, dangerous exterior wall 外墙脱落 (the cases every local list shares);
 * - no cap on emergency uses beyond the units' balances;
 * - the repair and its cost are published within 15 days of the payment.
 */
export const DEFAULT_FUND_POLICY: FundPolicy = {
  emergencyCategories: ['lift-failure', 'fire-safety-equipment', 'leaking-roof-or-pipes', 'dangerous-exterior-wall'],
  emergencyCapPercentOfInitialDeposits: null,
  publicityDays: 15,
};

/**
 * Named city presets, each a set of overrides of the default:
 * - `shanghai`: 上海市住宅物业管理规定 (2020) art. 73 adds water pumps and tanks (水泵、水箱) to
 *   the emergencies;
 * - `hangzhou`: 杭州市物业管理条例 (2021) art. 73 adds blocked or broken drains (排水设施);
 * - `huzhou`: Huzhou's rules cap emergency uses of a community's fund at 10% of its initial
 *   deposits (首期交存总额), all emergency uses together.
 */
export const FUND_POLICY_PRESETS: Readonly<Record<'shanghai' | 'hangzhou' | 'huzhou', Partial<FundPolicy>>> = {
  shanghai: { emergencyCategories: [...DEFAULT_FUND_POLICY.emergencyCategories, 'water-pump-or-tank'] },
  hangzhou: { emergencyCategories: [...DEFAULT_FUND_POLICY.emergencyCategories, 'drain-failure'] },
  huzhou: { emergencyCapPercentOfInitialDeposits: 10 },
};

/**
 * A policy built from the defaults and `overrides`. Throws when the result is not a valid
 * policy or lists no emergency (a bad policy is a configuration bug, found when the domain is wired).
 */
export function makeFundPolicy(overrides: Partial<FundPolicy> = {}): FundPolicy {
  return makePolicy('fund policy', FundPolicy, DEFAULT_FUND_POLICY, overrides, (policy) =>
    policy.emergencyCategories.length === 0 ? 'no emergency category listed' : null,
  );
}

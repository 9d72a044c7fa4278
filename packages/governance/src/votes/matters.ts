/**
 * The matters the owners decide together, numbered as in Civil Code art. 278 (民法典第二百七十八条).
 * The number decides the approval rule: matters 6–8 need three quarters, the others more
 * than half (see `tally.ts`).
 */
import * as t from 'io-ts';

/** Every matter of art. 278 by its number, with the Chinese term and an English gloss. */
export const MATTERS = {
  1: '制定和修改业主大会议事规则 (rules of procedure of the owners’ assembly)',
  2: '制定和修改管理规约 (management rules)',
  3: '选举业主委员会或者更换业主委员会成员 (elect the owners’ committee or replace members)',
  4: '选聘和解聘物业服务企业或者其他管理人 (hire or dismiss the property company)',
  5: '使用建筑物及其附属设施的维修资金 (use the maintenance fund)',
  6: '筹集建筑物及其附属设施的维修资金 (raise the maintenance fund)',
  7: '改建、重建建筑物及其附属设施 (rebuild)',
  8: '改变共有部分的用途或者利用共有部分从事经营活动 (change the use of common parts or run a business on them)',
  9: '有关共有和共同管理权利的其他重大事项 (other major matters of common ownership and management)',
} as const;

/** A matter number from 1 to 9. */
export type Matter = keyof typeof MATTERS;

/** Codec of a matter number: an integer from 1 to 9. */
export const Matter = new t.Type<Matter, number, unknown>(
  'Matter',
  (u): u is Matter => typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= 9,
  (u, c) =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= 9
      ? t.success(u as Matter)
      : t.failure(u, c, `the matter must be an integer from 1 to 9 (Civil Code art. 278), got ${JSON.stringify(u)}`),
  t.identity,
);

/** The matter asking to use the maintenance fund: its proposal names the amount requested. */
export const FUND_USE_MATTER: Matter = 5;

/** The matter electing the owners' committee or replacing its members. */
export const COMMITTEE_MATTER: Matter = 3;

/** True for matters 6–8, which need three quarters of the participating area and owners. */
export function needsThreeQuarters(matter: Matter): boolean {
  return matter >= 6 && matter <= 8;
}

/**
 * Owners' votes on everything but elections (about 8 × scale a year): rules of procedure and
 * management rules, hiring a property company (a passed vote is followed by the owners'
 * committee's tender award), raising the fund (a passed vote is followed by the top-up it
 * raised), rebuilding, using common parts, and — about a
 * third of them — using the maintenance fund (matter 5), voted by the owners of the units that
 * will pay (a building, or the community), each passed one followed by the disbursements it
 * authorises. Some pass clearly, some narrowly, some fail for want of
 * participation or (on the three-quarter matters) approval.
 */
import type { Matter } from '../votes/matters.ts';
import type { Intent } from './ballot-plan.ts';
import { cst, DAY_MS, officeTimeAfter } from './calendar.ts';
import { ownersCommittee } from './command.ts';
import { affordable, fundUse } from './disbursement.ts';
import { topUp } from './fund-story.ts';
import type { Random } from './random.ts';
import { awardTender } from './registry-story.ts';
import { type Process, type Step, wait } from './scheduler.ts';
import { holdVote } from './vote.ts';
import type { Community, World } from './world.ts';

/** Votes a year at scale 1 (elections aside). */
export const VOTES_PER_YEAR = 8;

const TITLES: Readonly<Record<number, string>> = {
  1: '修订《业主大会议事规则》',
  2: '修订《管理规约》（电动车停放与充电管理）',
  4: '选聘新的物业服务企业',
  6: '续筹住宅专项维修资金（每平方米30元）',
  7: '改建小区出入口及门岗',
  8: '利用小区公共区域设置广告位和智能快递柜',
  9: '小区智慧安防系统升级改造',
};

const BUILDING_WORKS = ['号楼电梯更新改造', '号楼外墙渗漏维修', '号楼屋面防水翻新'];
const COMMUNITY_WORKS = ['小区雨污管网改造', '消防设施更新改造', '监控及门禁系统更新'];

const MATTER_WEIGHTS = { '5': 32, '1': 8, '2': 10, '4': 8, '6': 12, '7': 8, '8': 12, '9': 10 };

function intentFor(rng: Random, matter: Matter): Intent {
  if (matter === 5) return rng.weighted({ pass: 75, narrow: 10, 'fail-participation': 15 });
  if (matter >= 6 && matter <= 8)
    return rng.weighted({ pass: 40, narrow: 10, 'fail-participation': 20, 'fail-approval': 30 });
  return rng.weighted({ pass: 50, narrow: 15, 'fail-participation': 25, 'fail-approval': 10 });
}

function* fundVote(world: World, rng: Random, community: Community, atMs: number): Generator<Step> {
  const building = rng.between(1, community.roster.buildings);
  const perBuilding = rng.chance(0.6);
  const chargedUnitIds = perBuilding
    ? community.roster.units.filter((u) => u.building === building).map((u) => u.unitId)
    : null;
  if (chargedUnitIds !== null && chargedUnitIds.length === 0) return;
  const purpose = perBuilding ? `${building}${rng.pick(BUILDING_WORKS)}` : rng.pick(COMMUNITY_WORKS);
  const requestedAmountFen = Math.min(
    Math.floor((affordable(world, community, chargedUnitIds) * 0.8) / 100) * 100,
    rng.between(50, 800) * 100_000,
  );
  if (requestedAmountFen <= 0) return;
  const committee = ownersCommittee(community.id);
  const intent = intentFor(rng, 5);
  const result = yield* holdVote(
    world,
    rng,
    {
      community,
      matter: 5,
      title: `使用维修资金：${purpose}`,
      intent,
      requestedAmountFen,
      convener: committee,
      // Who votes is who pays: a building's works are voted by that building's owners.
      ...(perBuilding ? { buildings: [building] } : {}),
    },
    atMs,
  );
  if (!result.outcome.passed) return;
  const split = rng.chance(0.3);
  const first = split ? Math.floor((requestedAmountFen * 0.6) / 100) * 100 : requestedAmountFen;
  const parts = split ? [first, requestedAmountFen - first] : [first];
  let t = result.certifiedAtMs;
  for (const [i, amountFen] of parts.entries()) {
    t = officeTimeAfter(rng, t, rng.between(3, 10) * DAY_MS);
    yield wait(t);
    const payeeId = i === 0 ? `contractor-${community.town.id}-${rng.between(1, 9)}` : community.companyId;
    t = yield* fundUse(
      world,
      rng,
      community,
      {
        purpose: parts.length > 1 ? `${purpose}（第${i + 1}期）` : purpose,
        amountFen,
        authority: { kind: 'vote', voteId: result.voteId },
        chargedUnitIds,
        payeeId,
      },
      t,
    );
  }
}

function* otherVote(world: World, rng: Random, community: Community, matter: Matter, atMs: number): Generator<Step> {
  const committee = ownersCommittee(community.id);
  const title = TITLES[matter] ?? '其他共有和共同管理权利的重大事项';
  const result = yield* holdVote(
    world,
    rng,
    { community, matter, title, intent: intentFor(rng, matter), convener: committee },
    atMs,
  );
  if (!result.outcome.passed) return;
  if (matter === 6) {
    const t = officeTimeAfter(rng, result.certifiedAtMs, rng.between(10, 30) * DAY_MS);
    yield wait(t);
    yield* topUp(world, community, result.voteId, t);
    return;
  }
  if (matter !== 4) return;
  const t = officeTimeAfter(rng, result.certifiedAtMs, rng.between(10, 30) * DAY_MS);
  yield wait(t);
  yield awardTender(world, rng, t, committee, community.id, rng.pick(world.companies).id);
}

/** The votes of the period, started on their day. */
export function* voteStory(world: World, rng: Random): Generator<Step> {
  const perYear = Math.round(VOTES_PER_YEAR * world.scale);
  const starts: number[] = [];
  for (let year = 2022; year <= 2024; year++) {
    for (let k = 0; k < perYear; k++) starts.push(officeTimeAfter(rng, cst(year, 2, 1), rng.between(0, 300) * DAY_MS));
  }
  starts.sort((a, b) => a - b);
  for (const [i, at] of starts.entries()) {
    yield wait(at);
    const local = rng.fork(`vote-${i}`);
    const candidates = world.communities.filter((c) => c.hasCommittee);
    const community = local.pick(candidates);
    const matter = Number(local.weighted(MATTER_WEIGHTS)) as Matter;
    const process: Process =
      matter === 5 ? fundVote(world, local, community, at) : otherVote(world, local, community, matter, at);
    yield { atMs: at, spawn: [process] };
  }
}

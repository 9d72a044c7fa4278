/**
 * Everyday notices 公示公告 of property companies: water and power cuts, lift maintenance,
 * fire drills, fee standards (about thirty a year). A few are withdrawn by their publisher
 * because a date was wrong and published again, corrected.
 */
import { cst, DAY_MS, HOUR_MS, officeTimeAfter } from './calendar.ts';
import { act, propertyCompany } from './command.ts';
import type { Random } from './random.ts';
import { emit, type Process, type Step, wait } from './scheduler.ts';
import type { World } from './world.ts';

const TITLES = [
  '停水通知（二次供水水箱清洗）',
  '停电通知（配电设施检修）',
  '电梯年度维护保养公告',
  '消防演练通知',
  '物业服务收费标准公示',
  '小区绿化补植公告',
  '化粪池清掏作业公告',
];

function* notice(world: World, rng: Random, atMs: number): Generator<Step> {
  yield wait(atMs);
  const community = rng.pick(world.communities);
  const publisher = propertyCompany(community.companyId);
  const title = `${community.name}${rng.pick(TITLES)}`;
  const n = world.next('notice');
  const publish = (noticeId: string, at: number) =>
    emit(
      at,
      act('PublishNotice', publisher, at, {
        noticeId,
        communityId: community.id,
        kind: 'general',
        title,
        disclosureUntil: new Date(at + rng.between(7, 10) * DAY_MS).toISOString(),
        documentSha256: rng.hex(64),
      }),
    );
  const noticeId = `notice-general-${String(n).padStart(5, '0')}`;
  yield publish(noticeId, atMs);
  if (!rng.chance(0.08)) return;
  const withdrawnAt = officeTimeAfter(rng, atMs, rng.between(2, 30) * HOUR_MS);
  yield emit(
    withdrawnAt,
    act('WithdrawNotice', publisher, withdrawnAt, { noticeId, reason: '通知时间有误，撤回后重新发布' }),
  );
  yield publish(`${noticeId}-corrected`, withdrawnAt + HOUR_MS);
}

/** The notices of the period, started on their day. */
export function* noticesStory(world: World, rng: Random): Generator<Step> {
  const times = Array.from({ length: 90 }, () =>
    officeTimeAfter(rng, cst(2022, 1, 10), rng.between(0, 1080) * DAY_MS),
  ).sort((a, b) => a - b);
  for (const [i, at] of times.entries()) {
    if (at >= cst(2024, 12, 28)) continue;
    yield wait(at);
    const process: Process = notice(world, rng.fork(`notice-${i}`), at);
    yield { atMs: at, spawn: [process] };
  }
}

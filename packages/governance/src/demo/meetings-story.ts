/**
 * Regular four-party joint meetings 联席会议 on livelihood, parking and waste sorting: one or
 * two a month across the city. Each records one to three resolutions; most are carried out
 * on time, some late, a few are still open at the end.
 */
import { cst, DAY_MS, officeTimeAfter } from './calendar.ts';
import { completeResolution, planMeeting, type Topic } from './meeting.ts';
import type { Random } from './random.ts';
import { emit, type Process, type Step, wait } from './scheduler.ts';
import type { World } from './world.ts';

const TOPICS: readonly Topic[] = [
  { kind: 'parking', summary: '小区停车位不足与消防通道占用问题' },
  { kind: 'parking', summary: '非机动车停放和充电设施建设' },
  { kind: 'waste-sorting', summary: '垃圾分类投放点设置与清运时间' },
  { kind: 'livelihood', summary: '老旧电梯更新改造资金筹集' },
  { kind: 'livelihood', summary: '独居老人关爱和助餐服务' },
  { kind: 'other', summary: '小区公共区域经营行为治理' },
];

function* meeting(world: World, rng: Random, atMs: number): Generator<Step> {
  yield wait(atMs);
  const community = rng.pick(world.communities);
  const meetingId = `jm-${String(world.next('meeting')).padStart(5, '0')}`;
  const topics = rng.shuffle([...TOPICS]).slice(0, rng.between(1, 3));
  const planned = planMeeting(rng, meetingId, community, atMs, topics, rng.between(1, 3));
  yield emit(atMs, planned.convene);
  for (const { command } of planned.resolutions) yield emit(Date.parse(command.occurredAt), command);
  const completions = planned.resolutions
    .filter(() => rng.chance(0.88))
    .map(({ plan }) => {
      const recorded = atMs + DAY_MS;
      const at = rng.chance(0.8)
        ? officeTimeAfter(rng, recorded, Math.floor((plan.dueAtMs - recorded) * rng.uniform(0.2, 0.8)))
        : officeTimeAfter(rng, plan.dueAtMs, rng.between(2, 20) * DAY_MS);
      return { at, plan };
    })
    .sort((a, b) => a.at - b.at);
  for (const { at, plan } of completions) yield emit(at, completeResolution(meetingId, plan, at));
}

/** The regular meetings: their processes start on their day. */
export function* meetingsStory(world: World, rng: Random): Generator<Step> {
  for (let year = 2022; year <= 2024; year++) {
    for (let month = 1; month <= 12; month++) {
      const count = rng.between(1, 2);
      const times = Array.from({ length: count }, () =>
        officeTimeAfter(rng, cst(year, month, rng.between(5, 26)), 0),
      ).sort((a, b) => a - b);
      for (const [i, at] of times.entries()) {
        yield wait(at);
        const process: Process = meeting(world, rng.fork(`meeting-${year}-${month}-${i}`), at);
        yield { atMs: at, spawn: [process] };
      }
    }
  }
}

/**
 * Quarterly ratings 物业服务质量评价 and the red-black list 红黑榜: in the last month of each
 * quarter the housing bureau rates every managed project, corrects a few ratings on review,
 * publishes the quarter's list (its credit consequences follow from the policy) and announces
 * it. The weak company's projects fall on the black list twice within four quarters in 2023,
 * which suspends its tender eligibility for a year.
 */
import { compileRedBlackList } from '../ratings/consequences.ts';
import { DEFAULT_GRADE_SCALE, gradesAllowing } from '../ratings/grade-scale.ts';
import { DEFAULT_CREDIT_POLICY } from '../ratings/policy.ts';
import type { Grade } from '../ratings/score.ts';
import { cst, DAY_MS, HOUR_MS, MINUTE_MS, monthsOfQuarter, PERIOD_QUARTERS } from './calendar.ts';
import { act, HOUSING_BUREAU } from './command.ts';
import { WEAK_COMPANY_ID } from './places.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { World } from './world.ts';

/** The grade a score earns under the default scale, whose bands do not overlap. */
function gradeOf(score: number): Grade {
  const [grade] = gradesAllowing(DEFAULT_GRADE_SCALE, score);
  if (grade === undefined) throw new Error(`the default grade scale has no grade for ${score}`);
  return grade;
}

/** Quarters in which the weak company's projects are rated below 60. */
const WEAK_QUARTERS = new Set(['2023Q1', '2023Q2', '2024Q3']);

function scoreOf(world: World, rng: Random, companyId: string, quarter: string, projectBias: number): number {
  if (companyId === WEAK_COMPANY_ID && WEAK_QUARTERS.has(quarter)) return rng.between(48, 58);
  const quality = world.companies.find((c) => c.id === companyId)?.quality ?? 78;
  const score = Math.round(rng.normal(quality + projectBias, 4.5));
  return Math.max(35, Math.min(99, score));
}

/** The ratings story: twelve quarters of ratings and lists. */
export function* ratingsStory(world: World, rng: Random): Generator<Step> {
  const bias = new Map<string, number>();
  for (const { year, quarter, name } of PERIOD_QUARTERS) {
    const month = monthsOfQuarter(quarter)[2];
    let at = cst(year, month, 10 + rng.int(4), 9, 0);
    yield wait(at);
    const ratings = new Map<string, { companyId: string; score: number; grade: Grade }>();
    for (const projectId of [...world.projectCompany.keys()]) {
      at += rng.between(1, 4) * MINUTE_MS;
      yield wait(at);
      const companyId = world.projectCompany.get(projectId);
      if (companyId === null || companyId === undefined) continue;
      if (!bias.has(projectId)) bias.set(projectId, rng.normal(0, 3));
      const score = scoreOf(world, rng, companyId, name, bias.get(projectId) ?? 0);
      const grade = gradeOf(score);
      ratings.set(projectId, { companyId, score, grade });
      yield emit(at, act('RateProject', HOUSING_BUREAU, at, { quarter: name, projectId, score, grade }));
    }
    at = cst(year, month, 18, 10);
    yield wait(at);
    for (let i = rng.between(0, 3); i > 0; i--) {
      const [projectId, current] = rng.pick([...ratings]);
      if (current.companyId === WEAK_COMPANY_ID) continue;
      const score = Math.max(0, Math.min(100, current.score + rng.pick([-3, -2, 2, 3, 4])));
      const grade = gradeOf(score);
      if (score === current.score && grade === current.grade) continue;
      ratings.set(projectId, { ...current, score, grade });
      at += rng.between(5, 40) * MINUTE_MS;
      const reason = score > current.score ? '企业申请复核，补充材料后更正评分' : '抽查复核发现问题，更正评分';
      yield emit(at, act('CorrectRating', HOUSING_BUREAU, at, { quarter: name, projectId, score, grade, reason }));
    }
    const publishedAt = cst(year, month, 22, 15) + rng.int(60) * MINUTE_MS;
    yield wait(publishedAt);
    world.lists.set(name, compileRedBlackList(name, ratings, DEFAULT_CREDIT_POLICY, world.lists));
    yield emit(publishedAt, act('PublishRedBlackList', HOUSING_BUREAU, publishedAt, { quarter: name }));
    const noticeAt = publishedAt + 2 * HOUR_MS;
    yield emit(
      noticeAt,
      act('PublishNotice', HOUSING_BUREAU, noticeAt, {
        noticeId: `notice-red-black-${name}`,
        communityId: 'zjg',
        kind: 'red-black-list',
        title: `${year}年第${quarter}季度全市商品住宅小区物业服务质量“红黑榜”`,
        subjectId: name,
        disclosureUntil: new Date(noticeAt + 15 * DAY_MS).toISOString(),
        documentSha256: rng.hex(64),
      }),
    );
  }
}

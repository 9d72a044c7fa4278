/**
 * Public income 公共收益 from the owners' common parts in ten communities with owners'
 * committees: at the end of each quarter the property company books the quarter's parking,
 * advertising and venue income month by month, the owners' committee allocates most of what is
 * unallocated — to the maintenance fund (then deposited by the fund centre, shared by area),
 * to common expenses or to the owners — and the income is disclosed and announced.
 */
import { apportionByArea, chargesOf } from '../fund/apportion.ts';
import { cst, DAY_MS, HOUR_MS, MINUTE_MS, monthsOfQuarter, officeTimeAfter, PERIOD_QUARTERS } from './calendar.ts';
import { act, ownersCommittee, propertyCompany } from './command.ts';
import { depositCommand } from './fund-story.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { Community, World } from './world.ts';

const TARGETS = { 'maintenance-fund': 40, expenses: 40, owners: 20 } as const;
const PURPOSES = {
  'maintenance-fund': '转入住宅专项维修资金',
  expenses: '用于小区公共设施日常维护',
  owners: '按专有面积分配给全体业主',
} as const;

const month = (year: number, m: number): string => `${year}-${String(m).padStart(2, '0')}`;

function* quarter(
  world: World,
  rng: Random,
  community: Community,
  year: number,
  q: number,
  unallocated: { fen: number },
): Generator<Step> {
  const [m1, , m3] = monthsOfQuarter(q);
  let t = officeTimeAfter(rng, cst(year, m3, rng.between(20, 24)), 0);
  yield wait(t);
  const company = propertyCompany(community.companyId);
  const book = (source: string, amountFen: number, period: string, description: string) => {
    unallocated.fen += amountFen;
    t += rng.between(2, 10) * MINUTE_MS;
    const incomeId = `pi-${String(world.next('public-income')).padStart(6, '0')}`;
    return emit(
      t,
      act('RecordPublicIncome', company, t, {
        communityId: community.id,
        incomeId,
        source,
        amountFen,
        period,
        description,
      }),
    );
  };
  for (const m of monthsOfQuarter(q))
    yield book('parking', rng.between(3_000, 20_000) * 100, month(year, m), '地面临时停车收入');
  yield book('advertising', rng.between(5_000, 30_000) * 100, month(year, m3), '电梯轿厢及道闸广告收入');
  if (rng.chance(0.5))
    yield book('venue-rental', rng.between(500, 3_000) * 100, month(year, m1), '公共活动室场地租赁收入');
  const committee = ownersCommittee(community.id);
  t = officeTimeAfter(rng, t, rng.between(1, 3) * DAY_MS);
  const target = rng.weighted(TARGETS);
  const amountFen = Math.floor((unallocated.fen * rng.uniform(0.6, 0.9)) / 100) * 100;
  if (amountFen > 0) {
    unallocated.fen -= amountFen;
    const allocationId = `pa-${String(world.next('public-income-allocation')).padStart(5, '0')}`;
    yield emit(
      t,
      act('AllocatePublicIncome', committee, t, {
        communityId: community.id,
        allocationId,
        target,
        amountFen,
        purpose: PURPOSES[target],
      }),
    );
    if (target === 'maintenance-fund') {
      const at = officeTimeAfter(rng, t, rng.between(1, 4) * DAY_MS);
      yield wait(at);
      const shares = chargesOf(apportionByArea(amountFen, community.roster.units));
      for (let i = 0; i < shares.length; i += 500)
        yield emit(at, depositCommand(world, community, at, 'public-income', shares.slice(i, i + 500)));
      t = at;
    }
  }
  t = officeTimeAfter(rng, t, rng.between(1, 2) * DAY_MS);
  const disclosureId = `pd-${String(world.next('public-income-disclosure')).padStart(5, '0')}`;
  const discloser = rng.chance(0.6) ? committee : company;
  yield emit(
    t,
    act('DisclosePublicIncome', discloser, t, {
      communityId: community.id,
      disclosureId,
      periodFrom: month(year, m1),
      periodTo: month(year, m3),
      documentSha256: rng.hex(64),
    }),
  );
  t += HOUR_MS;
  yield emit(
    t,
    act('PublishNotice', discloser, t, {
      noticeId: `notice-${disclosureId}`,
      communityId: community.id,
      kind: 'public-income',
      title: `${community.name}${year}年第${q}季度公共收益收支情况公示`,
      subjectId: disclosureId,
      disclosureUntil: new Date(t + rng.between(7, 15) * DAY_MS).toISOString(),
    }),
  );
}

/** The public income story of the period. */
export function* publicIncomeStory(world: World, rng: Random): Generator<Step> {
  const communities = rng.shuffle(world.communities.filter((c) => c.hasCommittee)).slice(0, 10);
  const ledgers = new Map(communities.map((c) => [c.id, { fen: 0 }]));
  for (const { year, quarter: q } of PERIOD_QUARTERS) {
    const start = cst(year, monthsOfQuarter(q)[2], 19);
    yield wait(start);
    for (const community of communities) {
      yield {
        atMs: start,
        spawn: [
          quarter(
            world,
            rng.fork(`${community.id}-${year}Q${q}`),
            community,
            year,
            q,
            ledgers.get(community.id) ?? { fen: 0 },
          ),
        ],
      };
    }
  }
}

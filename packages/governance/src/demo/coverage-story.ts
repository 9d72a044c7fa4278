/**
 * Old-community coverage 老旧小区物业管理全覆盖 under the 2023–2025 plan (张政办〔2023〕28号):
 * from June 2023 each street office registers its old communities, registers management
 * areas 物业管理区域 by name in the registry and designates them over the communities, and covers each one by a market company, a state-owned company, shared
 * service or owners' self-management — a few change mode or are withdrawn and covered again —
 * until, by the end of May 2024, all 363 old communities in 104 areas are covered: the
 * source's reply, dated 10 June 2024, reports full coverage.
 */
import { cst, DAY_MS, MINUTE_MS, officeTimeAfter } from './calendar.ts';
import { act, HOUSING_BUREAU, streetOffice } from './command.ts';
import { partition } from './party-story.ts';
import { oldCommunityNames, SHARED_SERVICE_COMPANY_ID, TOWNS, WEAK_COMPANY_ID } from './places.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { World } from './world.ts';

type Mode = 'market-company' | 'state-owned-company' | 'shared-service' | 'owner-self-management';

interface Timed {
  readonly at: number;
  readonly command: string;
  readonly townId: string;
  readonly data: Record<string, unknown>;
}

function coverageOf(world: World, rng: Random, mode: Mode): { mode: Mode; companyId?: string } {
  switch (mode) {
    case 'market-company': {
      const market = world.companies.filter(
        (c) => !c.stateOwned && c.id !== SHARED_SERVICE_COMPANY_ID && c.id !== WEAK_COMPANY_ID,
      );
      return { mode, companyId: rng.pick(market).id };
    }
    case 'state-owned-company':
      return { mode, companyId: rng.pick(world.companies.filter((c) => c.stateOwned)).id };
    case 'shared-service':
      return rng.chance(0.7) ? { mode, companyId: SHARED_SERVICE_COMPANY_ID } : { mode };
    case 'owner-self-management':
      return { mode };
  }
}

const MODE_WEIGHTS = {
  'market-company': 42,
  'state-owned-company': 25,
  'shared-service': 22,
  'owner-self-management': 11,
};

/** The last day a community is first covered (Friday 24 May 2024, CST). */
const COVERED_BY = cst(2024, 5, 24);
/**
 * A change of mode or a withdrawal follows only a coverage before this, so the community is
 * covered again (at most about 105 days later) before the reply of 10 June 2024.
 */
const LAST_CHANGE_FROM = cst(2024, 2, 1);

/** The coverage story. */
export function* coverageStory(world: World, rng: Random): Generator<Step> {
  const planAt = cst(2023, 5, 16, 10);
  yield emit(
    planAt,
    act('PublishNotice', HOUSING_BUREAU, planAt, {
      noticeId: 'notice-old-community-plan-2023',
      communityId: 'zjg',
      kind: 'general',
      title: '张家港市老旧小区物业管理全覆盖实施方案（2023-2025年）（张政办〔2023〕28号）',
      disclosureUntil: new Date(planAt + 30 * DAY_MS).toISOString(),
      documentSha256: rng.hex(64),
    }),
  );
  const acts: Timed[] = [];
  for (const town of TOWNS) {
    const names = oldCommunityNames(town, town.oldCommunities);
    const ids = names.map((_, i) => `old-${town.id}-${String(i + 1).padStart(3, '0')}`);
    ids.forEach((communityId, i) => {
      const at = officeTimeAfter(rng, cst(2023, 6, 1), rng.between(0, 90) * DAY_MS);
      acts.push({
        at,
        command: 'RegisterOldCommunity',
        townId: town.id,
        data: { communityId, name: names[i], town: town.name },
      });
    });
    const sizes = partition(rng, town.oldCommunities, town.managementAreas, 1);
    let offset = 0;
    sizes.forEach((size, a) => {
      const areaId = `area-${town.id}-${String(a + 1).padStart(2, '0')}`;
      const members = ids.slice(offset, offset + size);
      offset += size;
      const designatedAt = officeTimeAfter(rng, cst(2023, 9, 1), rng.between(0, 150) * DAY_MS);
      // The street office registers the area with its name in the registry, then designates it.
      acts.push({
        at: designatedAt - 10 * MINUTE_MS,
        command: 'RegisterManagementArea',
        townId: town.id,
        data: { areaId, name: `${town.name}第${a + 1}物业管理区域`, town: town.name },
      });
      acts.push({
        at: designatedAt,
        command: 'DesignateManagementArea',
        townId: town.id,
        data: { areaId, town: town.name, communityIds: members },
      });
      for (const communityId of members) {
        const first = coverageOf(world, rng, rng.weighted(MODE_WEIGHTS));
        const coveredAt = officeTimeAfter(rng, designatedAt, rng.between(7, 120) * DAY_MS);
        const latest = COVERED_BY;
        const at = Math.min(coveredAt, officeTimeAfter(rng, latest, 0));
        acts.push({ at, command: 'AssignCoverageMode', townId: town.id, data: { communityId, areaId, ...first } });
        const change = rng.float();
        if (change < 0.02 && at < LAST_CHANGE_FROM) {
          // Owners who managed themselves ask for shared service (or another change of mode).
          const second = coverageOf(
            world,
            rng,
            first.mode === 'shared-service' ? 'state-owned-company' : 'shared-service',
          );
          const later = officeTimeAfter(rng, at, rng.between(30, 80) * DAY_MS);
          acts.push({
            at: later,
            command: 'AssignCoverageMode',
            townId: town.id,
            data: { communityId, areaId, ...second },
          });
        } else if (change < 0.03 && at < LAST_CHANGE_FROM && first.companyId !== undefined) {
          const withdrawnAt = officeTimeAfter(rng, at, rng.between(30, 60) * DAY_MS);
          acts.push({
            at: withdrawnAt,
            command: 'WithdrawCoverage',
            townId: town.id,
            data: { communityId, reason: '原服务企业合同到期退出，待重新落实管理方式' },
          });
          const again = coverageOf(world, rng, 'state-owned-company');
          const coveredAgain = officeTimeAfter(rng, withdrawnAt, rng.between(15, 40) * DAY_MS);
          acts.push({
            at: coveredAgain,
            command: 'AssignCoverageMode',
            townId: town.id,
            data: { communityId, areaId, ...again },
          });
        }
      }
    });
  }
  const order = [
    'RegisterOldCommunity',
    'RegisterManagementArea',
    'DesignateManagementArea',
    'AssignCoverageMode',
    'WithdrawCoverage',
  ];
  acts.sort((a, b) => a.at - b.at || order.indexOf(a.command) - order.indexOf(b.command));
  for (const a of acts) {
    yield wait(a.at);
    yield emit(a.at, act(a.command, streetOffice(a.townId), a.at, a.data));
  }
}

/**
 * Pilots and demonstration sites 试点与示范点, as the source counts them at the end: 40 red
 * property pilot projects (launched in waves in 2022 and 2023); 8 Suzhou municipal
 * demonstration sites (nine awarded in November 2022, one revoked after review in 2024); 3
 * provincial sites (悦盛花苑, 金香花园, 君临新城, April 2023); the community post station at
 * 君临新城; five Suzhou 社区+物业+养老 pilots led by 汇金中心 and the 物业+养老 digital-home
 * pilot of MOHURD and MIIT over the same five projects.
 */
import { cst, MINUTE_MS } from './calendar.ts';
import { act, HOUSING_BUREAU } from './command.ts';
import { JUNLIN_ID } from './places.ts';
import type { Random } from './random.ts';
import { emit, type Step, wait } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** Red property pilot projects (the source's 40). */
export const RED_PROPERTY_PILOTS = 40;

const SUZHOU_TITLE = '苏州市党建引领物业管理服务工作市级示范点';
const PROVINCIAL_TITLE = '江苏省党建引领物业服务管理工作省级示范点';

/** The pilots and demonstration-sites story. */
export function* pilotsStory(world: World, rng: Random): Generator<Step> {
  const named = world.communities.filter((c) => c.seed.distinction !== 'none');
  const others = rng.shuffle(
    world.communities.filter((c) => c.seed.distinction === 'none' && c.companyId !== 'co-ruifeng'),
  );
  const red = [...named, ...others.slice(0, RED_PROPERTY_PILOTS - named.length)];
  const revoked = others[0] as Community;
  const waves = [
    cst(2022, 3, 18, 10),
    cst(2022, 6, 17, 10),
    cst(2022, 9, 16, 10),
    cst(2023, 3, 17, 10),
    cst(2023, 6, 16, 10),
    cst(2023, 9, 15, 10),
    cst(2023, 11, 17, 10),
  ];
  const launches: { at: number; community: Community; n: number }[] = red.map((community, i) => ({
    at: (waves[Math.floor((i * waves.length) / red.length)] ?? 0) + i * 5 * MINUTE_MS,
    community,
    n: i + 1,
  }));
  const events: { at: number; step: () => Step }[] = launches.map(({ at, community, n }) => ({
    at,
    step: () =>
      emit(
        at,
        act('LaunchPilotProject', HOUSING_BUREAU, at, {
          pilotId: `red-${String(n).padStart(2, '0')}`,
          kind: 'red-property',
          name: `${community.name}“红色物业”试点`,
          projectIds: [community.id],
        }),
      ),
  }));
  const award = (at: number, community: Community, level: 'provincial' | 'suzhou-municipal') => ({
    at,
    step: () =>
      emit(
        at,
        act('AwardDemonstrationSite', HOUSING_BUREAU, at, {
          projectId: community.id,
          level,
          title: level === 'provincial' ? PROVINCIAL_TITLE : SUZHOU_TITLE,
        }),
      ),
  });
  const suzhou = [...named.filter((c) => c.seed.distinction === 'suzhou'), revoked];
  for (const [i, c] of suzhou.entries())
    events.push(award(cst(2022, 11, 18, 10) + i * MINUTE_MS, c, 'suzhou-municipal'));
  const provincial = named.filter((c) => c.seed.distinction === 'provincial');
  for (const [i, c] of provincial.entries()) events.push(award(cst(2023, 4, 20, 10) + i * MINUTE_MS, c, 'provincial'));
  const revokedAt = cst(2024, 5, 10, 15);
  events.push({
    at: revokedAt,
    step: () =>
      emit(
        revokedAt,
        act('RevokeDemonstration', HOUSING_BUREAU, revokedAt, {
          projectId: revoked.id,
          level: 'suzhou-municipal',
          reason: '年度复核未达标（投诉办结率和满意度低于示范点标准），撤销市级示范点称号',
        }),
      ),
  });
  const elderly = named.filter((c) => c.seed.distinction === 'elderly-care');
  elderly.forEach((c, i) => {
    const at = cst(2023, 7, 12, 10) + i * MINUTE_MS;
    events.push({
      at,
      step: () =>
        emit(
          at,
          act('LaunchPilotProject', HOUSING_BUREAU, at, {
            pilotId: `elderly-care-${i + 1}`,
            kind: 'property-elderly-care',
            name: `${c.name}“社区+物业+养老”试点`,
            projectIds: [c.id],
            designatedBy: '苏州市民政局、苏州市住房和城乡建设局',
          }),
        ),
    });
  });
  const stationAt = cst(2023, 8, 8, 10);
  events.push({
    at: stationAt,
    step: () =>
      emit(
        stationAt,
        act('LaunchPilotProject', HOUSING_BUREAU, stationAt, {
          pilotId: 'post-station-junlin',
          kind: 'post-station',
          name: '君临新城“红色物业·住区驿站”新时代文明实践点',
          projectIds: [JUNLIN_ID],
        }),
      ),
  });
  const digitalAt = cst(2023, 10, 26, 10);
  events.push({
    at: digitalAt,
    step: () =>
      emit(
        digitalAt,
        act('LaunchPilotProject', HOUSING_BUREAU, digitalAt, {
          pilotId: 'digital-home-1',
          kind: 'digital-home',
          name: '“物业+养老”数字家庭建设试点',
          projectIds: elderly.map((c) => c.id),
          designatedBy: '住房和城乡建设部、工业和信息化部',
        }),
      ),
  });
  events.sort((a, b) => a.at - b.at);
  for (const e of events) {
    yield wait(e.at);
    yield e.step();
  }
}

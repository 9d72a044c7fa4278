/**
 * The register of the property market: on the first day of 2022 the housing bureau registers
 * every property company and managed project (before any other act names them); during 2023–2024 four new developments are
 * registered and their developers award the 前期物业管理 tender to a company whose tender
 * eligibility is not suspended by the red-black list.
 */
import { tenderSuspendedThrough } from '../ratings/consequences.ts';
import { quarterOf } from '../ratings/quarter.ts';
import { cst, DAY_MS, iso, MINUTE_MS, officeTimeAfter } from './calendar.ts';
import { act, type DemoActor, developer, HOUSING_BUREAU } from './command.ts';
import { NEW_DEVELOPMENTS, WEAK_COMPANY_ID } from './places.ts';
import type { Random } from './random.ts';
import { emit, type Process, type Step, wait } from './scheduler.ts';
import type { World } from './world.ts';

/** The companies that may be awarded a tender at `atMs`, as far as the published lists say. */
export function eligibleCompanies(world: World, atMs: number): string[] {
  const quarter = quarterOf(iso(atMs));
  const lists = new Map([...world.lists].filter(([q]) => q < quarter));
  return world.companies.map((c) => c.id).filter((id) => tenderSuspendedThrough(id, quarter, lists) === null);
}

/**
 * Records a tender award of `projectId` to a company other than its current one, preferring
 * `preferred` when eligible, and updates the world.
 */
export function awardTender(
  world: World,
  rng: Random,
  atMs: number,
  actor: DemoActor,
  projectId: string,
  preferred: string,
): Step {
  const awardedAtMs = atMs - DAY_MS;
  const current = world.projectCompany.get(projectId) ?? null;
  const eligible = eligibleCompanies(world, awardedAtMs).filter((id) => id !== current && id !== 'co-linli');
  const companyId = eligible.includes(preferred) ? preferred : rng.pick(eligible);
  world.projectCompany.set(projectId, companyId);
  const community = world.byId.get(projectId);
  if (community) community.companyId = companyId;
  return emit(atMs, act('RecordTenderAward', actor, atMs, { projectId, companyId, awardedAt: iso(awardedAtMs) }));
}

/** The register story. */
export function* registryStory(world: World): Generator<Step> {
  // The register comes first, on the first simulated day: every later act names a
  // registered company and project, and the rules refuse any other.
  let at = cst(2022, 1, 1, 0, 1);
  for (const company of world.companies) {
    at += MINUTE_MS;
    yield emit(at, act('RegisterPropertyCompany', HOUSING_BUREAU, at, { companyId: company.id, name: company.name }));
  }
  at = cst(2022, 1, 1, 2, 0);
  for (const community of world.communities) {
    at += MINUTE_MS;
    world.projectCompany.set(community.id, community.companyId);
    yield emit(
      at,
      act('RegisterProject', HOUSING_BUREAU, at, {
        projectId: community.id,
        name: community.name,
        communityId: community.id,
        town: community.town.name,
        companyId: community.companyId,
      }),
    );
  }
}

/** One new development: registered without a company, its tender awarded two to three months later. */
function* newDevelopment(world: World, rng: Random, index: number): Generator<Step> {
  const project = NEW_DEVELOPMENTS[index];
  if (!project) return;
  const town = world.towns.get(project.townId);
  const registeredAt = officeTimeAfter(rng, cst(2023, 2 + index * 5, 10), 0);
  yield wait(registeredAt);
  world.projectCompany.set(project.id, null);
  const data = {
    projectId: project.id,
    name: project.name,
    communityId: project.id,
    town: town?.name ?? project.townId,
  };
  yield emit(registeredAt, act('RegisterProject', HOUSING_BUREAU, registeredAt, data));
  const awardedAt = officeTimeAfter(rng, registeredAt, rng.between(60, 90) * DAY_MS);
  yield wait(awardedAt);
  // The weak company bids for every tender; the published lists decide whether it may win.
  yield awardTender(world, rng, awardedAt, developer(project.id), project.id, WEAK_COMPANY_ID);
}

/** Every new development's story. */
export function newDevelopmentStories(world: World, rng: Random): Process[] {
  return NEW_DEVELOPMENTS.map((_, i) => newDevelopment(world, rng.fork(`new-${i}`), i));
}

/**
 * The demo's world: the companies, the communities with their rosters and managing companies,
 * the projects awaiting a tender, the red-black lists published so far and the fund balances.
 * Built once from the seed and the scale, then changed only by the demo's own processes at the
 * moment they emit the matching command, so it always mirrors what the ledger holds.
 */
import type { PublishedList } from '../ratings/aggregate.ts';
import { FundModel } from './fund-model.ts';
import { personId } from './people.ts';
import {
  COMPANIES,
  type CompanySeed,
  NAMED_PROJECTS,
  NEW_DEVELOPMENTS,
  PARTY_COMPANY_COUNT,
  type ProjectSeed,
  TOWNS,
  type Town,
  unnamedProjects,
  WEAK_COMPANY_ID,
} from './places.ts';
import type { Random } from './random.ts';
import { buildRoster, type Roster } from './roster.ts';

/** A community with a roster: one of the 60 managed projects. */
export interface Community {
  readonly id: string;
  readonly name: string;
  readonly town: Town;
  readonly seed: ProjectSeed;
  /** The company managing it now (changed by tender awards). */
  companyId: string;
  readonly roster: Roster;
  /** The developer's name (owner of the unsold units). */
  readonly developerName: string;
  /** True while an owners' committee sits (elections set it). */
  hasCommittee: boolean;
  /** Sitting committee members (person ids), when elected during the period. */
  members: string[];
  /** Fen per hundredth of m² of the initial fund deposit (60–90 yuan/m²). */
  readonly depositRate: number;
}

/** Which commands the registry runs: areas not wired yet are left out of the demo. */
export type KnowsCommand = (command: string) => boolean;

/** The world of one demo run. */
export interface World {
  readonly seed: number;
  readonly scale: number;
  readonly knows: KnowsCommand;
  readonly companies: readonly CompanySeed[];
  readonly towns: ReadonlyMap<string, Town>;
  readonly communities: readonly Community[];
  readonly byId: ReadonlyMap<string, Community>;
  /** Every registered project's managing company (null while awaiting a tender). */
  readonly projectCompany: Map<string, string | null>;
  /** Every project's town and name, registered or not yet. */
  readonly projects: ReadonlyMap<string, ProjectSeed>;
  /** Published red-black lists by quarter. */
  readonly lists: Map<string, PublishedList>;
  readonly fund: FundModel;
  /** The next number of a kind of id (`complaint`, `vote` …), from 1. */
  next(kind: string): number;
}

function assignCompany(rng: Random, seed: ProjectSeed, index: number): string {
  if (seed.distinction !== 'none') return (COMPANIES[index % 12] as CompanySeed).id;
  if (index % 15 === 3) return WEAK_COMPANY_ID;
  const candidates = COMPANIES.filter((c) => c.id !== 'co-linli');
  return rng.pick(candidates).id;
}

/** Builds the world of `seed` at `scale`. */
export function buildWorld(rng: Random, seed: number, scale: number, knows: KnowsCommand): World {
  const towns = new Map(TOWNS.map((t) => [t.id, t]));
  const counters = new Map<string, number>();
  const next = (kind: string): number => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return n;
  };
  const rosters = rng.fork('rosters');
  const seeds = [...NAMED_PROJECTS, ...unnamedProjects()];
  const communities = seeds.map((project, index): Community => {
    const town = towns.get(project.townId);
    if (!town) throw new Error(`demo: unknown town ${project.townId}`);
    const local = rosters.fork(project.id);
    const unitCount = Math.round(local.between(70, 150) * scale);
    const roster = buildRoster(local, {
      unitCount,
      unsoldShare: local.chance(0.3) ? local.uniform(0.02, 0.08) : 0,
      developerId: `dev-${project.id}`,
      newPerson: () => next('person'),
      personId,
    });
    return {
      id: project.id,
      name: project.name,
      town,
      seed: project,
      companyId: assignCompany(local, project, index),
      roster,
      developerName: `张家港${project.name.slice(0, 2)}置业有限公司`,
      hasCommittee: local.chance(0.65),
      members: [],
      depositRate: local.between(60, 90),
    };
  });
  const projects = new Map<string, ProjectSeed>([...seeds, ...NEW_DEVELOPMENTS].map((p) => [p.id, p]));
  return {
    seed,
    scale,
    knows,
    companies: COMPANIES,
    towns,
    communities,
    byId: new Map(communities.map((c) => [c.id, c])),
    projectCompany: new Map(),
    projects,
    lists: new Map(),
    fund: new FundModel(),
    next,
  };
}

/** The companies with party organisations (the source's 16). */
export function partyCompanies(world: World): readonly CompanySeed[] {
  return world.companies.slice(0, PARTY_COMPANY_COUNT);
}

/** A community's owners' committee or, without one, its residents' council, as a meeting party. */
export function ownersBody(community: Community): {
  kind: 'owners-committee' | 'owners-council';
  organisationId: string;
} {
  return community.hasCommittee
    ? { kind: 'owners-committee', organisationId: `oc-${community.id}` }
    : { kind: 'owners-council', organisationId: `council-${community.id}` };
}

/**
 * A community's roster: its exclusive units 专有部分 with their registered areas, their owners
 * (most hold one unit, some two, the developer every unsold one — counted as one owner), and
 * the residents who rent. Persons are numbers (see `people.ts`); the roster is built once per
 * community and grows linearly with the scale.
 */
import type { Random } from './random.ts';

/** One exclusive unit: id `building-entrance-room` (e.g. `3-1-1201`), area and owner. */
export interface Unit {
  readonly unitId: string;
  readonly building: number;
  readonly areaM2Hundredths: number;
  /** The owner's id: a `person-…` id, or the developer's id for unsold units. */
  readonly ownerId: string;
}

/** One owner with all their units: one head and their areas summed (art. 9 of the SPC interpretation). */
export interface Owner {
  readonly ownerId: string;
  /** The person number, or null for the developer. */
  readonly person: number | null;
  readonly kind: 'individual' | 'developer-unsold';
  areaM2Hundredths: number;
  readonly unitIds: string[];
}

/** A community's units, owners and renting residents. */
export interface Roster {
  readonly units: readonly Unit[];
  readonly owners: readonly Owner[];
  readonly tenants: readonly number[];
  readonly buildings: number;
}

/** Options of {@link buildRoster}. */
export interface RosterOptions {
  readonly unitCount: number;
  /** Share of units the developer has not sold (or delivered) yet. */
  readonly unsoldShare: number;
  readonly developerId: string;
  /** Hands out person numbers. */
  readonly newPerson: () => number;
  readonly personId: (n: number) => string;
}

/** Builds a roster of about `unitCount` units in buildings of two entrances and 6–18 floors. */
export function buildRoster(rng: Random, options: RosterOptions): Roster {
  const units: Unit[] = [];
  const owners: Owner[] = [];
  let developer: Owner | null = null;
  let building = 1;
  let entrance = 1;
  let floor = 1;
  let room = 1;
  let floors = rng.between(6, 18);
  let last: Owner | null = null;
  for (let i = 0; i < options.unitCount; i++) {
    const unitId = `${building}-${entrance}-${floor}${String(room).padStart(2, '0')}`;
    const areaM2Hundredths = rng.between(5_500, 14_500);
    let owner: Owner;
    if (rng.chance(options.unsoldShare)) {
      developer ??= {
        ownerId: options.developerId,
        person: null,
        kind: 'developer-unsold',
        areaM2Hundredths: 0,
        unitIds: [],
      };
      if (!owners.includes(developer)) owners.push(developer);
      owner = developer;
    } else if (last !== null && last.kind === 'individual' && last.unitIds.length === 1 && rng.chance(0.05)) {
      owner = last;
    } else {
      const n = options.newPerson();
      owner = { ownerId: options.personId(n), person: n, kind: 'individual', areaM2Hundredths: 0, unitIds: [] };
      owners.push(owner);
    }
    owner.areaM2Hundredths += areaM2Hundredths;
    owner.unitIds.push(unitId);
    last = owner;
    units.push({ unitId, building, areaM2Hundredths, ownerId: owner.ownerId });
    room++;
    if (room > 2) {
      room = 1;
      floor++;
      if (floor > floors) {
        floor = 1;
        entrance++;
        if (entrance > 2) {
          entrance = 1;
          building++;
          floors = rng.between(6, 18);
        }
      }
    }
  }
  const tenants: number[] = [];
  const tenantCount = Math.max(1, Math.round(options.unitCount * 0.25));
  for (let i = 0; i < tenantCount; i++) tenants.push(options.newPerson());
  return { units, owners, tenants, buildings: building - (entrance === 1 && floor === 1 && room === 1 ? 1 : 0) };
}

/** The individual owners of a roster (those a committee can be elected from). */
export function individualOwners(roster: Roster): Owner[] {
  return roster.owners.filter((o) => o.kind === 'individual');
}

/**
 * The unit register 房屋分户登记: on the first day of 2022, after the registry names every
 * project, the housing bureau enters each community's units (building, exclusive area, owner
 * under a pseudonymous id; the owner's name is sealed) 100 to a command. Votes derive their
 * electorates from this register and the fund opens its accounts on its units.
 *
 * The register then changes, as registers do: in every fourth community two units the
 * developer still held at the entry are sold to their owners (产权转移), and a guard room
 * entered by mistake as an exclusive unit is struck out (注销), in the first days of January,
 * before the fund opens its accounts. The rosters every other story reads are the register as
 * it stands after these changes, so every later electorate and every charge follows it: the
 * buyers vote and pay for their units, and the struck-out room is in no electorate and no account.
 */
import { MAX_UNITS_PER_REGISTRATION } from '../units/events.ts';
import { cst, DAY_MS, MINUTE_MS } from './calendar.ts';
import { act, HOUSING_BUREAU } from './command.ts';
import { personProfile } from './people.ts';
import { emit, type Step } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** The register's id of a community's building number (`b3`). */
export function buildingId(building: number): string {
  return `b${building}`;
}

/** One unit as the register's first entry lists it. */
interface EnteredUnit {
  readonly unitId: string;
  readonly buildingId: string;
  readonly ownerId: string;
  readonly ownerKind: 'individual' | 'developer-unsold';
  readonly areaM2Hundredths: number;
  readonly ownerName: string;
}

/** How a community's register changes after its first entry (empty for most communities). */
export interface RegisterChanges {
  /** Units entered under the developer and then sold to the owner the roster names. */
  readonly sold: readonly { readonly unitId: string; readonly ownerId: string; readonly ownerName: string }[];
  /** Units entered by mistake and struck out (never in the roster). */
  readonly struckOut: readonly EnteredUnit[];
}

/** Every how many communities the register changes (the first of each four). */
const CHANGES_EVERY = 4;
/** Area of the guard room entered by mistake: 15.20 m². */
const GUARD_ROOM_AREA = 1_520;

/** The developer's owner id of `community` (as the roster names unsold units). */
function developerIdOf(community: Community): string {
  return `dev-${community.id}`;
}

/** The changes of `community`'s register, the `index`-th community of the world. */
export function registerChanges(world: World, community: Community, index: number): RegisterChanges {
  if (index % CHANGES_EVERY !== 0) return { sold: [], struckOut: [] };
  const owners = new Map(community.roster.owners.map((o) => [o.ownerId, o]));
  const sold: RegisterChanges['sold'][number][] = [];
  for (const u of community.roster.units) {
    const person = owners.get(u.ownerId)?.person ?? null;
    if (person === null) continue;
    sold.push({ unitId: u.unitId, ownerId: u.ownerId, ownerName: personProfile(world.seed, person).name });
    if (sold.length === 2) break;
  }
  const guardRoom: EnteredUnit = {
    unitId: '1-0-0101',
    buildingId: buildingId(1),
    ownerId: developerIdOf(community),
    ownerKind: 'developer-unsold',
    areaM2Hundredths: GUARD_ROOM_AREA,
    ownerName: community.developerName,
  };
  return { sold, struckOut: [guardRoom] };
}

/** The units of `community` as the register's first entry holds them, in roster order. */
function enteredUnits(world: World, community: Community, changes: RegisterChanges): EnteredUnit[] {
  const owners = new Map(community.roster.owners.map((o) => [o.ownerId, o]));
  const soldLater = new Set(changes.sold.map((s) => s.unitId));
  const units = community.roster.units.map((u): EnteredUnit => {
    if (soldLater.has(u.unitId)) {
      return {
        unitId: u.unitId,
        buildingId: buildingId(u.building),
        ownerId: developerIdOf(community),
        ownerKind: 'developer-unsold',
        areaM2Hundredths: u.areaM2Hundredths,
        ownerName: community.developerName,
      };
    }
    const owner = owners.get(u.ownerId);
    const ownerName =
      owner && owner.person !== null ? personProfile(world.seed, owner.person).name : community.developerName;
    return {
      unitId: u.unitId,
      buildingId: buildingId(u.building),
      ownerId: u.ownerId,
      ownerKind: owner?.kind ?? 'individual',
      areaM2Hundredths: u.areaM2Hundredths,
      ownerName,
    };
  });
  return [...units, ...changes.struckOut];
}

/**
 * The register story: every community's units, entered on 2022-01-01 from 04:00 China time;
 * then the sales (4 January) and the struck-out guard rooms (5 January), before the fund opens.
 */
export function* unitRegisterStory(world: World): Generator<Step> {
  let at = cst(2022, 1, 1, 4, 0);
  const changes = world.communities.map((community, i) => registerChanges(world, community, i));
  for (const [i, community] of world.communities.entries()) {
    at += MINUTE_MS;
    const units = enteredUnits(world, community, changes[i]!);
    for (let j = 0; j < units.length; j += MAX_UNITS_PER_REGISTRATION) {
      const part = units.slice(j, j + MAX_UNITS_PER_REGISTRATION);
      yield emit(at, act('RegisterUnits', HOUSING_BUREAU, at, { communityId: community.id, units: part }));
    }
  }
  at = cst(2022, 1, 4, 10, 0);
  for (const [i, community] of world.communities.entries()) {
    for (const sale of changes[i]!.sold) {
      at += 7 * MINUTE_MS;
      yield emit(
        at,
        act('TransferUnitOwnership', HOUSING_BUREAU, at, {
          communityId: community.id,
          unitId: sale.unitId,
          toOwnerId: sale.ownerId,
          ownerKind: 'individual',
          ownerName: sale.ownerName,
        }),
      );
    }
  }
  at = cst(2022, 1, 4, 10, 0) + DAY_MS;
  for (const [i, community] of world.communities.entries()) {
    for (const room of changes[i]!.struckOut) {
      at += 9 * MINUTE_MS;
      yield emit(
        at,
        act('EndUnit', HOUSING_BUREAU, at, {
          communityId: community.id,
          unitId: room.unitId,
          reason: '门卫室属共有部分，误登记为专有部分，予以注销',
        }),
      );
    }
  }
}

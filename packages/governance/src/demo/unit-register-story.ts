/**
 * The unit register 房屋分户登记: on the first day of 2022, after the registry names every
 * project, the housing bureau enters each community's units (building, exclusive area, owner
 * under a pseudonymous id; the owner's name is sealed) 100 to a command. Votes derive their
 * electorates from this register and the fund opens its accounts on its units.
 */
import { MAX_UNITS_PER_REGISTRATION } from '../units/events.ts';
import { cst, MINUTE_MS } from './calendar.ts';
import { act, HOUSING_BUREAU } from './command.ts';
import { personProfile } from './people.ts';
import { emit, type Step } from './scheduler.ts';
import type { Community, World } from './world.ts';

/** The register's id of a community's building number (`b3`). */
export function buildingId(building: number): string {
  return `b${building}`;
}

/** The units of `community` as the register holds them, in roster order. */
function registeredUnits(world: World, community: Community) {
  const owners = new Map(community.roster.owners.map((o) => [o.ownerId, o]));
  return community.roster.units.map((u) => {
    const owner = owners.get(u.ownerId);
    const ownerName =
      owner && owner.person !== null ? personProfile(world.seed, owner.person).name : community.developerName;
    return {
      unitId: u.unitId,
      buildingId: buildingId(u.building),
      ownerId: u.ownerId,
      ownerKind: owner?.kind ?? ('individual' as const),
      areaM2Hundredths: u.areaM2Hundredths,
      ownerName,
    };
  });
}

/** The register story: every community's units, entered on 2022-01-01 from 04:00 China time. */
export function* unitRegisterStory(world: World): Generator<Step> {
  let at = cst(2022, 1, 1, 4, 0);
  for (const community of world.communities) {
    at += MINUTE_MS;
    const units = registeredUnits(world, community);
    for (let i = 0; i < units.length; i += MAX_UNITS_PER_REGISTRATION) {
      const part = units.slice(i, i + MAX_UNITS_PER_REGISTRATION);
      yield emit(at, act('RegisterUnits', HOUSING_BUREAU, at, { communityId: community.id, units: part }));
    }
  }
}

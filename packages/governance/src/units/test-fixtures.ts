/**
 * A registered community with a unit register, for the tests of units, votes and the fund:
 * units a (50 m², person-1, building 1), b (100 m², person-2, building 1), c (150 m², person-3,
 * building 2) and, unsold, d (100 m², the developer, building 2). Test code only.
 */
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { event, type GivenEvent } from '../test-support/scenario.ts';
import { UnitsRegistered, unitRegisterStreamId } from './events.ts';

/** The housing bureau, which keeps the register. */
export const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };

/** The units registered by {@link unitRegisterHistory}. */
export const registerUnits = [
  { unitId: 'a', buildingId: 'b1', ownerId: 'person-1', ownerKind: 'individual' as const, areaM2Hundredths: 5_000 },
  { unitId: 'b', buildingId: 'b1', ownerId: 'person-2', ownerKind: 'individual' as const, areaM2Hundredths: 10_000 },
  { unitId: 'c', buildingId: 'b2', ownerId: 'person-3', ownerKind: 'individual' as const, areaM2Hundredths: 15_000 },
  {
    unitId: 'd',
    buildingId: 'b2',
    ownerId: 'dev-huaxia',
    ownerKind: 'developer-unsold' as const,
    areaM2Hundredths: 10_000,
  },
];

/** `communityId` registered (as a project) with the units a–d in its register. */
export function unitRegisterHistory(communityId: string, units = registerUnits): GivenEvent[] {
  return [
    ...registeredPlaces({ communities: [communityId] }),
    event(
      unitRegisterStreamId(communityId),
      UnitsRegistered,
      { communityId, units },
      {
        actor: bureau,
        occurredAt: '2020-01-02T00:00:00Z',
      },
    ),
  ];
}

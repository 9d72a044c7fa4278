import { describe, expect, it } from 'vitest';
import { isRight } from 'fp-ts/lib/Either.js';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import { initialUnitRegisterState, unitRegisterAggregate } from './aggregate.ts';
import { EndUnit, RegisterUnits, TransferUnitOwnership } from './commands.ts';
import { UnitEnded, UnitOwnershipTransferred, UnitsRegistered, unitRegisterStreamId } from './events.ts';
import { unitsInScope } from './scope.ts';
import { bureau, registerUnits, unitRegisterHistory } from './test-fixtures.ts';

const community = 'yuesheng';
const at = '2024-06-01T00:00:00Z';
const one = (unitId: string, ownerId = 'person-9') => ({
  unitId,
  buildingId: 'b3',
  ownerId,
  ownerKind: 'individual' as const,
  areaM2Hundredths: 9_000,
});

describe('RegisterUnits (unit register)', () => {
  it('given a registered community, when the bureau registers units, then they enter the register with their owner ids', async () => {
    await given(...registeredPlaces({ communities: [community] }))
      .when(RegisterUnits, { data: { communityId: community, units: [one('e')] }, actor: bureau, occurredAt: at })
      .thenEvents(emitted(UnitsRegistered, { communityId: community, units: [one('e')] }));
  });

  it('given no registration of the community, when units are registered, then CommunityNotRegistered refuses them', async () => {
    await given()
      .when(RegisterUnits, { data: { communityId: 'no-such', units: [one('e')] }, actor: bureau, occurredAt: at })
      .thenError('CommunityNotRegistered');
  });

  it('given a registered unit, when it is registered again, then UnitAlreadyRegistered refuses it', async () => {
    await given(...unitRegisterHistory(community))
      .when(RegisterUnits, { data: { communityId: community, units: [one('a')] }, actor: bureau, occurredAt: at })
      .thenError('UnitAlreadyRegistered', 'unit a');
  });

  it('refuses an owner id that is not a pseudonymous person id, naming InvalidUnitOwner', async () => {
    await given(...unitRegisterHistory(community))
      .when(RegisterUnits, {
        data: { communityId: community, units: [one('e', '张三')] },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('InvalidUnitOwner', 'not a pseudonymous person id');
  });

  it('refuses a second developer id for unsold units: one owner, one head (SPC interpretation art. 9)', async () => {
    await given(...unitRegisterHistory(community))
      .when(RegisterUnits, {
        data: {
          communityId: community,
          units: [{ ...one('e', 'dev-other'), ownerKind: 'developer-unsold' }],
        },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('InvalidUnitOwner', 'one owner id');
  });

  it('refuses more than 100 units in one registration (TooManyUnits)', async () => {
    const units = Array.from({ length: 101 }, (_, i) => one(`u${i}`));
    await given(...registeredPlaces({ communities: [community] }))
      .when(RegisterUnits, { data: { communityId: community, units }, actor: bureau, occurredAt: at })
      .thenError('TooManyUnits', '101 units');
  });

  it('lets only the housing bureau or the fund centre keep the register (Forbidden)', async () => {
    await given(...registeredPlaces({ communities: [community] }))
      .when(RegisterUnits, {
        data: { communityId: community, units: [one('e')] },
        actor: { id: 'oc-1', role: 'owners-committee' },
        occurredAt: at,
      })
      .thenError('Forbidden');
  });
});

describe('TransferUnitOwnership (unit register)', () => {
  it('given a unit of person-1, when it passes to person-7, then the transfer names both owners', async () => {
    await given(...unitRegisterHistory(community))
      .when(TransferUnitOwnership, {
        data: { communityId: community, unitId: 'a', toOwnerId: 'person-7', ownerKind: 'individual' },
        actor: bureau,
        occurredAt: at,
      })
      .thenEvents(
        emitted(UnitOwnershipTransferred, {
          communityId: community,
          unitId: 'a',
          fromOwnerId: 'person-1',
          toOwnerId: 'person-7',
          ownerKind: 'individual',
        }),
      );
  });

  it('refuses a transfer to the owner who already holds the unit (OwnerUnchanged)', async () => {
    await given(...unitRegisterHistory(community))
      .when(TransferUnitOwnership, {
        data: { communityId: community, unitId: 'a', toOwnerId: 'person-1', ownerKind: 'individual' },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('OwnerUnchanged');
  });

  it('refuses a transfer of a unit the register does not hold (UnitNotRegistered)', async () => {
    await given(...unitRegisterHistory(community))
      .when(TransferUnitOwnership, {
        data: { communityId: community, unitId: 'zz', toOwnerId: 'person-7', ownerKind: 'individual' },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('UnitNotRegistered');
  });
});

describe('EndUnit (unit register)', () => {
  const ended = event(unitRegisterStreamId(community), UnitEnded, {
    communityId: community,
    unitId: 'a',
    reason: '拆除',
  });

  it('given an active unit, when it is ended, then it leaves the register', async () => {
    await given(...unitRegisterHistory(community))
      .when(EndUnit, { data: { communityId: community, unitId: 'a', reason: '拆除' }, actor: bureau, occurredAt: at })
      .thenEvents(emitted(UnitEnded, { communityId: community, unitId: 'a', reason: '拆除' }));
  });

  it('given an ended unit, when it is ended or transferred again, then UnitNotActive refuses it', async () => {
    await given(...unitRegisterHistory(community), ended)
      .when(EndUnit, { data: { communityId: community, unitId: 'a', reason: '拆除' }, actor: bureau, occurredAt: at })
      .thenError('UnitNotActive');
    await given(...unitRegisterHistory(community), ended)
      .when(TransferUnitOwnership, {
        data: { communityId: community, unitId: 'a', toOwnerId: 'person-7', ownerKind: 'individual' },
        actor: bureau,
        occurredAt: at,
      })
      .thenError('UnitNotActive');
  });
});

describe('unitsInScope', () => {
  const state = (() => {
    let s = initialUnitRegisterState;
    const meta = { recordedAt: at, occurredAt: at, actor: bureau };
    s = unitRegisterAggregate.evolve(s, {
      index: 0,
      streamId: unitRegisterStreamId(community),
      streamVersion: 0,
      eventId: 'e0',
      type: UnitsRegistered.type,
      schemaVersion: 1,
      data: { communityId: community, units: registerUnits },
      metadata: meta,
    } as never);
    return s;
  })();

  it('takes every active unit for a community, the units of the buildings named, or the range listed', () => {
    const ids = (scope: Parameters<typeof unitsInScope>[1]) => {
      const r = unitsInScope(state, scope);
      return isRight(r) ? r.right.map((u) => u.unitId) : r.left;
    };
    expect(ids({ kind: 'community', communityId: community })).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ kind: 'buildings', communityId: community, buildingIds: ['b2'] })).toEqual(['c', 'd']);
    expect(ids({ kind: 'shared-part', communityId: community, part: '1号电梯', unitIds: ['b', 'a'] })).toEqual([
      'b',
      'a',
    ]);
    expect(ids({ kind: 'buildings', communityId: community, buildingIds: ['b9'] })).toContain('building b9');
    expect(ids({ kind: 'shared-part', communityId: community, part: '1号电梯', unitIds: ['zz'] })).toContain('unit zz');
  });
});

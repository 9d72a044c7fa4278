/**
 * The events of the unit register 房屋分户登记: every exclusive unit (专有部分) of a community,
 * its building, its registered exclusive area and its owner, kept as events on one stream per
 * community, `units-<communityId>`. Owners appear only as pseudonymous ids (`person-7f3a`, or the
 * developer's id for its unsold units); an owner's name, when recorded, is personal data sealed
 * under the owner's key. Votes derive their electorates from this register and the fund charges
 * the units it holds, so "who votes is who pays" holds by construction.
 */
import {
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  isEventOf,
  NonEmptyString,
  personal,
} from '@govledger/core';
import * as t from 'io-ts';
import { AreaM2Hundredths, OwnerKind } from '../votes/events.ts';

/** The most units one registration (one event) lists, keeping each leaf far below 64 KiB. */
export const MAX_UNITS_PER_REGISTRATION = 100;

/** One unit as registered: where it is, its exclusive area and who owns it (optionally with the owner's sealed name). */
export const RegisteredUnit = t.intersection(
  [
    t.type({
      unitId: Id,
      buildingId: Id,
      ownerId: Id,
      ownerKind: OwnerKind,
      areaM2Hundredths: AreaM2Hundredths,
    }),
    t.partial({ ownerName: personal(t.string, 'ownerId') }),
  ],
  'RegisteredUnit',
);
export type RegisteredUnit = t.TypeOf<typeof RegisteredUnit>;

/** 分户登记: units of a community entered the register (at most 100 an event). */
export const UnitsRegistered = defineEvent(
  'UnitsRegistered',
  t.type({ communityId: Id, units: t.array(RegisteredUnit) }),
);

/** 产权转移: a unit passed from one owner to another (sale, inheritance, delivery of an unsold unit). */
export const UnitOwnershipTransferred = defineEvent(
  'UnitOwnershipTransferred',
  t.intersection([
    t.type({ communityId: Id, unitId: Id, fromOwnerId: Id, toOwnerId: Id, ownerKind: OwnerKind }),
    t.partial({ ownerName: personal(t.string, 'toOwnerId') }),
  ]),
);

/** 注销: a unit left the register (demolished, merged); it votes and pays no more. */
export const UnitEnded = defineEvent('UnitEnded', t.type({ communityId: Id, unitId: Id, reason: NonEmptyString }));

/** The `data` of a {@link UnitsRegistered} event. */
export type UnitsRegisteredData = DataOf<typeof UnitsRegistered>;
/** The `data` of a {@link UnitOwnershipTransferred} event. */
export type UnitOwnershipTransferredData = DataOf<typeof UnitOwnershipTransferred>;
/** The `data` of a {@link UnitEnded} event. */
export type UnitEndedData = DataOf<typeof UnitEnded>;

/** Every unit-register event definition, for the governance catalogue. */
export const unitEvents = [UnitsRegistered, UnitOwnershipTransferred, UnitEnded] satisfies EventDefinition[];
/** A unit-register event as the register's fold receives it. */
export type UnitEvent = EventOf<(typeof unitEvents)[number]>;
/** True for a unit-register event of the log. */
export const isUnitEvent = isEventOf(unitEvents);

/** The unit register stream of one community. */
export function unitRegisterStreamId(communityId: string): string {
  return `units-${communityId}`;
}

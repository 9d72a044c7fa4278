/**
 * What a caller submits for each unit-register command: the `data` codec of each command line.
 */
import { Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { AreaM2Hundredths, OwnerKind } from '../votes/events.ts';

/** One unit as submitted for registration; the owner's name, if given, is sealed on recording. */
export const RegisteredUnitInput = t.intersection(
  [
    t.type({ unitId: Id, buildingId: Id, ownerId: Id, ownerKind: OwnerKind, areaM2Hundredths: AreaM2Hundredths }),
    t.partial({ ownerName: NonEmptyString }),
  ],
  'RegisteredUnitInput',
);
export type RegisteredUnitInput = t.TypeOf<typeof RegisteredUnitInput>;

/** 分户登记: enters units of a registered community (at most 100 a command). */
export const RegisterUnitsData = t.type({ communityId: Id, units: t.array(RegisteredUnitInput) }, 'RegisterUnitsData');
export type RegisterUnitsData = t.TypeOf<typeof RegisterUnitsData>;

/** 产权转移: records that a unit passed to `toOwnerId` (a pseudonymous id; the name, if given, is sealed). */
export const TransferUnitOwnershipData = t.intersection(
  [
    t.type({ communityId: Id, unitId: Id, toOwnerId: Id, ownerKind: OwnerKind }),
    t.partial({ ownerName: NonEmptyString }),
  ],
  'TransferUnitOwnershipData',
);
export type TransferUnitOwnershipData = t.TypeOf<typeof TransferUnitOwnershipData>;

/** 注销: ends a unit's registration, with the reason. */
export const EndUnitData = t.type({ communityId: Id, unitId: Id, reason: NonEmptyString }, 'EndUnitData');
export type EndUnitData = t.TypeOf<typeof EndUnitData>;

/**
 * The rules of the unit register: the housing bureau or the fund centre registers the units of
 * a registered, active community (at most 100 a command, each once, owners under one owner, one
 * head), records transfers of ownership and ends units. Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import { type CommunityRegistration, requireActiveCommunity } from '../registry/references.ts';
import type { UnitRecord, UnitRegisterState } from './aggregate.ts';
import type { EndUnitData, RegisterUnitsData, TransferUnitOwnershipData } from './command-data.ts';
import {
  invalidUnitOwner,
  ownerUnchanged,
  tooManyUnits,
  type UnitError,
  unitAlreadyRegistered,
  unitNotActive,
  unitNotRegistered,
} from './errors.ts';
import {
  MAX_UNITS_PER_REGISTRATION,
  UnitEnded,
  type UnitEndedData,
  UnitOwnershipTransferred,
  type UnitOwnershipTransferredData,
  UnitsRegistered,
  type UnitsRegisteredData,
} from './events.ts';
import { ownerProblem } from './owners.ts';

/** What every unit-register rule returns: the events to record, or why not. */
export type UnitDecision = E.Either<UnitError, readonly DecidedEvent[]>;

/** The key under which the community's registry entry is consulted. */
export const UNIT_COMMUNITY_KEY = 'community';

/** What RegisterUnits reads beside the register: the community's registration, typed. */
export type UnitCommunity = CommunityRegistration<typeof UNIT_COMMUNITY_KEY>;

const ok: E.Either<never, void> = E.right(undefined);

function requireActiveUnit(communityId: string, state: UnitRegisterState, unitId: string) {
  const unit = Object.hasOwn(state.units, unitId) ? state.units[unitId] : undefined;
  if (!unit) return E.left(unitNotRegistered(communityId, unitId));
  return unit.active ? E.right<never, UnitRecord>(unit) : E.left(unitNotActive(communityId, unitId));
}

/** RegisterUnits: housing bureau or fund centre; the community must be registered and active. */
export function registerUnits(
  input: CommandInput<RegisterUnitsData>,
  state: UnitRegisterState,
  related: UnitCommunity,
): UnitDecision {
  const { data } = input;
  return pipe(
    requireRole('RegisterUnits', input, 'housing-bureau', 'fund-centre'),
    E.chainW(() => requireActiveCommunity(related, UNIT_COMMUNITY_KEY, data.communityId)),
    E.chainW(() => {
      if (data.units.length === 0) return E.left(invalidUnitOwner(data.communityId, 'no units given'));
      if (data.units.length > MAX_UNITS_PER_REGISTRATION) {
        return E.left(tooManyUnits(data.communityId, data.units.length, MAX_UNITS_PER_REGISTRATION));
      }
      const seen = new Set<string>();
      const pending = new Map();
      for (const u of data.units) {
        if (seen.has(u.unitId) || Object.hasOwn(state.units, u.unitId)) {
          return E.left(unitAlreadyRegistered(data.communityId, u.unitId));
        }
        seen.add(u.unitId);
        const problem = ownerProblem(state, pending, u.unitId, u.ownerId, u.ownerKind);
        if (problem !== null) return E.left(invalidUnitOwner(data.communityId, problem));
      }
      return ok;
    }),
    E.map(() => [
      {
        type: UnitsRegistered.type,
        data: { communityId: data.communityId, units: data.units.map((u) => ({ ...u })) } satisfies UnitsRegisteredData,
      },
    ]),
  );
}

/** TransferUnitOwnership: housing bureau or fund centre; the unit is active and changes hands. */
export function transferUnitOwnership(
  input: CommandInput<TransferUnitOwnershipData>,
  state: UnitRegisterState,
): UnitDecision {
  const { data } = input;
  return pipe(
    requireRole('TransferUnitOwnership', input, 'housing-bureau', 'fund-centre'),
    E.chainW(() => requireActiveUnit(data.communityId, state, data.unitId)),
    E.chainW((unit) => {
      if (unit.ownerId === data.toOwnerId) return E.left(ownerUnchanged(data.communityId, data.unitId, unit.ownerId));
      const problem = ownerProblem(state, new Map(), data.unitId, data.toOwnerId, data.ownerKind);
      return problem === null ? E.right(unit) : E.left(invalidUnitOwner(data.communityId, problem));
    }),
    E.map((unit) => [
      {
        type: UnitOwnershipTransferred.type,
        data: {
          communityId: data.communityId,
          unitId: data.unitId,
          fromOwnerId: unit.ownerId,
          toOwnerId: data.toOwnerId,
          ownerKind: data.ownerKind,
          ...(data.ownerName !== undefined ? { ownerName: data.ownerName } : {}),
        } satisfies UnitOwnershipTransferredData,
      },
    ]),
  );
}

/** EndUnit: housing bureau or fund centre; an active unit leaves the register. */
export function endUnit(input: CommandInput<EndUnitData>, state: UnitRegisterState): UnitDecision {
  const { data } = input;
  return pipe(
    requireRole('EndUnit', input, 'housing-bureau', 'fund-centre'),
    E.chainW(() => requireActiveUnit(data.communityId, state, data.unitId)),
    E.map(() => [{ type: UnitEnded.type, data: { ...data } satisfies UnitEndedData }]),
  );
}

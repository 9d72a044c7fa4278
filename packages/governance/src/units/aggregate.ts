/**
 * The state of one community's unit register (`units-<communityId>`): each unit's building,
 * area, owner and whether it is still registered, and the kind each owner id was registered
 * with. Votes read it to derive their electorates and the fund to know which units exist.
 *
 * Ownership: the first registration builds fresh records and later events update them in
 * place (O(1) per unit line); `initialUnitRegisterState` itself is never modified.
 */
import type { Aggregate } from '../command.ts';
import type { OwnerKind } from '../votes/events.ts';
import { UnitEnded, type UnitEvent, UnitOwnershipTransferred, UnitsRegistered } from './events.ts';

/** One unit of the register as the rules see it (no name: owners are pseudonymous ids). */
export interface UnitRecord {
  readonly unitId: string;
  readonly buildingId: string;
  readonly areaM2Hundredths: number;
  ownerId: string;
  ownerKind: OwnerKind;
  active: boolean;
}

/** One community's unit register. */
export interface UnitRegisterState {
  readonly communityId: string;
  /** Every unit ever registered, by unit id, in order of registration. */
  readonly units: Record<string, UnitRecord>;
  /** The kind each owner id was first registered with: an id keeps its kind. */
  readonly ownerKinds: Record<string, OwnerKind>;
  /** The developer's owner id for its unsold units, once one was registered. */
  developerOwnerId: string | null;
}

/** A community whose register holds no unit yet. */
export const initialUnitRegisterState: UnitRegisterState = Object.freeze({
  communityId: '',
  units: Object.freeze({}),
  ownerKinds: Object.freeze({}),
  developerOwnerId: null,
});

function noteOwner(state: UnitRegisterState, ownerId: string, kind: OwnerKind): void {
  if (state.ownerKinds[ownerId] === undefined) state.ownerKinds[ownerId] = kind;
  if (kind === 'developer-unsold' && state.developerOwnerId === null) state.developerOwnerId = ownerId;
}

function evolveUnits(current: UnitRegisterState, event: UnitEvent): UnitRegisterState {
  const { type, data } = event;
  switch (type) {
    case UnitsRegistered.type: {
      const state =
        current === initialUnitRegisterState
          ? { communityId: data.communityId, units: {}, ownerKinds: {}, developerOwnerId: null }
          : current;
      for (const u of data.units) {
        state.units[u.unitId] = {
          unitId: u.unitId,
          buildingId: u.buildingId,
          areaM2Hundredths: u.areaM2Hundredths,
          ownerId: u.ownerId,
          ownerKind: u.ownerKind,
          active: true,
        };
        noteOwner(state, u.ownerId, u.ownerKind);
      }
      return state;
    }
    case UnitOwnershipTransferred.type: {
      const unit = current.units[data.unitId];
      if (unit) {
        unit.ownerId = data.toOwnerId;
        unit.ownerKind = data.ownerKind;
        noteOwner(current, data.toOwnerId, data.ownerKind);
      }
      return current;
    }
    case UnitEnded.type: {
      const unit = current.units[data.unitId];
      if (unit) unit.active = false;
      return current;
    }
    default:
      return current;
  }
}

/** The fold of a `units-<communityId>` stream. */
export const unitRegisterAggregate: Aggregate<UnitRegisterState, UnitEvent> = {
  initialState: initialUnitRegisterState,
  evolve: evolveUnits,
};

/** The registered, active units of `state`, in order of registration. */
export function activeUnits(state: UnitRegisterState): UnitRecord[] {
  return Object.values(state.units).filter((u) => u.active);
}

/**
 * The scope of a vote's electorate (and of the units a fund use charges): the whole community,
 * some of its buildings, or the units that share the repaired part (列支范围, e.g. the units a
 * lift serves). The scope names places; who owns what and with which area always comes from
 * the unit register, never from whoever opens the vote.
 */
import { Id, NonEmptyString } from '@govledger/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { activeUnits, type UnitRecord, type UnitRegisterState } from './aggregate.ts';

/** The most units a `shared-part` scope may list (a larger range is a building or the community). */
export const MAX_SCOPE_UNITS = 100;

/** Codec of an electorate scope. */
export const ElectorateScope = t.union(
  [
    t.type({ kind: t.literal('community'), communityId: Id }),
    t.type({ kind: t.literal('buildings'), communityId: Id, buildingIds: t.array(Id) }),
    t.type({ kind: t.literal('shared-part'), communityId: Id, part: NonEmptyString, unitIds: t.array(Id) }),
  ],
  'ElectorateScope',
);
export type ElectorateScope = t.TypeOf<typeof ElectorateScope>;

/**
 * The registered, active units of `register` within `scope`, in order of registration, or why
 * the scope names nothing valid (an unknown building or unit, an ended unit, an empty range).
 */
export function unitsInScope(register: UnitRegisterState, scope: ElectorateScope): Either<string, UnitRecord[]> {
  const active = activeUnits(register);
  switch (scope.kind) {
    case 'community':
      return active.length > 0 ? right(active) : left(`the unit register of ${scope.communityId} holds no active unit`);
    case 'buildings': {
      if (scope.buildingIds.length === 0) return left('the scope names no building');
      const wanted = new Set(scope.buildingIds);
      const found = active.filter((u) => wanted.has(u.buildingId));
      const known = new Set(found.map((u) => u.buildingId));
      const missing = scope.buildingIds.find((b) => !known.has(b));
      if (missing !== undefined)
        return left(`building ${missing} has no active registered unit in ${scope.communityId}`);
      return right(found);
    }
    case 'shared-part': {
      if (scope.unitIds.length === 0) return left(`the range of ${scope.part} names no unit`);
      if (scope.unitIds.length > MAX_SCOPE_UNITS) {
        return left(
          `the range of ${scope.part} lists ${scope.unitIds.length} units; list at most ${MAX_SCOPE_UNITS}, or name buildings`,
        );
      }
      const seen = new Set<string>();
      const found: UnitRecord[] = [];
      for (const id of scope.unitIds) {
        if (seen.has(id)) return left(`unit ${id} is listed twice in the range of ${scope.part}`);
        seen.add(id);
        const unit = Object.hasOwn(register.units, id) ? register.units[id] : undefined;
        if (!unit) return left(`unit ${id} is not in the unit register of ${scope.communityId}`);
        if (!unit.active) return left(`unit ${id} of ${scope.communityId} has left the register`);
        found.push(unit);
      }
      return right(found);
    }
  }
}

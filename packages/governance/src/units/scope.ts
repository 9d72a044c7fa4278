/**
 * The scope of a vote's electorate (and of the units a fund use charges): the whole community,
 * some of its buildings, or the units that share the repaired part (列支范围, e.g. the units a
 * lift serves). The scope names places; who owns what and with which area always comes from
 * the unit register, never from whoever opens the vote.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { activeUnits, type UnitRecord, type UnitRegisterState } from './aggregate.ts';
import { type ElectorateScope, MAX_SCOPE_UNITS } from './scope-codec.ts';

export { ElectorateScope, MAX_SCOPE_UNITS } from './scope-codec.ts';

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

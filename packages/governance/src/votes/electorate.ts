/**
 * Deriving the electorate: which units vote and who holds them comes from the unit register
 * for the vote's scope (a community, buildings, or the units that share the repaired part),
 * as the register stands at the ledger's time of the recording; nobody types it in. The
 * register keeps "one owner, one head" by construction (Supreme People's Court interpretation
 * on building co-ownership, art. 9): each unit once, an owner id with one kind, and every
 * unsold or undelivered unit of the developer under one developer owner id.
 */
import type { Upcaster } from '@govledger/core';
import { type Either, map } from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { UnitRegisterState } from '../units/aggregate.ts';
import { type ElectorateScope, unitsInScope } from '../units/scope.ts';
import { type DerivedElectorateUnit, ElectorateRegistered, type ElectorateRegisteredV2Data } from './events.ts';

/** The most units one `ElectorateRegistered` event lists, keeping each leaf far below the 64 KiB limit. */
export const MAX_UNITS_PER_COMMAND = 100;

/** The electorate of `scope` in `register`: each active unit with its owner and area, or why the scope is invalid. */
export function deriveElectorate(
  register: UnitRegisterState,
  scope: ElectorateScope,
): Either<string, DerivedElectorateUnit[]> {
  return pipe(
    unitsInScope(register, scope),
    map((units) =>
      units.map((u) => ({
        unitId: u.unitId,
        ownerId: u.ownerId,
        ownerKind: u.ownerKind,
        areaM2Hundredths: u.areaM2Hundredths,
      })),
    ),
  );
}

/**
 * The events recording `units` for `voteId`: one `ElectorateRegistered` (schema 2) per 100
 * units, each naming the scope and the ledger time the register was read at.
 */
export function electorateEvents(
  voteId: string,
  scope: ElectorateScope,
  asOf: string,
  units: readonly DerivedElectorateUnit[],
): ElectorateRegisteredV2Data[] {
  const out: ElectorateRegisteredV2Data[] = [];
  for (let i = 0; i < units.length; i += MAX_UNITS_PER_COMMAND) {
    out.push({ voteId, scope, asOf, units: units.slice(i, i + MAX_UNITS_PER_COMMAND) });
  }
  return out;
}

/**
 * Lifts a schema-1 `ElectorateRegistered` (units typed in by the vote's runner) to schema 2:
 * no scope and no register time (null), each unit's id, owner, kind and area. The owner's
 * sealed name and ID number stay in the stored leaf; schema 2 carries no personal field.
 */
export const electorateRegisteredUpcaster: Upcaster = {
  type: ElectorateRegistered.type,
  fromVersion: 1,
  upcast(data) {
    const units = (data.units as readonly Record<string, unknown>[]).map((u) => ({
      unitId: u.unitId,
      ownerId: u.ownerId,
      ownerKind: u.ownerKind,
      areaM2Hundredths: u.areaM2Hundredths,
    }));
    return { voteId: data.voteId, scope: null, asOf: null, units };
  },
};

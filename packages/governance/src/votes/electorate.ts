/**
 * Registering the electorate: which units vote and who holds them. The rules make "one
 * owner, one head" hold by construction (Supreme People's Court interpretation on building
 * co-ownership, art. 9): a unit is registered once; an owner keeps one kind; and every unsold
 * or undelivered unit of the developer is registered under one developer owner id, so all of
 * them count as one owner and cast one ballot.
 */
import type { VoteState } from './aggregate.ts';
import type { ElectorateUnitInput } from './command-data.ts';

/** The most units one command (one event) may register, keeping each event far below the 64 KiB leaf limit. */
export const MAX_UNITS_PER_COMMAND = 100;

const PERSON_ID = /^person-[A-Za-z0-9._-]{1,120}$/;

/**
 * Why `units` cannot join the electorate of `state`, or null when they can. Checks the batch
 * against itself and against the units registered before.
 */
export function electorateProblem(state: VoteState, units: readonly ElectorateUnitInput[]): string | null {
  if (units.length > MAX_UNITS_PER_COMMAND) {
    return `${units.length} units in one command; register at most ${MAX_UNITS_PER_COMMAND} at a time with RegisterElectorate`;
  }
  const seenUnits = new Set<string>();
  const kinds = new Map<string, string>();
  let developer = Object.entries(state.owners).find(([, o]) => o.kind === 'developer-unsold')?.[0] ?? null;
  for (const unit of units) {
    if (seenUnits.has(unit.unitId) || state.unitOwners[unit.unitId] !== undefined) {
      return `unit ${unit.unitId} is registered twice`;
    }
    seenUnits.add(unit.unitId);
    const kind = state.owners[unit.ownerId]?.kind ?? kinds.get(unit.ownerId) ?? unit.ownerKind;
    if (kind !== unit.ownerKind) return `owner ${unit.ownerId} is registered both as ${kind} and as ${unit.ownerKind}`;
    kinds.set(unit.ownerId, unit.ownerKind);
    if (unit.ownerKind === 'individual' && !PERSON_ID.test(unit.ownerId)) {
      return `owner id ${JSON.stringify(unit.ownerId)} of unit ${unit.unitId} is not a pseudonymous person id like person-7f3a`;
    }
    if (unit.ownerKind === 'developer-unsold') {
      if (developer !== null && developer !== unit.ownerId) {
        return `unsold units are registered under ${developer} and ${unit.ownerId}; all of the developer's unsold units count as one owner and need one owner id`;
      }
      developer = unit.ownerId;
    }
  }
  return null;
}

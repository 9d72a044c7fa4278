/**
 * Checking a list of units a fund command names: not empty, at most `MAX_UNITS_PER_EVENT`,
 * each unit once, and each unit already in the account (or, when registering, not yet).
 */
import type { FundState } from './aggregate.ts';
import { MAX_UNITS_PER_EVENT } from './events.ts';

/** Whether the units must already be in the account (deposits, refunds, charges) or must be new (registration). */
export type UnitListMode = 'known' | 'new';

/** Why `unitIds` cannot be used with `state`, or null when they can. */
export function unitListProblem(state: FundState, unitIds: readonly string[], mode: UnitListMode): string | null {
  if (unitIds.length === 0) return 'the list of units is empty';
  if (unitIds.length > MAX_UNITS_PER_EVENT) {
    return `${unitIds.length} units in one command; at most ${MAX_UNITS_PER_EVENT}, split the rest into further commands`;
  }
  const seen = new Set<string>();
  for (const id of unitIds) {
    if (seen.has(id)) return `unit ${id} is listed twice`;
    seen.add(id);
    const known = state.units[id] !== undefined;
    if (mode === 'known' && !known) return `unit ${id} has no account in this fund`;
    if (mode === 'new' && known) return `unit ${id} already has an account in this fund`;
  }
  return null;
}

/** Sum of `amountFen` over lines. */
export function totalFen(lines: readonly { amountFen: number }[]): number {
  return lines.reduce((sum, line) => sum + line.amountFen, 0);
}

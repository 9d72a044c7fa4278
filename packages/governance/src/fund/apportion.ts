/**
 * Apportioning a cost to units by their registered area (按面积分摊), exact to the fen by
 * the largest-remainder method: each unit first gets the floor of its exact share; the fen
 * left over go one each to the units with the largest remainders, ties broken by unit id
 * (ascending, by code unit). The result depends only on the set of units, not their order,
 * and always sums to the amount. BigInt arithmetic: amount × area can exceed 2^53.
 */
import type { UnitAmount, UnitArea } from './events.ts';

/** A unit's share of a cost; `amountFen` may be 0 for a tiny unit and a small cost. */
export interface UnitShare {
  readonly unitId: string;
  readonly amountFen: number;
}

function byUnitId(a: { unitId: string }, b: { unitId: string }): number {
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}

/**
 * Splits `amountFen` (a non-negative integer) over `units` (distinct ids, positive areas)
 * in proportion to area. Returns one share per unit, in unit id order.
 *
 * @example
 * apportionByArea(100, [{unitId: 'a', areaM2Hundredths: 1}, {unitId: 'b', areaM2Hundredths: 1}, {unitId: 'c', areaM2Hundredths: 1}])
 * // a: 34, b: 33, c: 33 — the three remainders tie and `a` sorts first
 */
export function apportionByArea(amountFen: number, units: readonly UnitArea[]): UnitShare[] {
  const sorted = [...units].sort(byUnitId);
  const total = sorted.reduce((sum, u) => sum + BigInt(u.areaM2Hundredths), 0n);
  if (sorted.length === 0 || total === 0n) return [];
  const amount = BigInt(amountFen);
  const shares = sorted.map((u, index) => {
    const exact = amount * BigInt(u.areaM2Hundredths);
    return { index, unitId: u.unitId, fen: exact / total, remainder: exact % total };
  });
  let left = amount - shares.reduce((sum, s) => sum + s.fen, 0n);
  const order = [...shares].sort((a, b) =>
    a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.index - b.index,
  );
  for (const share of order) {
    if (left === 0n) break;
    share.fen += 1n;
    left -= 1n;
  }
  return shares.map((s) => ({ unitId: s.unitId, amountFen: Number(s.fen) }));
}

/** The charges of an apportionment as event lines: units charged 0 fen are left out. */
export function chargesOf(shares: readonly UnitShare[]): UnitAmount[] {
  return shares.filter((s) => s.amountFen > 0).map((s) => ({ unitId: s.unitId, amountFen: s.amountFen }));
}

/**
 * The vote rule of Civil Code art. 278, in integers only (cross-multiplication, no division):
 *
 * - participation: participating area × 3 ≥ total area × 2 **and** participating owners × 3 ≥
 *   total owners × 2 (两个三分之二以上: "以上" includes the boundary, art. 1259);
 * - matters 6–8: approving area × 4 ≥ participating area × 3 **and** approving owners × 4 ≥
 *   participating owners × 3 (双四分之三以上);
 * - other matters: approving area × 2 > participating area **and** approving owners × 2 >
 *   participating owners (双过半: exactly one half is not more than half).
 *
 * Abstentions participate but do not approve; an owner who does not vote is not counted.
 */
import type { Tally, ThresholdCheck, VoteOutcome, Weight } from './events.ts';
import { type Matter, needsThreeQuarters } from './matters.ts';

/** A tally of an electorate before any ballot. */
export function emptyTally(totalAreaM2Hundredths = 0, totalOwners = 0): Tally {
  const none = (): Weight => ({ areaM2Hundredths: 0, owners: 0 });
  return { totalAreaM2Hundredths, totalOwners, approve: none(), reject: none(), abstain: none() };
}

/** Owners who cast a ballot, whatever its choice, and their area. */
export function participatingWeight(tally: Tally): Weight {
  return {
    areaM2Hundredths: tally.approve.areaM2Hundredths + tally.reject.areaM2Hundredths + tally.abstain.areaM2Hundredths,
    owners: tally.approve.owners + tally.reject.owners + tally.abstain.owners,
  };
}

function atLeastTwoThirds(name: ThresholdCheck['name'], actual: number, of: number): ThresholdCheck {
  return { name, rule: '≥ 2/3', actual, of, needed: Math.ceil((of * 2) / 3), met: actual * 3 >= of * 2 };
}

function atLeastThreeQuarters(name: ThresholdCheck['name'], actual: number, of: number): ThresholdCheck {
  return { name, rule: '≥ 3/4', actual, of, needed: Math.ceil((of * 3) / 4), met: actual * 4 >= of * 3 };
}

function moreThanHalf(name: ThresholdCheck['name'], actual: number, of: number): ThresholdCheck {
  return { name, rule: '> 1/2', actual, of, needed: Math.floor(of / 2) + 1, met: actual * 2 > of };
}

const WHAT: Record<ThresholdCheck['name'], string> = {
  'participating-area': 'participating area (of the total area)',
  'participating-owners': 'participating owners (of all owners)',
  'approving-area': 'approving area (of the participating area)',
  'approving-owners': 'approving owners (of the participating owners)',
};

/**
 * The outcome of a vote on `matter` with `tally`: every threshold checked, whether it passed,
 * and for each unmet threshold a sentence saying why. Pure and total.
 *
 * @example
 * computeOutcome(4, tally).passed // true when two-thirds took part and more than half approved
 */
export function computeOutcome(matter: Matter, tally: Tally): VoteOutcome {
  const participating = participatingWeight(tally);
  const participation = [
    atLeastTwoThirds('participating-area', participating.areaM2Hundredths, tally.totalAreaM2Hundredths),
    atLeastTwoThirds('participating-owners', participating.owners, tally.totalOwners),
  ];
  const approve = needsThreeQuarters(matter) ? atLeastThreeQuarters : moreThanHalf;
  const approval = [
    approve('approving-area', tally.approve.areaM2Hundredths, participating.areaM2Hundredths),
    approve('approving-owners', tally.approve.owners, participating.owners),
  ];
  const participationMet = participation.every((c) => c.met);
  const approvalMet = participationMet && approval.every((c) => c.met);
  const checks = [...participation, ...approval];
  const reasons = checks
    .filter((c) => !c.met)
    .map((c) => `${WHAT[c.name]}: ${c.actual} of ${c.of} does not meet ${c.rule} (needs ${c.needed})`);
  return { matter, tally, participating, participationMet, approvalMet, passed: approvalMet, checks, reasons };
}

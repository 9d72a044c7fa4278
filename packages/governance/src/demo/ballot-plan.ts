/**
 * How the owners of a community vote in the demo. The demo decides what kind of result a vote
 * should have — a clear pass, a narrow pass, a failure for lack of participation, or (mostly on
 * the three-quarter matters 6–8) a failure for lack of approval — and picks the ballots that
 * give it, checking the thresholds with the votes area's own `computeOutcome`. A few owners
 * change their mind before the vote closes (their first ballot is replaced).
 */
import type { Choice, Tally, VoteOutcome } from '../votes/events.ts';
import { type Matter, needsThreeQuarters } from '../votes/matters.ts';
import { computeOutcome } from '../votes/tally.ts';
import type { Random } from './random.ts';
import type { Owner } from './roster.ts';

/** The result a vote is steered towards. */
export type Intent = 'pass' | 'narrow' | 'fail-participation' | 'fail-approval';

/** One owner's ballot; `firstChoice` is an earlier ballot they replaced, if any. */
export interface PlannedBallot {
  readonly owner: Owner;
  readonly choice: Choice;
  readonly firstChoice: Choice | null;
}

/** The ballots and the outcome they give. */
export interface BallotPlan {
  readonly ballots: readonly PlannedBallot[];
  readonly outcome: VoteOutcome;
}

const sumArea = (owners: readonly Owner[]): number => owners.reduce((s, o) => s + o.areaM2Hundredths, 0);

/** Thresholds of art. 278 over the first owners of a fixed order, in O(1) each (prefix sums). */
class Prefix {
  readonly #area: number[] = [0];
  readonly #totalArea: number;
  readonly #total: number;

  constructor(order: readonly Owner[]) {
    for (const o of order) this.#area.push((this.#area[this.#area.length - 1] ?? 0) + o.areaM2Hundredths);
    this.#totalArea = this.#area[order.length] ?? 0;
    this.#total = order.length;
  }

  /** Do the first `count` owners make the participation threshold? */
  participation(count: number): boolean {
    return (this.#area[count] ?? 0) * 3 >= this.#totalArea * 2 && count * 3 >= this.#total * 2;
  }

  /** Do the first `yes` of the first `count` owners approve the matter? */
  approval(matter: Matter, yes: number, count: number): boolean {
    const a = this.#area[yes] ?? 0;
    const p = this.#area[count] ?? 0;
    if (needsThreeQuarters(matter)) return a * 4 >= p * 3 && yes * 4 >= count * 3;
    return a * 2 > p && yes * 2 > count;
  }
}

function tallyOf(owners: readonly Owner[], ballots: readonly PlannedBallot[]): Tally {
  const weight = (choice: Choice) => {
    const of = ballots.filter((b) => b.choice === choice);
    return { areaM2Hundredths: sumArea(of.map((b) => b.owner)), owners: of.length };
  };
  return {
    totalAreaM2Hundredths: sumArea(owners),
    totalOwners: owners.length,
    approve: weight('approve'),
    reject: weight('reject'),
    abstain: weight('abstain'),
  };
}

/** Plans the ballots of `owners` on `matter` towards `intent`. */
export function planBallots(rng: Random, owners: readonly Owner[], matter: Matter, intent: Intent): BallotPlan {
  const order = rng.shuffle([...owners]);
  const prefix = new Prefix(order);
  const total = owners.length;
  const three = needsThreeQuarters(matter);
  let turnout: number;
  let approving: number;
  switch (intent) {
    case 'pass':
      turnout = rng.uniform(0.75, 0.92);
      approving = three ? rng.uniform(0.82, 0.95) : rng.uniform(0.58, 0.85);
      break;
    case 'narrow':
      turnout = 0;
      approving = 0;
      break;
    case 'fail-participation':
      turnout = rng.uniform(0.45, 0.63);
      approving = rng.uniform(0.6, 0.9);
      break;
    case 'fail-approval':
      turnout = rng.uniform(0.72, 0.9);
      approving = three ? rng.uniform(0.55, 0.7) : rng.uniform(0.3, 0.46);
      break;
  }
  let count = Math.ceil(total * turnout);
  if (intent === 'fail-participation') {
    while (count > 0 && prefix.participation(count)) count--;
  } else {
    while (count < total && !prefix.participation(count)) count++;
  }
  const part = order.slice(0, count);
  let yes = Math.ceil(part.length * approving);
  if (intent === 'narrow' || intent === 'pass') {
    if (intent === 'narrow') yes = 0;
    while (yes < part.length && !prefix.approval(matter, yes, part.length)) yes++;
  } else if (intent === 'fail-approval') {
    while (yes > 0 && prefix.approval(matter, yes, part.length)) yes--;
  }
  const ballots: PlannedBallot[] = part.map((owner, i) => {
    const choice: Choice = i < yes ? 'approve' : rng.chance(0.7) ? 'reject' : 'abstain';
    const changes = rng.chance(0.04);
    const firstChoice: Choice | null = changes ? (choice === 'approve' ? 'reject' : 'approve') : null;
    return { owner, choice, firstChoice };
  });
  return { ballots, outcome: computeOutcome(matter, tallyOf(owners, ballots)) };
}

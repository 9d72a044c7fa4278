/**
 * The secrets a voter's client would draw for each ballot, made reproducible for the demo: a
 * ballot's blinding is an HMAC of the demo seed, the vote, the owner and the ballot's number,
 * so a seeded demo writes the same ledger on every run. A real client draws 32 random bytes
 * and keeps them for the receipt; anyone who knows the demo seed can re-derive these.
 */
import { createHmac } from 'node:crypto';
import { sumBlindings } from '../votes/ballot-commitment.ts';
import type { BallotCount } from '../votes/command-data.ts';
import type { Choice, Tally } from '../votes/events.ts';

/** The blinding (64 hex) of ballot number `ballotNumber` (1-based) of `ownerId` in `voteId`. */
export function demoBlinding(seed: number, voteId: string, ownerId: string, ballotNumber: number): string {
  return createHmac('sha256', `govledger-demo-ballot/${seed}`)
    .update(`${voteId}\n${ownerId}\n${ballotNumber}`)
    .digest('hex');
}

/**
 * The count the counting party brings to CloseVoting: the per-choice weights of the final
 * ballots (from the plan's tally) and the sum of their blindings.
 */
export function demoCount(tally: Tally, finalBlindings: readonly string[]): BallotCount {
  const pick = (choice: Choice) => ({ ...tally[choice] });
  return {
    committed: { approve: pick('approve'), reject: pick('reject'), abstain: pick('abstain') },
    blinding: sumBlindings(finalBlindings),
  };
}

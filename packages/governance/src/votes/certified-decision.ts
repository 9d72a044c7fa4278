/**
 * Using a vote as authority for an act in another area (a fund disbursement needs matter 5,
 * a committee election matter 3): the vote must be of the same community, on that matter,
 * certified, passed, and not revoked. Rules of other areas load the vote's stream as a related stream and
 * ask this module.
 */
import type { VoteState } from './aggregate.ts';
import { MATTERS, type Matter } from './matters.ts';

/**
 * Why `vote` does not authorise an act of `communityId` that needs a decision on `matter`,
 * or null when it does. `vote` is the folded state of the vote's stream (its initial state
 * when the stream is empty).
 */
export function whyVoteDoesNotAuthorise(
  vote: VoteState | undefined,
  communityId: string,
  matter: Matter,
): string | null {
  if (!vote || vote.status === 'none') return 'no such vote was proposed';
  if (vote.communityId !== communityId) return `it is a vote of ${vote.communityId}`;
  if (vote.matter !== matter) return `it decided matter ${vote.matter}, not matter ${matter} (${MATTERS[matter]})`;
  if (vote.revocation !== null) {
    const { revokedBy, reference, revokedAt } = vote.revocation;
    return `its decision was revoked by the ${revokedBy} (${reference}) at ${revokedAt}`;
  }
  if (vote.status !== 'certified') return `its result is not certified (the vote is ${vote.status})`;
  if (!vote.outcome?.passed) return 'it did not pass';
  return null;
}

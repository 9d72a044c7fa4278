/**
 * The life of a vote's inspection key (its ballot box, subject `ballots-<voteId>`): created
 * with the vote's first ballot, needed to count the ballots at closing and to inspect them on
 * an objection, and destroyed once the objection period is over and every objection was
 * answered (`govledger forget --subject ballots-<voteId>`). Destroying it earlier would leave
 * the ballots uncountable or an objection unanswerable, so the erasure is refused until then.
 * Pure: the vote's folded state and the ledger's time decide.
 */
import type { VoteState } from './aggregate.ts';
import { objectionPeriodEnd } from './decide.ts';

/**
 * Why the inspection key of the vote in `state` must not be destroyed at `now` (the ledger's
 * time, ISO-8601 UTC), or null when its life is over (or the vote was never proposed, so the
 * key is no ballot box of a known vote).
 */
export function whyBallotBoxKeyMustStay(state: VoteState, now: string): string | null {
  if (state.status === 'none') return null;
  if (state.status === 'proposed' || state.status === 'noticed' || state.status === 'open') {
    return `vote ${state.voteId} has not closed: its ballots must still be counted with this key`;
  }
  const endsAt = objectionPeriodEnd(state);
  if (endsAt !== null && Date.parse(now) < Date.parse(endsAt)) {
    return `the objection period of vote ${state.voteId} runs until ${endsAt}: an objection may still need its ballots inspected`;
  }
  const unanswered = Object.entries(state.objections).filter(([, answered]) => !answered);
  if (unanswered.length > 0) {
    return `objection ${unanswered.map(([id]) => id).join(', ')} on vote ${state.voteId} has no inspection yet`;
  }
  return null;
}

/**
 * What a step of running a vote reads besides the vote when the owners' committee may take it
 * (notice, electorate, opening, closing, certifying): the committee of the vote's community and
 * the vote that elected it, so that a committee whose electing decision was revoked (Civil Code
 * art. 280 ¶2, art. 155) takes no further step of a vote. Pure.
 */
import type { RelatedStreamsOf } from '../command.ts';
import {
  type CommitteeReading,
  committeeReference,
  electingVoteReference,
  requireActingCommitteeStands,
} from '../committees/sitting-committee.ts';
import type { VoteState } from './aggregate.ts';

/** The key under which a vote step consults the vote's community's committee. */
export const RUNNER_COMMITTEE = 'committee';

/** The committee of the vote's community and its electing vote, as a vote step reads them. */
export type RunnerCommittee = CommitteeReading<typeof RUNNER_COMMITTEE>;

/** The committee stream of the vote's community (none before the vote is proposed): a step spec's `related`. */
export function runnerCommitteeStreams(state: VoteState): RelatedStreamsOf<RunnerCommittee> {
  return state.communityId === '' ? [] : [committeeReference(state.communityId, RUNNER_COMMITTEE)];
}

/** The vote that elected the committee just read: a step spec's `relatedThrough`. */
export function runnerElectingVoteStreams(related: RunnerCommittee): RelatedStreamsOf<RunnerCommittee> {
  return electingVoteReference(related, RUNNER_COMMITTEE);
}

/** Refuses a step the actor takes as the owners' committee when that committee's election was revoked. */
export function requireRunnerStands(role: string, related: RunnerCommittee, state: VoteState) {
  return requireActingCommitteeStands(role, related, RUNNER_COMMITTEE, state.communityId);
}

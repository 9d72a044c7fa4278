/**
 * What a step of running a vote reads besides the vote when the owners' committee may take it
 * (notice, electorate, opening, closing, certifying): the committee of the vote's community and
 * the vote that elected it, so that a committee whose electing decision was revoked (Civil Code
 * art. 280 ¶2, art. 155) takes no further step of a vote, and the street office carries on the
 * procedure of a vote the unseated committee convened until a new committee is elected
 * (业主大会和业主委员会指导规则 art. 58). Pure.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import type { RelatedStreamsOf } from '../command.ts';
import type { Role } from '../roles.ts';
import {
  type CommitteeReading,
  committeeReference,
  electingVoteReference,
  requireActingCommitteeStands,
  requireReadCommitteeStands,
} from '../committees/sitting-committee.ts';
import type { VoteState } from './aggregate.ts';
import { runnersOf } from './convening.ts';

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

/**
 * The roles that run the vote now: its runners by convener (`convening.ts`), and the street
 * office too for a vote the committee convened while that committee is unseated by a revoked
 * election and no new one is elected: the residents' committee acts for the committee under the
 * street office's guidance and supervision until a new committee is produced (指导规则 art. 58),
 * so the owners' notice and ballots are not lost with the committee.
 */
export function runnersNow(state: VoteState, related: RunnerCommittee): readonly Role[] {
  const runners = runnersOf(state.convenedBy);
  const committeeRan = state.convenedBy === 'owners-committee' || state.convenedBy === null;
  const unseated = isLeft(requireReadCommitteeStands(related, RUNNER_COMMITTEE, state.communityId));
  return committeeRan && unseated && !runners.includes('street-office') ? [...runners, 'street-office'] : runners;
}

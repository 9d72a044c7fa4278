/**
 * Whether a community's owners' committee stands, as other areas ask before the committee acts
 * for the owners (a vote it convenes, a use of the maintenance fund it requests): a committee
 * is elected by a certified matter-3 decision, and a decision revoked by a court or the
 * authority (Civil Code art. 280 ¶2) binds no one from the beginning (art. 155), so the
 * committee it seated does not stand until a new election seats one.
 *
 * The revocation is recorded once, on the vote's stream, so a rule reads two streams: the
 * committee's (which names its electing vote) and, through it, that vote's. A spec consults
 * the first with {@link committeeReference} and the second with {@link electingVoteReference}
 * in its `relatedThrough`. Pure.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { RelatedStream } from '../command.ts';
import type { VoteState } from '../votes/aggregate.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';
import { type CommitteeState, committeeAggregate } from './aggregate.ts';
import { type ElectionRevoked, electionRevoked } from './errors.ts';
import { committeeStreamId } from './events.ts';

/** The key of the electing vote's state, beside the committee's read under `Key`. */
export type ElectingVoteKey<Key extends string> = `${Key}:electing-vote`;

/**
 * What a rule reads of a community's committee under `Key`: the committee's state, and under
 * `<Key>:electing-vote` the state of the vote that elected it (absent before any election).
 */
export type CommitteeReading<Key extends string> = { readonly [K in Key]?: CommitteeState } & {
  readonly [K in ElectingVoteKey<Key>]?: VoteState;
};

/** The community's committee stream, consulted under `key`. */
export function committeeReference<Key extends string>(
  communityId: string,
  key: Key,
): RelatedStream<Key, CommitteeState> {
  return { key, streamId: committeeStreamId(communityId), aggregate: committeeAggregate };
}

/**
 * The stream of the vote that elected the committee read under `key` (none before an
 * election): a spec's `relatedThrough`, after {@link committeeReference}.
 */
export function electingVoteReference<Key extends string>(
  related: CommitteeReading<Key>,
  key: Key,
): RelatedStream<ElectingVoteKey<Key>, VoteState>[] {
  const voteId = readCommittee(related, key).committee?.electedByVoteId ?? null;
  return voteId === null
    ? []
    : [{ key: `${key}:electing-vote`, streamId: voteStreamId(voteId), aggregate: voteAggregate }];
}

/** The two states a rule reads of a committee read under `key`: the committee's and its electing vote's. */
function readCommittee<Key extends string>(
  related: CommitteeReading<Key>,
  key: Key,
): { committee: CommitteeState | undefined; electingVote: VoteState | undefined } {
  const committees: { readonly [K in Key]?: CommitteeState } = related;
  const votes: { readonly [K in ElectingVoteKey<Key>]?: VoteState } = related;
  return { committee: committees[key], electingVote: votes[`${key}:electing-vote`] };
}

/**
 * Refuses when the sitting committee's electing decision was revoked, naming who revoked it,
 * the document and when the ledger recorded it; passes a committee never elected (whether one
 * must sit is each rule's own question) and one seated again by a later election.
 */
export function requireElectionStands(
  communityId: string,
  committee: CommitteeState | undefined,
  electingVote: VoteState | undefined,
): Either<ElectionRevoked, void> {
  const voteId = committee?.electedByVoteId ?? null;
  const revocation = electingVote?.revocation ?? null;
  if (voteId === null || revocation === null) return right(undefined);
  const { revokedBy, reference, revokedAt } = revocation;
  return left(electionRevoked(communityId, voteId, `by the ${revokedBy}, ${reference}, recorded ${revokedAt}`));
}

/** Refuses like {@link requireElectionStands} for the committee read under `key`. */
export function requireReadCommitteeStands<Key extends string>(
  related: CommitteeReading<Key>,
  key: Key,
  communityId: string,
): Either<ElectionRevoked, void> {
  const { committee, electingVote } = readCommittee(related, key);
  return requireElectionStands(communityId, committee, electingVote);
}

/**
 * Whether a committee sits for the owners of the community read under `key`: elected, and
 * its electing decision not revoked. A community whose only committee's election was revoked
 * has none (art. 155), so the acts the law leaves to others where no committee exists are open.
 */
export function committeeSits<Key extends string>(related: CommitteeReading<Key>, key: Key): boolean {
  const { committee, electingVote } = readCommittee(related, key);
  return committee?.elected === true && (electingVote?.revocation ?? null) === null;
}

/**
 * Refuses like {@link requireElectionStands} when the actor acts as the owners' committee, and
 * passes every other role: the one check each act an owners' committee may take runs first,
 * so that a committee unseated by a revoked election (art. 280 ¶2, art. 155) takes no further act.
 */
export function requireActingCommitteeStands<Key extends string>(
  role: string,
  related: CommitteeReading<Key>,
  key: Key,
  communityId: string,
): Either<ElectionRevoked, void> {
  return role === 'owners-committee' ? requireReadCommitteeStands(related, key, communityId) : right(undefined);
}

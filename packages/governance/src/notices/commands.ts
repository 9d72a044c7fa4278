/**
 * Commands of the notices area: both act on the notice's stream `notice-<noticeId>`. Data
 * codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { AnyCommandSpec, CommandSpec, RelatedStream } from '../command.ts';
import { placeReferences } from '../registry/references.ts';
import { type VoteState, voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';
import { type NoticeState, noticeAggregate, noticeStreamId } from './aggregate.ts';
import { PublishNoticeData, WithdrawNoticeData } from './command-data.ts';
import {
  decidePublishNotice,
  decideWithdrawNotice,
  type NoticeRelated,
  PLACE_KEY,
  PUBLISHER_COMMITTEE,
  type PublisherCommittee,
  RESULT_VOTE_KEY,
} from './decide.ts';
import { committeeReference, electingVoteReference } from '../committees/sitting-committee.ts';
import { DEFAULT_DISCLOSURE_POLICY, type DisclosurePolicy, makeDisclosurePolicy } from './policy.ts';

/** The vote a `vote-result` notice publishes, consulted under {@link RESULT_VOTE_KEY}. */
const resultVote = (voteId: string): RelatedStream<typeof RESULT_VOTE_KEY, VoteState> => ({
  key: RESULT_VOTE_KEY,
  streamId: voteStreamId(voteId),
  aggregate: voteAggregate,
});

/** PublishNotice on `notice-<id>` under a disclosure policy (validated here). */
export function publishNoticeWith(
  policy: Partial<DisclosurePolicy> = DEFAULT_DISCLOSURE_POLICY,
): CommandSpec<PublishNoticeData, NoticeState, NoticeRelated> {
  return {
    name: 'PublishNotice',
    data: PublishNoticeData,
    streamId: (data) => noticeStreamId(data.noticeId),
    aggregate: noticeAggregate,
    related: (data) => [
      ...placeReferences(data.communityId, PLACE_KEY),
      committeeReference(data.communityId, PUBLISHER_COMMITTEE),
      ...(data.kind === 'vote-result' && data.subjectId !== undefined ? [resultVote(data.subjectId)] : []),
    ],
    relatedThrough: (_data, related) => electingVoteReference(related, PUBLISHER_COMMITTEE),
    decide: decidePublishNotice(makeDisclosurePolicy(policy)),
  };
}

/** PublishNotice under the default policy (7 days for every kind). */
export const PublishNotice: CommandSpec<PublishNoticeData, NoticeState, NoticeRelated> = publishNoticeWith();

/** WithdrawNotice on `notice-<id>`. */
export const WithdrawNotice: CommandSpec<WithdrawNoticeData, NoticeState, PublisherCommittee> = {
  name: 'WithdrawNotice',
  data: WithdrawNoticeData,
  streamId: (data) => noticeStreamId(data.noticeId),
  aggregate: noticeAggregate,
  related: (_data, _at, state) =>
    state.communityId === '' ? [] : [committeeReference(state.communityId, PUBLISHER_COMMITTEE)],
  relatedThrough: (_data, related) => electingVoteReference(related, PUBLISHER_COMMITTEE),
  decide: decideWithdrawNotice,
};

/** Every notices command, with notices published under `policy`. */
export function noticesCommandsWith(policy: Partial<DisclosurePolicy> = DEFAULT_DISCLOSURE_POLICY): AnyCommandSpec[] {
  return [publishNoticeWith(policy), WithdrawNotice];
}

/**
 * Commands of the notices area: both act on the notice's stream `notice-<noticeId>`. Data
 * codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { placeReferences } from '../registry/references.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';
import { type NoticeState, noticeAggregate, noticeStreamId } from './aggregate.ts';
import { PublishNoticeData, WithdrawNoticeData } from './command-data.ts';
import { decidePublishNotice, decideWithdrawNotice, PLACE_KEY, RESULT_VOTE_KEY } from './decide.ts';
import { DEFAULT_DISCLOSURE_POLICY, type DisclosurePolicy, makeDisclosurePolicy } from './policy.ts';

/** PublishNotice on `notice-<id>` under a disclosure policy (validated here). */
export function publishNoticeWith(
  policy: Partial<DisclosurePolicy> = DEFAULT_DISCLOSURE_POLICY,
): CommandSpec<PublishNoticeData, NoticeState> {
  return {
    name: 'PublishNotice',
    data: PublishNoticeData,
    streamId: (data) => noticeStreamId(data.noticeId),
    aggregate: noticeAggregate,
    related: (data) => [
      ...placeReferences(data.communityId, PLACE_KEY),
      ...(data.kind === 'vote-result' && data.subjectId !== undefined
        ? [{ key: RESULT_VOTE_KEY, streamId: voteStreamId(data.subjectId), aggregate: voteAggregate }]
        : []),
    ],
    decide: decidePublishNotice(makeDisclosurePolicy(policy)),
  };
}

/** PublishNotice under the default policy (7 days for every kind). */
export const PublishNotice: CommandSpec<PublishNoticeData, NoticeState> = publishNoticeWith();

/** WithdrawNotice on `notice-<id>`. */
export const WithdrawNotice: CommandSpec<WithdrawNoticeData, NoticeState> = {
  name: 'WithdrawNotice',
  data: WithdrawNoticeData,
  streamId: (data) => noticeStreamId(data.noticeId),
  aggregate: noticeAggregate,
  decide: decideWithdrawNotice,
};

/** Every notices command, with notices published under `policy`. */
export function noticesCommandsWith(policy: Partial<DisclosurePolicy> = DEFAULT_DISCLOSURE_POLICY): AnyCommandSpec[] {
  return [publishNoticeWith(policy), WithdrawNotice];
}

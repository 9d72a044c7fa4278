/**
 * The rules of the notices area. Pure: they read the command and the notice's state; the
 * disclosure policy is fixed when the command specs are built.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import { type CommitteeReading, requireActingCommitteeStands } from '../committees/sitting-committee.ts';
import { type PlaceRegistration, requireActivePlace } from '../registry/references.ts';
import type { VoteState } from '../votes/aggregate.ts';
import type { NoticeState } from './aggregate.ts';
import type { PublishNoticeData, WithdrawNoticeData } from './command-data.ts';
import type { PlaceNotRegistered } from '../registry/errors.ts';
import {
  type CityScopeNotAllowed,
  type DisclosureBackdated,
  type DisclosureTooShort,
  type DisclosureTooShortFromRecording,
  type VoteResultNeedsVote,
  cityScopeNotAllowed,
  disclosureBackdated,
  disclosureTooShort,
  disclosureTooShortFromRecording,
  type NoticesError,
  noticeAlreadyPublished,
  noticeAlreadyWithdrawn,
  noticeNotFound,
  notThePublisher,
  voteResultNeedsVote,
} from './errors.ts';
import { NoticePublished, type NoticePublishedData, NoticeWithdrawn, type NoticeWithdrawnData } from './events.ts';
import { cityScopeOf, DAY_MS, type DisclosurePolicy, minimumDays } from './policy.ts';

/** What a notices rule returns. */
export type NoticesDecision = E.Either<NoticesError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

/** Related key under which the notice's place is consulted. */
export const PLACE_KEY = 'place';

/** Related key under which a `vote-result` notice's vote (its `subjectId`) is consulted. */
export const RESULT_VOTE_KEY = 'vote';

/** Related key under which the place's owners' committee (and its electing vote) is consulted. */
export const PUBLISHER_COMMITTEE = 'committee';

/**
 * The place's committee and the vote that elected it, so that a committee whose electing
 * decision was revoked (Civil Code art. 280 ¶2, art. 155) neither publishes nor withdraws as
 * the committee.
 */
export type PublisherCommittee = CommitteeReading<typeof PUBLISHER_COMMITTEE>;

/**
 * What PublishNotice reads beside the notice: the place's registration, its committee with
 * that committee's electing vote, and for a `vote-result` notice naming its vote, that vote's state.
 */
export type NoticeRelated = PlaceRegistration<typeof PLACE_KEY> &
  PublisherCommittee & { readonly [RESULT_VOTE_KEY]?: VoteState };

/**
 * Why a `vote-result` notice of `communityId` may not publish `vote`, or null when it may: the
 * vote exists, is of that community, and its result is certified (物业管理条例 art. 12 ¶5: the
 * assembly's decision is announced to the owners; what is announced is a certified result).
 */
function whyNotAResult(vote: VoteState | undefined, communityId: string): string | null {
  if (!vote || vote.status === 'none') return 'no such vote was proposed';
  if (vote.communityId !== communityId) return `it is a vote of ${vote.communityId}`;
  if (vote.status !== 'certified') return `its result is not certified (the vote is ${vote.status})`;
  return null;
}

/** The notice's place: the whole city (housing bureau only) or a registered, active place. */
function requirePlace(
  input: CommandInput<PublishNoticeData>,
  policy: DisclosurePolicy,
  related: NoticeRelated,
): E.Either<PlaceNotRegistered | CityScopeNotAllowed, void> {
  const { communityId } = input.data;
  if (communityId !== cityScopeOf(policy)) return requireActivePlace(related, PLACE_KEY, communityId);
  return input.actor.role === 'housing-bureau' ? ok : E.left(cityScopeNotAllowed(communityId, input.actor.role));
}

/** A `vote-result` notice names a certified vote of its community. */
function requireResultVote(data: PublishNoticeData, related: NoticeRelated): E.Either<VoteResultNeedsVote, void> {
  if (data.kind !== 'vote-result') return ok;
  const voteId = data.subjectId ?? null;
  const reason = voteId === null ? '' : whyNotAResult(related[RESULT_VOTE_KEY], data.communityId);
  return voteId === null || reason !== null ? E.left(voteResultNeedsVote(data.noticeId, voteId, reason ?? '')) : ok;
}

/** On display from no earlier than publication, for at least `days`, from the claimed start and from the recording. */
function requireDisclosure(
  input: CommandInput<PublishNoticeData>,
  days: number,
  disclosureFrom: string,
): E.Either<DisclosureBackdated | DisclosureTooShort | DisclosureTooShortFromRecording, void> {
  const { kind, disclosureUntil } = input.data;
  if (Date.parse(disclosureFrom) < Date.parse(input.occurredAt)) {
    return E.left(disclosureBackdated(disclosureFrom, input.occurredAt));
  }
  if (Date.parse(disclosureUntil) - Date.parse(disclosureFrom) < days * DAY_MS) {
    return E.left(disclosureTooShort(kind, days, disclosureFrom, disclosureUntil));
  }
  if (Date.parse(disclosureUntil) - Date.parse(input.recordedAt) < days * DAY_MS) {
    return E.left(disclosureTooShortFromRecording(kind, days, input.recordedAt, disclosureUntil));
  }
  return ok;
}

/**
 * PublishNotice: owners' committee (whose election stands), property company, street office or housing bureau; a new
 * notice id; for a registered, active place (or, by the housing bureau only, the whole city);
 * on display from no earlier than its publication, for at least the policy's minimum days for
 * its kind, counted both from the claimed start and from the ledger's recording; a
 * `vote-result` notice names a certified vote of its community (`VoteResultNeedsVote`).
 */
export function decidePublishNotice(
  policy: DisclosurePolicy,
): (input: CommandInput<PublishNoticeData>, state: NoticeState, related: NoticeRelated) => NoticesDecision {
  return (input, state, related) => {
    const { data } = input;
    const disclosureFrom = data.disclosureFrom ?? input.occurredAt;
    const days = minimumDays(policy, data.kind);
    return pipe(
      requireRole('PublishNotice', input, 'owners-committee', 'property-company', 'street-office', 'housing-bureau'),
      E.chainW(() => requireActingCommitteeStands(input.actor.role, related, PUBLISHER_COMMITTEE, data.communityId)),
      E.chainW(() => (state.publisher === null ? ok : E.left(noticeAlreadyPublished(data.noticeId)))),
      E.chainW(() => requirePlace(input, policy, related)),
      E.chainW(() => requireResultVote(data, related)),
      E.chainW(() => requireDisclosure(input, days, disclosureFrom)),
      E.map(() => [
        {
          type: NoticePublished.type,
          data: {
            noticeId: data.noticeId,
            communityId: data.communityId,
            kind: data.kind,
            title: data.title,
            subjectId: data.subjectId ?? null,
            documentSha256: data.documentSha256 ?? null,
            disclosureFrom,
            disclosureUntil: data.disclosureUntil,
            minimumDays: days,
          } satisfies NoticePublishedData,
        },
      ]),
    );
  };
}

/**
 * WithdrawNotice: only the publisher (same id and role; a committee whose election stands), a
 * published notice not yet withdrawn, with a reason.
 */
export function decideWithdrawNotice(
  input: CommandInput<WithdrawNoticeData>,
  state: NoticeState,
  related: PublisherCommittee,
): NoticesDecision {
  const { noticeId, reason } = input.data;
  const { publisher } = state;
  return pipe(
    publisher === null ? E.left(noticeNotFound(noticeId)) : E.right(publisher),
    E.chainW((p) =>
      p.id === input.actor.id && p.role === input.actor.role
        ? ok
        : E.left(notThePublisher(noticeId, input.actor.id, p.id)),
    ),
    E.chainW(() => requireActingCommitteeStands(input.actor.role, related, PUBLISHER_COMMITTEE, state.communityId)),
    E.chainW(() => (state.withdrawn ? E.left(noticeAlreadyWithdrawn(noticeId)) : ok)),
    E.map(() => [{ type: NoticeWithdrawn.type, data: { noticeId, reason } satisfies NoticeWithdrawnData }]),
  );
}

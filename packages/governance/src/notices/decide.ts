/**
 * The rules of the notices area. Pure: they read the command and the notice's state; the
 * disclosure policy is fixed when the command specs are built.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import { type PlaceRegistration, requireActivePlace } from '../registry/references.ts';
import type { VoteState } from '../votes/aggregate.ts';
import type { NoticeState } from './aggregate.ts';
import type { PublishNoticeData, WithdrawNoticeData } from './command-data.ts';
import { noticesErrors as errors } from './errors.ts';
import { NoticePublished, type NoticePublishedData, NoticeWithdrawn, type NoticeWithdrawnData } from './events.ts';
import { cityScopeOf, DAY_MS, type DisclosurePolicy, minimumDays } from './policy.ts';

/** What a notices rule returns. */
export type NoticesDecision = Either<DomainError, readonly DecidedEvent[]>;

/** Related key under which the notice's place is consulted. */
export const PLACE_KEY = 'place';

/** Related key under which a `vote-result` notice's vote (its `subjectId`) is consulted. */
export const RESULT_VOTE_KEY = 'vote';

/**
 * What PublishNotice reads beside the notice: the place's registration, and for a
 * `vote-result` notice naming its vote, that vote's state.
 */
export type NoticeRelated = PlaceRegistration<typeof PLACE_KEY> & { readonly [RESULT_VOTE_KEY]?: VoteState };

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

/**
 * PublishNotice: owners' committee, property company, street office or housing bureau; a new
 * notice id; for a registered, active place (or, by the housing bureau only, the whole city);
 * on display from no earlier than its publication, for at least the policy's minimum days for
 * its kind, counted both from the claimed start and from the ledger's recording; a
 * `vote-result` notice names a certified vote of its community (`VoteResultNeedsVote`).
 */
export function decidePublishNotice(
  policy: DisclosurePolicy,
): (input: CommandInput<PublishNoticeData>, state: NoticeState, related: NoticeRelated) => NoticesDecision {
  return (input, state, related) => {
    const allowed = requireRole(
      'PublishNotice',
      input,
      'owners-committee',
      'property-company',
      'street-office',
      'housing-bureau',
    );
    if (isLeft(allowed)) return allowed;
    const { noticeId, communityId, kind, title, disclosureUntil } = input.data;
    if (state.publisher !== null) return left(errors.noticeAlreadyPublished(noticeId));
    if (communityId === cityScopeOf(policy)) {
      if (input.actor.role !== 'housing-bureau') return left(errors.cityScopeNotAllowed(communityId, input.actor.role));
    } else {
      const registered = requireActivePlace(related, PLACE_KEY, communityId);
      if (isLeft(registered)) return registered;
    }
    if (kind === 'vote-result') {
      const voteId = input.data.subjectId ?? null;
      const reason = voteId === null ? '' : whyNotAResult(related[RESULT_VOTE_KEY], communityId);
      if (voteId === null || reason !== null) return left(errors.voteResultNeedsVote(noticeId, voteId, reason ?? ''));
    }
    const disclosureFrom = input.data.disclosureFrom ?? input.occurredAt;
    if (Date.parse(disclosureFrom) < Date.parse(input.occurredAt)) {
      return left(errors.disclosureBackdated(disclosureFrom, input.occurredAt));
    }
    const days = minimumDays(policy, kind);
    if (Date.parse(disclosureUntil) - Date.parse(disclosureFrom) < days * DAY_MS) {
      return left(errors.disclosureTooShort(kind, days, disclosureFrom, disclosureUntil));
    }
    if (Date.parse(disclosureUntil) - Date.parse(input.recordedAt) < days * DAY_MS) {
      return left(errors.disclosureTooShortFromRecording(kind, days, input.recordedAt, disclosureUntil));
    }
    const data = {
      noticeId,
      communityId,
      kind,
      title,
      subjectId: input.data.subjectId ?? null,
      documentSha256: input.data.documentSha256 ?? null,
      disclosureFrom,
      disclosureUntil,
      minimumDays: days,
    } satisfies NoticePublishedData;
    return right([{ type: NoticePublished.type, data }]);
  };
}

/** WithdrawNotice: only the publisher (same id and role), a published notice not yet withdrawn, with a reason. */
export function decideWithdrawNotice(input: CommandInput<WithdrawNoticeData>, state: NoticeState): NoticesDecision {
  const { noticeId, reason } = input.data;
  const { publisher } = state;
  if (publisher === null) return left(errors.noticeNotFound(noticeId));
  if (publisher.id !== input.actor.id || publisher.role !== input.actor.role) {
    return left(errors.notThePublisher(noticeId, input.actor.id, publisher.id));
  }
  if (state.withdrawn) return left(errors.noticeAlreadyWithdrawn(noticeId));
  return right([{ type: NoticeWithdrawn.type, data: { noticeId, reason } satisfies NoticeWithdrawnData }]);
}

/**
 * The rules of the notices area. Pure: they read the command and the notice's state; the
 * disclosure policy is fixed when the command specs are built.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { NoticeState } from './aggregate.ts';
import type { PublishNoticeData, WithdrawNoticeData } from './command-data.ts';
import { noticesErrors as errors } from './errors.ts';
import { NoticePublished, NoticeWithdrawn } from './events.ts';
import { DAY_MS, type DisclosurePolicy, minimumDays } from './policy.ts';

/** What a notices rule returns. */
export type NoticesDecision = Either<DomainError, readonly DecidedEvent[]>;

/**
 * PublishNotice: owners' committee, property company, street office or housing bureau; a new
 * notice id; on display from no earlier than its publication, for at least the policy's
 * minimum days for its kind.
 */
export function decidePublishNotice(
  policy: DisclosurePolicy,
): (input: CommandInput<PublishNoticeData>, state: NoticeState) => NoticesDecision {
  return (input, state) => {
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
    const disclosureFrom = input.data.disclosureFrom ?? input.occurredAt;
    if (Date.parse(disclosureFrom) < Date.parse(input.occurredAt)) {
      return left(errors.disclosureBackdated(disclosureFrom, input.occurredAt));
    }
    const days = minimumDays(policy, kind);
    if (Date.parse(disclosureUntil) - Date.parse(disclosureFrom) < days * DAY_MS) {
      return left(errors.disclosureTooShort(kind, days, disclosureFrom, disclosureUntil));
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
    };
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
  return right([{ type: NoticeWithdrawn.type, data: { noticeId, reason } }]);
}

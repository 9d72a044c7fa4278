/**
 * Every rule the notices area can refuse a command with: a tag naming the rule, the ids
 * involved and a message written once here.
 */
import type { DomainError } from '../command.ts';

/** A refusal of the notices area (`Forbidden` comes from `requireRole`). */
export interface NoticesError extends DomainError {
  readonly _tag:
    | 'NoticeAlreadyPublished'
    | 'NoticeNotFound'
    | 'NoticeAlreadyWithdrawn'
    | 'DisclosureBackdated'
    | 'DisclosureTooShort'
    | 'DisclosureTooShortFromRecording'
    | 'CityScopeNotAllowed'
    | 'NotThePublisher'
    | 'VoteResultNeedsVote';
}

/** One refusal of the notices area: its own tag, its message and the ids it names, all typed. */
export type NoticesRefusal<Tag extends NoticesError['_tag'], Details extends Record<string, unknown>> = NoticesError &
  Readonly<Details> & { readonly _tag: Tag };

const error = <Tag extends NoticesError['_tag'], Details extends Record<string, unknown>>(
  _tag: Tag,
  message: string,
  details: Details,
): NoticesRefusal<Tag, Details> => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of notices refusals. */
export const noticesErrors = {
  noticeAlreadyPublished: (noticeId: string) =>
    error('NoticeAlreadyPublished', `notice ${noticeId} is already published`, { noticeId }),
  noticeNotFound: (noticeId: string) => error('NoticeNotFound', `notice ${noticeId} was never published`, { noticeId }),
  noticeAlreadyWithdrawn: (noticeId: string) =>
    error('NoticeAlreadyWithdrawn', `notice ${noticeId} is already withdrawn`, { noticeId }),
  disclosureBackdated: (disclosureFrom: string, occurredAt: string) =>
    error(
      'DisclosureBackdated',
      `a notice published at ${occurredAt} cannot have been on display since ${disclosureFrom}`,
      { disclosureFrom },
    ),
  disclosureTooShort: (kind: string, minimumDays: number, from: string, until: string) =>
    error(
      'DisclosureTooShort',
      `a ${kind} notice must stay on display at least ${minimumDays} days; ${from} to ${until} is shorter`,
      { kind, minimumDays },
    ),
  /** The display counted from the ledger's recording (not the claimed start) is shorter than the minimum. */
  disclosureTooShortFromRecording: (kind: string, minimumDays: number, recordedAt: string, until: string) =>
    error(
      'DisclosureTooShortFromRecording',
      `a ${kind} notice must stay on display at least ${minimumDays} days from its recording in the ledger; ${recordedAt} to ${until} is shorter`,
      { kind, minimumDays, recordedAt },
    ),
  /** Only the housing bureau publishes a notice for the whole city. */
  cityScopeNotAllowed: (scopeId: string, role: string) =>
    error('CityScopeNotAllowed', `only the housing bureau may publish a city-wide notice (${scopeId}); not a ${role}`, {
      scopeId,
      role,
    }),
  notThePublisher: (noticeId: string, actorId: string, publisherId: string) =>
    error('NotThePublisher', `only ${publisherId}, who published notice ${noticeId}, may withdraw it; not ${actorId}`, {
      noticeId,
      actorId,
      publisherId,
    }),
  /**
   * A `vote-result` notice publishes the certified result of one vote: it must name as subject
   * a vote of its community whose result is certified (`reason` says what is missing).
   */
  voteResultNeedsVote: (noticeId: string, voteId: string | null, reason: string) =>
    error(
      'VoteResultNeedsVote',
      voteId === null
        ? `vote-result notice ${noticeId} must name its vote in data.subjectId`
        : `vote-result notice ${noticeId} cannot publish vote ${voteId}: ${reason}`,
      { noticeId, voteId },
    ),
};

/**
 * Why a notices command is refused: each rule's error, with its message written once here.
 */
import type { ElectionRevoked } from '../committees/errors.ts';
import type { Forbidden } from '../authorisation.ts';
import type { DomainError } from '../command.ts';
import type { PlaceNotRegistered } from '../registry/errors.ts';

/** A notice with this id was already published: ids are made once, at the edge. */
export interface NoticeAlreadyPublished extends DomainError {
  readonly _tag: 'NoticeAlreadyPublished';
  readonly noticeId: string;
}

/** The command names a notice that was never published. */
export interface NoticeNotFound extends DomainError {
  readonly _tag: 'NoticeNotFound';
  readonly noticeId: string;
}

/** A notice is withdrawn once. */
export interface NoticeAlreadyWithdrawn extends DomainError {
  readonly _tag: 'NoticeAlreadyWithdrawn';
  readonly noticeId: string;
}

/** A notice cannot have been on display before it was published. */
export interface DisclosureBackdated extends DomainError {
  readonly _tag: 'DisclosureBackdated';
  readonly disclosureFrom: string;
}

/** The claimed display period is shorter than the policy's minimum for the notice's kind. */
export interface DisclosureTooShort extends DomainError {
  readonly _tag: 'DisclosureTooShort';
  readonly kind: string;
  readonly minimumDays: number;
}

/** The display counted from the ledger's recording (not the claimed start) is shorter than the minimum. */
export interface DisclosureTooShortFromRecording extends DomainError {
  readonly _tag: 'DisclosureTooShortFromRecording';
  readonly kind: string;
  readonly minimumDays: number;
  readonly recordedAt: string;
}

/** Only the housing bureau publishes a notice for the whole city. */
export interface CityScopeNotAllowed extends DomainError {
  readonly _tag: 'CityScopeNotAllowed';
  readonly scopeId: string;
  readonly role: string;
}

/** Only the publisher (same id and role) withdraws a notice. */
export interface NotThePublisher extends DomainError {
  readonly _tag: 'NotThePublisher';
  readonly noticeId: string;
  readonly actorId: string;
  readonly publisherId: string;
}

/**
 * A `vote-result` notice publishes the certified result of one vote: it must name as subject
 * a vote of its community whose result is certified.
 */
export interface VoteResultNeedsVote extends DomainError {
  readonly _tag: 'VoteResultNeedsVote';
  readonly noticeId: string;
  readonly voteId: string | null;
}

/** Every reason a notices rule of its own can refuse a command. */
export type NoticeRuleError =
  | NoticeAlreadyPublished
  | NoticeNotFound
  | NoticeAlreadyWithdrawn
  | DisclosureBackdated
  | DisclosureTooShort
  | DisclosureTooShortFromRecording
  | CityScopeNotAllowed
  | NotThePublisher
  | VoteResultNeedsVote;

/** Every reason a notices command can be refused (the role check and the place's registration included). */
export type NoticesError = Forbidden | PlaceNotRegistered | NoticeRuleError | ElectionRevoked;

/** Builds {@link NoticeAlreadyPublished}. */
export function noticeAlreadyPublished(noticeId: string): NoticeAlreadyPublished {
  return { _tag: 'NoticeAlreadyPublished', message: `notice ${noticeId} is already published`, noticeId };
}

/** Builds {@link NoticeNotFound}. */
export function noticeNotFound(noticeId: string): NoticeNotFound {
  return { _tag: 'NoticeNotFound', message: `notice ${noticeId} was never published`, noticeId };
}

/** Builds {@link NoticeAlreadyWithdrawn}. */
export function noticeAlreadyWithdrawn(noticeId: string): NoticeAlreadyWithdrawn {
  return { _tag: 'NoticeAlreadyWithdrawn', message: `notice ${noticeId} is already withdrawn`, noticeId };
}

/** Builds {@link DisclosureBackdated} for a notice published at `occurredAt`. */
export function disclosureBackdated(disclosureFrom: string, occurredAt: string): DisclosureBackdated {
  return {
    _tag: 'DisclosureBackdated',
    message: `a notice published at ${occurredAt} cannot have been on display since ${disclosureFrom}`,
    disclosureFrom,
  };
}

/** Builds {@link DisclosureTooShort} for the claimed display `from` … `until`. */
export function disclosureTooShort(kind: string, minimumDays: number, from: string, until: string): DisclosureTooShort {
  return {
    _tag: 'DisclosureTooShort',
    message: `a ${kind} notice must stay on display at least ${minimumDays} days; ${from} to ${until} is shorter`,
    kind,
    minimumDays,
  };
}

/** Builds {@link DisclosureTooShortFromRecording} for the display from `recordedAt` to `until`. */
export function disclosureTooShortFromRecording(
  kind: string,
  minimumDays: number,
  recordedAt: string,
  until: string,
): DisclosureTooShortFromRecording {
  return {
    _tag: 'DisclosureTooShortFromRecording',
    message: `a ${kind} notice must stay on display at least ${minimumDays} days from its recording in the ledger; ${recordedAt} to ${until} is shorter`,
    kind,
    minimumDays,
    recordedAt,
  };
}

/** Builds {@link CityScopeNotAllowed} for an actor of `role`. */
export function cityScopeNotAllowed(scopeId: string, role: string): CityScopeNotAllowed {
  return {
    _tag: 'CityScopeNotAllowed',
    message: `only the housing bureau may publish a city-wide notice (${scopeId}); not a ${role}`,
    scopeId,
    role,
  };
}

/** Builds {@link NotThePublisher}. */
export function notThePublisher(noticeId: string, actorId: string, publisherId: string): NotThePublisher {
  return {
    _tag: 'NotThePublisher',
    message: `only ${publisherId}, who published notice ${noticeId}, may withdraw it; not ${actorId}`,
    noticeId,
    actorId,
    publisherId,
  };
}

/** Builds {@link VoteResultNeedsVote}; `reason` says what is missing when a vote is named. */
export function voteResultNeedsVote(noticeId: string, voteId: string | null, reason: string): VoteResultNeedsVote {
  return {
    _tag: 'VoteResultNeedsVote',
    message:
      voteId === null
        ? `vote-result notice ${noticeId} must name its vote in data.subjectId`
        : `vote-result notice ${noticeId} cannot publish vote ${voteId}: ${reason}`,
    noticeId,
    voteId,
  };
}

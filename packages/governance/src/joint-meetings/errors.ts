/**
 * Every rule the joint-meetings area can refuse a command with: one type per refusal, naming
 * the ids involved, each made by its builder, which writes the message once.
 */
import type { DomainError } from '../command.ts';

/** A meeting id is convened once. */
export interface MeetingAlreadyConvened extends DomainError {
  readonly _tag: 'MeetingAlreadyConvened';
  readonly meetingId: string;
}

/** The command names a meeting never convened. */
export interface MeetingNotConvened extends DomainError {
  readonly _tag: 'MeetingNotConvened';
  readonly meetingId: string;
}

/** A four-party meeting lacks one of the four parties (`missing` names each, as alternatives). */
export interface FourPartiesMissing extends DomainError {
  readonly _tag: 'FourPartiesMissing';
  readonly meetingId: string;
  readonly missing: readonly string[];
}

/** The list of parties breaks a rule (too long, an organisation twice). */
export interface PartiesInvalid extends DomainError {
  readonly _tag: 'PartiesInvalid';
  readonly meetingId: string;
}

/** The list of topics breaks a rule (count, complaint ids). */
export interface TopicsInvalid extends DomainError {
  readonly _tag: 'TopicsInvalid';
  readonly meetingId: string;
}

/** A resolution id is recorded once per meeting. */
export interface ResolutionAlreadyRecorded extends DomainError {
  readonly _tag: 'ResolutionAlreadyRecorded';
  readonly meetingId: string;
  readonly resolutionId: string;
}

/** The command names a resolution the meeting never recorded. */
export interface ResolutionNotFound extends DomainError {
  readonly _tag: 'ResolutionNotFound';
  readonly meetingId: string;
  readonly resolutionId: string;
}

/** A resolution is completed once. */
export interface ResolutionAlreadyCompleted extends DomainError {
  readonly _tag: 'ResolutionAlreadyCompleted';
  readonly meetingId: string;
  readonly resolutionId: string;
}

/** Only a party present at the meeting is made responsible. */
export interface ResponsibleNotPresent extends DomainError {
  readonly _tag: 'ResponsibleNotPresent';
  readonly meetingId: string;
  readonly organisationId: string;
}

/** A resolution falls due after it is recorded. */
export interface DueNotAfterRecording extends DomainError {
  readonly _tag: 'DueNotAfterRecording';
  readonly dueAt: string;
}

/** Only the convening bodies, the joint meeting or the responsible organisation complete a resolution. */
export interface NotAllowedToComplete extends DomainError {
  readonly _tag: 'NotAllowedToComplete';
  readonly actorId: string;
  readonly role: string;
  readonly responsibleOrganisationId: string;
}

/** A refusal of the joint-meetings area (`Forbidden` comes from `requireRole`). */
export type JointMeetingError =
  | MeetingAlreadyConvened
  | MeetingNotConvened
  | FourPartiesMissing
  | PartiesInvalid
  | TopicsInvalid
  | ResolutionAlreadyRecorded
  | ResolutionNotFound
  | ResolutionAlreadyCompleted
  | ResponsibleNotPresent
  | DueNotAfterRecording
  | NotAllowedToComplete;

/** Builds {@link MeetingAlreadyConvened}. */
export function meetingAlreadyConvened(meetingId: string): MeetingAlreadyConvened {
  return { _tag: 'MeetingAlreadyConvened', message: `joint meeting ${meetingId} is already convened`, meetingId };
}

/** Builds {@link MeetingNotConvened}. */
export function meetingNotConvened(meetingId: string): MeetingNotConvened {
  return { _tag: 'MeetingNotConvened', message: `joint meeting ${meetingId} was never convened`, meetingId };
}

/** Builds {@link FourPartiesMissing}. */
export function fourPartiesMissing(meetingId: string, missing: readonly string[]): FourPartiesMissing {
  return {
    _tag: 'FourPartiesMissing',
    message: `joint meeting ${meetingId} lacks ${missing.join(', ')}: a four-party meeting needs the community party organisation, the residents' committee, the owners' committee or council, and the property company`,
    meetingId,
    missing,
  };
}

/** Builds {@link PartiesInvalid}. */
export function partiesInvalid(meetingId: string, reason: string): PartiesInvalid {
  return { _tag: 'PartiesInvalid', message: `joint meeting ${meetingId}: ${reason}`, meetingId };
}

/** Builds {@link TopicsInvalid}. */
export function topicsInvalid(meetingId: string, reason: string): TopicsInvalid {
  return { _tag: 'TopicsInvalid', message: `joint meeting ${meetingId}: ${reason}`, meetingId };
}

/** Builds {@link ResolutionAlreadyRecorded}. */
export function resolutionAlreadyRecorded(meetingId: string, resolutionId: string): ResolutionAlreadyRecorded {
  return {
    _tag: 'ResolutionAlreadyRecorded',
    message: `resolution ${resolutionId} of meeting ${meetingId} is already recorded`,
    meetingId,
    resolutionId,
  };
}

/** Builds {@link ResolutionNotFound}. */
export function resolutionNotFound(meetingId: string, resolutionId: string): ResolutionNotFound {
  return {
    _tag: 'ResolutionNotFound',
    message: `meeting ${meetingId} has no resolution ${resolutionId}`,
    meetingId,
    resolutionId,
  };
}

/** Builds {@link ResolutionAlreadyCompleted}. */
export function resolutionAlreadyCompleted(meetingId: string, resolutionId: string): ResolutionAlreadyCompleted {
  return {
    _tag: 'ResolutionAlreadyCompleted',
    message: `resolution ${resolutionId} of meeting ${meetingId} is already completed`,
    meetingId,
    resolutionId,
  };
}

/** Builds {@link ResponsibleNotPresent}. */
export function responsibleNotPresent(meetingId: string, organisationId: string): ResponsibleNotPresent {
  return {
    _tag: 'ResponsibleNotPresent',
    message: `${organisationId} was not a party at meeting ${meetingId}, so it cannot be made responsible`,
    meetingId,
    organisationId,
  };
}

/** Builds {@link DueNotAfterRecording}. */
export function dueNotAfterRecording(dueAt: string, occurredAt: string): DueNotAfterRecording {
  return {
    _tag: 'DueNotAfterRecording',
    message: `a resolution due at ${dueAt} must fall due after it is recorded at ${occurredAt}`,
    dueAt,
  };
}

/** Builds {@link NotAllowedToComplete}. */
export function notAllowedToComplete(
  actorId: string,
  role: string,
  responsibleOrganisationId: string,
): NotAllowedToComplete {
  return {
    _tag: 'NotAllowedToComplete',
    message: `${actorId} acting as ${role} may not complete this resolution: only the convening bodies, the joint meeting or the responsible ${responsibleOrganisationId} may`,
    actorId,
    role,
    responsibleOrganisationId,
  };
}

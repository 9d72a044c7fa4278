/**
 * Every rule the joint-meetings area can refuse a command with: a tag naming the rule, the ids
 * involved and a message written once here.
 */
import type { DomainError } from '../command.ts';

/** A refusal of the joint-meetings area (`Forbidden` comes from `requireRole`). */
export interface JointMeetingError extends DomainError {
  readonly _tag:
    | 'MeetingAlreadyConvened'
    | 'MeetingNotConvened'
    | 'FourPartiesMissing'
    | 'PartiesInvalid'
    | 'TopicsInvalid'
    | 'ResolutionAlreadyRecorded'
    | 'ResolutionNotFound'
    | 'ResolutionAlreadyCompleted'
    | 'ResponsibleNotPresent'
    | 'DueNotAfterRecording'
    | 'NotAllowedToComplete';
}

const error = (
  _tag: JointMeetingError['_tag'],
  message: string,
  details: Record<string, unknown>,
): JointMeetingError => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of joint-meeting refusals. */
export const jointMeetingErrors = {
  meetingAlreadyConvened: (meetingId: string) =>
    error('MeetingAlreadyConvened', `joint meeting ${meetingId} is already convened`, { meetingId }),
  meetingNotConvened: (meetingId: string) =>
    error('MeetingNotConvened', `joint meeting ${meetingId} was never convened`, { meetingId }),
  fourPartiesMissing: (meetingId: string, missing: readonly string[]) =>
    error(
      'FourPartiesMissing',
      `joint meeting ${meetingId} lacks ${missing.join(', ')}: a four-party meeting needs the community party organisation, the residents' committee, the owners' committee or council, and the property company`,
      { meetingId, missing },
    ),
  partiesInvalid: (meetingId: string, reason: string) =>
    error('PartiesInvalid', `joint meeting ${meetingId}: ${reason}`, { meetingId }),
  topicsInvalid: (meetingId: string, reason: string) =>
    error('TopicsInvalid', `joint meeting ${meetingId}: ${reason}`, { meetingId }),
  resolutionAlreadyRecorded: (meetingId: string, resolutionId: string) =>
    error('ResolutionAlreadyRecorded', `resolution ${resolutionId} of meeting ${meetingId} is already recorded`, {
      meetingId,
      resolutionId,
    }),
  resolutionNotFound: (meetingId: string, resolutionId: string) =>
    error('ResolutionNotFound', `meeting ${meetingId} has no resolution ${resolutionId}`, { meetingId, resolutionId }),
  resolutionAlreadyCompleted: (meetingId: string, resolutionId: string) =>
    error('ResolutionAlreadyCompleted', `resolution ${resolutionId} of meeting ${meetingId} is already completed`, {
      meetingId,
      resolutionId,
    }),
  responsibleNotPresent: (meetingId: string, organisationId: string) =>
    error(
      'ResponsibleNotPresent',
      `${organisationId} was not a party at meeting ${meetingId}, so it cannot be made responsible`,
      {
        meetingId,
        organisationId,
      },
    ),
  dueNotAfterRecording: (dueAt: string, occurredAt: string) =>
    error('DueNotAfterRecording', `a resolution due at ${dueAt} must fall due after it is recorded at ${occurredAt}`, {
      dueAt,
    }),
  notAllowedToComplete: (actorId: string, role: string, responsibleOrganisationId: string) =>
    error(
      'NotAllowedToComplete',
      `${actorId} acting as ${role} may not complete this resolution: only the convening bodies, the joint meeting or the responsible ${responsibleOrganisationId} may`,
      { actorId, role, responsibleOrganisationId },
    ),
};

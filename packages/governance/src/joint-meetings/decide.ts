/**
 * The rules of the joint-meetings area, one function per command. Pure: they read the command
 * and the meeting's state.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import { requireActiveCommunity } from '../registry/references.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { Role } from '../roles.ts';
import type { MeetingState } from './aggregate.ts';
import type { CompleteResolutionData, ConveneJointMeetingData, RecordResolutionData } from './command-data.ts';
import { jointMeetingErrors as errors } from './errors.ts';
import {
  JointMeetingConvened,
  JointResolutionCompleted,
  JointResolutionRecorded,
  type MeetingParty,
  type MeetingTopic,
  type PartyKind,
} from './events.ts';

/** What a joint-meeting rule returns. */
export type JointMeetingDecision = Either<DomainError, readonly DecidedEvent[]>;

/** The most parties and the most topics one meeting may record. */
export const MAX_MEETING_PARTIES = 30;
/** Related key under which the meeting's community registration is consulted. */
export const COMMUNITY_KEY = 'community';
/** The most topics one meeting may record. */
export const MAX_MEETING_TOPICS = 50;

/** Roles that convene a meeting and record and complete its resolutions. */
export const MEETING_ROLES: readonly Role[] = ['community-committee', 'street-office', 'party-committee'];

/**
 * The four parties every joint meeting must have: each entry is satisfied by any of its kinds
 * (the owners are represented by their committee, or by a residents' council 议事会 where no
 * committee exists).
 */
export const FOUR_PARTIES: readonly (readonly PartyKind[])[] = [
  ['community-party-organisation'],
  ['residents-committee'],
  ['owners-committee', 'owners-council'],
  ['property-company'],
];

function checkParties(meetingId: string, parties: readonly MeetingParty[]): DomainError | null {
  if (parties.length > MAX_MEETING_PARTIES) {
    return errors.partiesInvalid(meetingId, `at most ${MAX_MEETING_PARTIES} parties`);
  }
  if (new Set(parties.map((p) => p.organisationId)).size !== parties.length) {
    return errors.partiesInvalid(meetingId, 'an organisation is listed twice');
  }
  const kinds = new Set(parties.map((p) => p.kind));
  const missing = FOUR_PARTIES.filter((any) => !any.some((kind) => kinds.has(kind))).map((any) => any.join(' or '));
  return missing.length > 0 ? errors.fourPartiesMissing(meetingId, missing) : null;
}

function topicsOf(meetingId: string, data: ConveneJointMeetingData): Either<DomainError, MeetingTopic[]> {
  const { topics } = data;
  if (topics.length === 0 || topics.length > MAX_MEETING_TOPICS) {
    return left(errors.topicsInvalid(meetingId, `a meeting has 1 to ${MAX_MEETING_TOPICS} topics`));
  }
  const out: MeetingTopic[] = [];
  for (const { kind, summary, complaintId } of topics) {
    if ((kind === 'escalated-complaint') !== (complaintId !== undefined)) {
      return left(errors.topicsInvalid(meetingId, 'a complaint id is given exactly for escalated-complaint topics'));
    }
    out.push({ kind, summary, complaintId: complaintId ?? null });
  }
  return right(out);
}

/**
 * ConveneJointMeeting: community committee, street office or party committee; a new meeting
 * id; a registered, active community; the four parties present, no organisation twice; 1 to {@link MAX_MEETING_TOPICS} topics,
 * escalated complaints named by id.
 */
export function decideConveneJointMeeting(
  input: CommandInput<ConveneJointMeetingData>,
  state: MeetingState,
  related: Readonly<Record<string, unknown>>,
): JointMeetingDecision {
  const allowed = requireRole('ConveneJointMeeting', input, ...MEETING_ROLES);
  if (isLeft(allowed)) return allowed;
  const { meetingId, communityId, parties } = input.data;
  if (state.convened) return left(errors.meetingAlreadyConvened(meetingId));
  const registered = requireActiveCommunity(related, COMMUNITY_KEY, communityId);
  if (isLeft(registered)) return registered;
  const partyError = checkParties(meetingId, parties);
  if (partyError) return left(partyError);
  const topics = topicsOf(meetingId, input.data);
  if (isLeft(topics)) return topics;
  const present = parties.map(({ kind, organisationId }) => ({ kind, organisationId }));
  return right([
    { type: JointMeetingConvened.type, data: { meetingId, communityId, parties: present, topics: topics.right } },
  ]);
}

/**
 * RecordResolution: the joint meeting or a convening body; a convened meeting; a new
 * resolution id; the responsible organisation was present; due after it is recorded.
 */
export function decideRecordResolution(
  input: CommandInput<RecordResolutionData>,
  state: MeetingState,
): JointMeetingDecision {
  const allowed = requireRole('RecordResolution', input, 'joint-meeting', ...MEETING_ROLES);
  if (isLeft(allowed)) return allowed;
  const { meetingId, resolutionId, decision, responsibleOrganisationId, dueAt } = input.data;
  if (!state.convened) return left(errors.meetingNotConvened(meetingId));
  if (state.resolutions.has(resolutionId)) return left(errors.resolutionAlreadyRecorded(meetingId, resolutionId));
  if (!state.partyIds.has(responsibleOrganisationId)) {
    return left(errors.responsibleNotPresent(meetingId, responsibleOrganisationId));
  }
  if (Date.parse(dueAt) <= Date.parse(input.occurredAt))
    return left(errors.dueNotAfterRecording(dueAt, input.occurredAt));
  return right([
    {
      type: JointResolutionRecorded.type,
      data: { meetingId, resolutionId, decision, responsibleOrganisationId, dueAt },
    },
  ]);
}

/**
 * CompleteResolution: the joint meeting, a convening body, or the responsible organisation
 * acting under its own id (in any role); an open resolution, with its outcome.
 */
export function decideCompleteResolution(
  input: CommandInput<CompleteResolutionData>,
  state: MeetingState,
): JointMeetingDecision {
  const { meetingId, resolutionId, outcome } = input.data;
  const byRole = requireRole('CompleteResolution', input, 'joint-meeting', ...MEETING_ROLES);
  const resolution = state.resolutions.get(resolutionId);
  if (isLeft(byRole) && !resolution) return byRole;
  if (!state.convened) return left(errors.meetingNotConvened(meetingId));
  if (!resolution) return left(errors.resolutionNotFound(meetingId, resolutionId));
  if (isLeft(byRole) && input.actor.id !== resolution.responsibleOrganisationId) {
    return left(errors.notAllowedToComplete(input.actor.id, input.actor.role, resolution.responsibleOrganisationId));
  }
  if (resolution.completed) return left(errors.resolutionAlreadyCompleted(meetingId, resolutionId));
  return right([{ type: JointResolutionCompleted.type, data: { meetingId, resolutionId, outcome } }]);
}

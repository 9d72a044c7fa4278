/**
 * The rules of the joint-meetings area, one function per command. Pure: they read the command
 * and the meeting's state.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type Forbidden, requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { ElectionRevoked } from '../committees/errors.ts';
import { type CommitteeReading, requireReadCommitteeStands } from '../committees/sitting-committee.ts';
import type { RegistryError } from '../registry/errors.ts';
import { type CommunityRegistration, requireActiveCommunity } from '../registry/references.ts';
import type { Role } from '../roles.ts';
import type { MeetingState } from './aggregate.ts';
import type { CompleteResolutionData, ConveneJointMeetingData, RecordResolutionData } from './command-data.ts';
import {
  dueNotAfterRecording,
  fourPartiesMissing,
  type JointMeetingError,
  meetingAlreadyConvened,
  meetingNotConvened,
  notAllowedToComplete,
  partiesInvalid,
  resolutionAlreadyCompleted,
  resolutionAlreadyRecorded,
  resolutionNotFound,
  responsibleNotPresent,
  topicsInvalid,
} from './errors.ts';
import {
  JointMeetingConvened,
  type JointMeetingConvenedData,
  JointResolutionCompleted,
  type JointResolutionCompletedData,
  JointResolutionRecorded,
  type JointResolutionRecordedData,
  type MeetingParty,
  type MeetingTopic,
  type PartyKind,
} from './events.ts';

/** What a joint-meeting rule returns: the events to record, or why not. */
export type JointMeetingDecision = E.Either<
  Forbidden | RegistryError | JointMeetingError | ElectionRevoked,
  readonly DecidedEvent[]
>;

/** The most parties and the most topics one meeting may record. */
export const MAX_MEETING_PARTIES = 30;
/** Related key under which the meeting's community registration is consulted. */
export const COMMUNITY_KEY = 'community';
/** The most topics one meeting may record. */
export const MAX_MEETING_TOPICS = 50;

/** Related key under which the community's owners' committee is consulted (and, through it, its electing vote). */
export const COMMITTEE_KEY = 'committee';

/**
 * What ConveneJointMeeting reads beside the meeting: its community's registration, and the
 * community's owners' committee with the vote that elected it, so that a committee unseated by
 * a revoked election does not sit for the owners (an owners' council 议事会 does instead).
 */
export type MeetingCommunity = CommunityRegistration<typeof COMMUNITY_KEY> & CommitteeReading<typeof COMMITTEE_KEY>;

const ok: E.Either<never, void> = E.right(undefined);

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

function checkParties(meetingId: string, parties: readonly MeetingParty[]): E.Either<JointMeetingError, void> {
  if (parties.length > MAX_MEETING_PARTIES) {
    return E.left(partiesInvalid(meetingId, `at most ${MAX_MEETING_PARTIES} parties`));
  }
  if (new Set(parties.map((p) => p.organisationId)).size !== parties.length) {
    return E.left(partiesInvalid(meetingId, 'an organisation is listed twice'));
  }
  const kinds = new Set(parties.map((p) => p.kind));
  const missing = FOUR_PARTIES.filter((any) => !any.some((kind) => kinds.has(kind))).map((any) => any.join(' or '));
  return missing.length > 0 ? E.left(fourPartiesMissing(meetingId, missing)) : ok;
}

function topicsOf(meetingId: string, data: ConveneJointMeetingData): E.Either<JointMeetingError, MeetingTopic[]> {
  const { topics } = data;
  if (topics.length === 0 || topics.length > MAX_MEETING_TOPICS) {
    return E.left(topicsInvalid(meetingId, `a meeting has 1 to ${MAX_MEETING_TOPICS} topics`));
  }
  const out: MeetingTopic[] = [];
  for (const { kind, summary, complaintId } of topics) {
    if ((kind === 'escalated-complaint') !== (complaintId !== undefined)) {
      return E.left(topicsInvalid(meetingId, 'a complaint id is given exactly for escalated-complaint topics'));
    }
    out.push({ kind, summary, complaintId: complaintId ?? null });
  }
  return E.right(out);
}

/**
 * ConveneJointMeeting: community committee, street office or party committee; a new meeting
 * id; a registered, active community; the four parties present, no organisation twice; 1 to {@link MAX_MEETING_TOPICS} topics,
 * escalated complaints named by id.
 */
export function decideConveneJointMeeting(
  input: CommandInput<ConveneJointMeetingData>,
  state: MeetingState,
  related: MeetingCommunity,
): JointMeetingDecision {
  const { meetingId, communityId, parties } = input.data;
  return pipe(
    requireRole('ConveneJointMeeting', input, ...MEETING_ROLES),
    E.chainW(() => (state.convened ? E.left(meetingAlreadyConvened(meetingId)) : ok)),
    E.chainW(() => requireActiveCommunity(related, COMMUNITY_KEY, communityId)),
    E.chainW(() => checkParties(meetingId, parties)),
    E.chainW(() =>
      parties.some((p) => p.kind === 'owners-committee')
        ? requireReadCommitteeStands(related, COMMITTEE_KEY, communityId)
        : ok,
    ),
    E.chainW(() => topicsOf(meetingId, input.data)),
    E.map((topics) => [
      {
        type: JointMeetingConvened.type,
        data: {
          meetingId,
          communityId,
          parties: parties.map(({ kind, organisationId }) => ({ kind, organisationId })),
          topics,
        } satisfies JointMeetingConvenedData,
      },
    ]),
  );
}

/**
 * RecordResolution: the joint meeting or a convening body; a convened meeting; a new
 * resolution id; the responsible organisation was present; due after it is recorded.
 */
export function decideRecordResolution(
  input: CommandInput<RecordResolutionData>,
  state: MeetingState,
): JointMeetingDecision {
  const { meetingId, resolutionId, decision, responsibleOrganisationId, dueAt } = input.data;
  return pipe(
    requireRole('RecordResolution', input, 'joint-meeting', ...MEETING_ROLES),
    E.chainW(() => (state.convened ? ok : E.left(meetingNotConvened(meetingId)))),
    E.chainW(() =>
      state.resolutions.has(resolutionId) ? E.left(resolutionAlreadyRecorded(meetingId, resolutionId)) : ok,
    ),
    E.chainW(() =>
      state.partyIds.has(responsibleOrganisationId)
        ? ok
        : E.left(responsibleNotPresent(meetingId, responsibleOrganisationId)),
    ),
    E.chainW(() =>
      Date.parse(dueAt) <= Date.parse(input.occurredAt) ? E.left(dueNotAfterRecording(dueAt, input.occurredAt)) : ok,
    ),
    E.map(() => [
      {
        type: JointResolutionRecorded.type,
        data: {
          meetingId,
          resolutionId,
          decision,
          responsibleOrganisationId,
          dueAt,
        } satisfies JointResolutionRecordedData,
      },
    ]),
  );
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
  // Refused by role alone only when no resolution could make the actor its responsible organisation.
  return pipe(
    E.isLeft(byRole) && !resolution ? byRole : ok,
    E.chainW(() => (state.convened ? ok : E.left(meetingNotConvened(meetingId)))),
    E.chainW(() => (resolution ? E.right(resolution) : E.left(resolutionNotFound(meetingId, resolutionId)))),
    E.chainFirstW((r) =>
      E.isLeft(byRole) && input.actor.id !== r.responsibleOrganisationId
        ? E.left(notAllowedToComplete(input.actor.id, input.actor.role, r.responsibleOrganisationId))
        : ok,
    ),
    E.chainFirstW((r) => (r.completed ? E.left(resolutionAlreadyCompleted(meetingId, resolutionId)) : ok)),
    E.map(() => [
      {
        type: JointResolutionCompleted.type,
        data: { meetingId, resolutionId, outcome } satisfies JointResolutionCompletedData,
      },
    ]),
  );
}

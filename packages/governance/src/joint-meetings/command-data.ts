/**
 * What a caller submits for each joint-meeting command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { MeetingParty, TopicKind } from './events.ts';

/** A topic as submitted: `complaintId` only for an escalated complaint. */
export const SubmittedTopic = t.intersection(
  [t.type({ kind: TopicKind, summary: NonEmptyString }), t.partial({ complaintId: Id })],
  'SubmittedTopic',
);
export type SubmittedTopic = t.TypeOf<typeof SubmittedTopic>;

/** Data of ConveneJointMeeting. */
export const ConveneJointMeetingData = t.type(
  {
    meetingId: Id,
    communityId: Id,
    parties: t.array(MeetingParty),
    topics: t.array(SubmittedTopic),
  },
  'ConveneJointMeeting',
);
export type ConveneJointMeetingData = t.TypeOf<typeof ConveneJointMeetingData>;

/** Data of RecordResolution: `dueAt` is when it must be carried out (ISO-8601 UTC). */
export const RecordResolutionData = t.type(
  {
    meetingId: Id,
    resolutionId: Id,
    decision: NonEmptyString,
    responsibleOrganisationId: Id,
    dueAt: IsoTime,
  },
  'RecordResolution',
);
export type RecordResolutionData = t.TypeOf<typeof RecordResolutionData>;

/** Data of CompleteResolution. */
export const CompleteResolutionData = t.type(
  { meetingId: Id, resolutionId: Id, outcome: NonEmptyString },
  'CompleteResolution',
);
export type CompleteResolutionData = t.TypeOf<typeof CompleteResolutionData>;

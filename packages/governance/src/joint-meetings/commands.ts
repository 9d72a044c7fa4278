/**
 * Commands of the joint-meetings area: every one acts on the meeting's stream
 * `meeting-<meetingId>`. Data codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { CommandSpec } from '../command.ts';
import { committeeReference, electingVoteReference } from '../committees/sitting-committee.ts';
import { communityReferences } from '../registry/references.ts';
import { type MeetingState, meetingAggregate, meetingStreamId } from './aggregate.ts';
import { CompleteResolutionData, ConveneJointMeetingData, RecordResolutionData } from './command-data.ts';
import {
  COMMITTEE_KEY,
  COMMUNITY_KEY,
  decideCompleteResolution,
  decideConveneJointMeeting,
  decideRecordResolution,
  type MeetingCommunity,
} from './decide.ts';

const onMeeting = {
  streamId: (data: { meetingId: string }) => meetingStreamId(data.meetingId),
  aggregate: meetingAggregate,
};

/** ConveneJointMeeting on `meeting-<id>`. */
export const ConveneJointMeeting: CommandSpec<ConveneJointMeetingData, MeetingState, MeetingCommunity> = {
  name: 'ConveneJointMeeting',
  data: ConveneJointMeetingData,
  ...onMeeting,
  related: (data) => [
    ...communityReferences(data.communityId, COMMUNITY_KEY),
    committeeReference(data.communityId, COMMITTEE_KEY),
  ],
  relatedThrough: (_data, related) => electingVoteReference(related, COMMITTEE_KEY),
  decide: decideConveneJointMeeting,
};

/** RecordResolution on `meeting-<id>`. */
export const RecordResolution: CommandSpec<RecordResolutionData, MeetingState> = {
  name: 'RecordResolution',
  data: RecordResolutionData,
  ...onMeeting,
  decide: decideRecordResolution,
};

/** CompleteResolution on `meeting-<id>`. */
export const CompleteResolution: CommandSpec<CompleteResolutionData, MeetingState> = {
  name: 'CompleteResolution',
  data: CompleteResolutionData,
  ...onMeeting,
  decide: decideCompleteResolution,
};

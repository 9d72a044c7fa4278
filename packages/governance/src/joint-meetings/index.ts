/**
 * The joint-meetings area: four-party joint meetings 四方联席会议 (community party organisation,
 * residents' committee, owners' committee, property company, with police, urban management and
 * others) and the resolutions they assign, with their due times.
 */
import type { AnyProjection } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { CompleteResolution, ConveneJointMeeting, RecordResolution } from './commands.ts';
import { jointMeetings } from './project.ts';

export { type MeetingState, meetingAggregate, meetingStreamId, type ResolutionState } from './aggregate.ts';
export { CompleteResolutionData, ConveneJointMeetingData, RecordResolutionData } from './command-data.ts';
export { CompleteResolution, ConveneJointMeeting, RecordResolution } from './commands.ts';
export { FOUR_PARTIES, MAX_MEETING_PARTIES, MAX_MEETING_TOPICS, MEETING_ROLES } from './decide.ts';
export type { JointMeetingError } from './errors.ts';
export {
  isJointMeetingEvent,
  JointMeetingConvened,
  type JointMeetingEvent,
  JointResolutionCompleted,
  JointResolutionRecorded,
  jointMeetingsEvents,
  MeetingParty,
  MeetingTopic,
  PARTY_KINDS as MEETING_PARTY_KINDS,
  PartyKind as MeetingPartyKind,
  TOPIC_KINDS as MEETING_TOPIC_KINDS,
  TopicKind as MeetingTopicKind,
} from './events.ts';
export {
  type JointMeeting,
  type JointMeetingsState,
  jointMeetings,
  overdueResolutions,
  type Resolution,
} from './project.ts';

/** Every joint-meetings command. */
export const jointMeetingsCommands: AnyCommandSpec[] = [ConveneJointMeeting, RecordResolution, CompleteResolution];

/** Every joint-meetings projection, for the runner. */
export const jointMeetingsProjections: AnyProjection[] = [jointMeetings];

/**
 * The joint-meetings area: four-party joint meetings 四方联席会议 (community party organisation,
 * residents' committee, owners' committee, property company, with police, urban management and
 * others) and the resolutions they assign, with their due times.
 */
import type { AnyProjection, EventDefinition } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { CompleteResolution, ConveneJointMeeting, RecordResolution } from './commands.ts';
import { JointMeetingConvened, JointResolutionCompleted, JointResolutionRecorded } from './events.ts';
import { jointMeetings } from './project.ts';

export { type MeetingState, meetingAggregate, meetingStreamId, type ResolutionState } from './aggregate.ts';
export * from './command-data.ts';
export * from './commands.ts';
export { FOUR_PARTIES, MAX_MEETING_PARTIES, MAX_MEETING_TOPICS, MEETING_ROLES } from './decide.ts';
export { type JointMeetingError, jointMeetingErrors } from './errors.ts';
export * from './events.ts';
export * from './project.ts';

/** Every event type of the joint-meetings area. */
export const jointMeetingsEvents: EventDefinition[] = [
  JointMeetingConvened,
  JointResolutionRecorded,
  JointResolutionCompleted,
];

/** Every joint-meetings command. */
export const jointMeetingsCommands: AnyCommandSpec[] = [ConveneJointMeeting, RecordResolution, CompleteResolution];

/** Every joint-meetings projection. */
export const jointMeetingsProjections: AnyProjection[] = [jointMeetings];

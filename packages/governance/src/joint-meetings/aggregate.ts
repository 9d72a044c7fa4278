/**
 * The stream `meeting-<meetingId>`: a joint meeting, who was present, and its resolutions with
 * their responsible party and status. States are immutable; a meeting has few resolutions.
 */
import type { Aggregate } from '../command.ts';
import {
  JointMeetingConvened,
  type JointMeetingEvent,
  JointResolutionCompleted,
  JointResolutionRecorded,
} from './events.ts';

/** Stream of a joint meeting. */
export const meetingStreamId = (meetingId: string): string => `meeting-${meetingId}`;

/** A resolution as the rules see it. */
export interface ResolutionState {
  readonly responsibleOrganisationId: string;
  readonly completed: boolean;
}

/** A meeting as the rules see it. */
export interface MeetingState {
  readonly convened: boolean;
  /** Organisation ids of the parties present. */
  readonly partyIds: ReadonlySet<string>;
  readonly resolutions: ReadonlyMap<string, ResolutionState>;
}

/** Fold of `meeting-<id>`. */
export const meetingAggregate: Aggregate<MeetingState, JointMeetingEvent> = {
  initialState: { convened: false, partyIds: new Set(), resolutions: new Map() },
  evolve(state, event) {
    const { type, data } = event;
    switch (type) {
      case JointMeetingConvened.type: {
        const { parties } = data;
        return { ...state, convened: true, partyIds: new Set(parties.map((p) => p.organisationId)) };
      }
      case JointResolutionRecorded.type: {
        const { resolutionId, responsibleOrganisationId } = data;
        const resolution = { responsibleOrganisationId, completed: false };
        return { ...state, resolutions: new Map(state.resolutions).set(resolutionId, resolution) };
      }
      case JointResolutionCompleted.type: {
        const { resolutionId } = data;
        const resolution = state.resolutions.get(resolutionId);
        if (!resolution) return state;
        return {
          ...state,
          resolutions: new Map(state.resolutions).set(resolutionId, { ...resolution, completed: true }),
        };
      }
      default:
        return state;
    }
  },
};

/**
 * The joint-meetings read model: each meeting with its parties, topics and resolutions, and
 * each resolution's status. Whether an open resolution is overdue depends on the time in
 * question, so the projection stays pure and {@link overdueResolutions} answers it for a
 * given time. Updated in place, O(1) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { ownEntry } from '../public-records.ts';
import {
  isJointMeetingEvent,
  JointMeetingConvened,
  JointResolutionCompleted,
  JointResolutionRecorded,
  type MeetingParty,
  type MeetingTopic,
} from './events.ts';

/** One resolution and its status. */
export interface Resolution {
  readonly meetingId: string;
  readonly resolutionId: string;
  readonly decision: string;
  readonly responsibleOrganisationId: string;
  readonly dueAt: string;
  readonly recordedAt: string;
  status: 'open' | 'completed';
  completedAt: string | null;
  outcome: string | null;
  /**
   * Whether it was completed after its due time, by the ledger's time of recording the
   * completion (`recordedAt`, not the date the completion claims); null while open.
   */
  completedLate: boolean | null;
}

/** One meeting. */
export interface JointMeeting {
  readonly meetingId: string;
  readonly communityId: string;
  readonly convenedAt: string;
  readonly parties: MeetingParty[];
  readonly topics: MeetingTopic[];
  readonly resolutions: Record<string, Resolution>;
  openResolutions: number;
}

/** State of {@link jointMeetings}. */
export interface JointMeetingsState {
  readonly meetings: Record<string, JointMeeting>;
  openResolutions: number;
  completedResolutions: number;
  /** `recordedAt` of the last event folded (of any type): the default time in question. */
  lastRecordedAt: string | null;
}

/** Four-party joint meetings 四方联席会议 and their resolutions. */
export const jointMeetings: Projection<JointMeetingsState> = {
  name: 'jointMeetings',
  version: 2,
  init: () => ({
    meetings: Object.create(null) as Record<string, JointMeeting>,
    openResolutions: 0,
    completedResolutions: 0,
    lastRecordedAt: null,
  }),
  evolve(state, event: RecordedEvent) {
    state.lastRecordedAt = event.metadata.recordedAt;
    if (!isJointMeetingEvent(event)) return state;
    const { type, data } = event;
    switch (type) {
      case JointMeetingConvened.type: {
        const { meetingId, communityId, parties, topics } = data;
        if (state.meetings[meetingId]) return state;
        state.meetings[meetingId] = {
          meetingId,
          communityId,
          convenedAt: event.metadata.occurredAt,
          parties: parties.map((p) => ({ ...p })),
          topics: topics.map((t) => ({ ...t })),
          resolutions: Object.create(null) as Record<string, Resolution>,
          openResolutions: 0,
        };
        return state;
      }
      case JointResolutionRecorded.type: {
        const { meetingId, resolutionId, decision, responsibleOrganisationId, dueAt } = data;
        const meeting = state.meetings[meetingId];
        if (!meeting || meeting.resolutions[resolutionId]) return state;
        meeting.resolutions[resolutionId] = {
          meetingId,
          resolutionId,
          decision,
          responsibleOrganisationId,
          dueAt,
          recordedAt: event.metadata.occurredAt,
          status: 'open',
          completedAt: null,
          outcome: null,
          completedLate: null,
        };
        meeting.openResolutions++;
        state.openResolutions++;
        return state;
      }
      case JointResolutionCompleted.type: {
        const { meetingId, resolutionId, outcome } = data;
        const meeting = state.meetings[meetingId];
        const resolution = meeting?.resolutions[resolutionId];
        if (!meeting || !resolution || resolution.status === 'completed') return state;
        resolution.status = 'completed';
        resolution.completedAt = event.metadata.occurredAt;
        resolution.outcome = outcome;
        resolution.completedLate = Date.parse(event.metadata.recordedAt) > Date.parse(resolution.dueAt);
        meeting.openResolutions--;
        state.openResolutions--;
        state.completedResolutions++;
        return state;
      }
      default:
        return state;
    }
  },
  /**
   * Public records: the resolution counts `totals`, each meeting `<meetingId>` (parties are
   * organisations; its resolutions by id) and each resolution `<meetingId>/<resolutionId>`.
   */
  publicRecords: {
    touched(_state, event) {
      if (!isJointMeetingEvent(event)) return [];
      const { type, data } = event;
      return type === JointMeetingConvened.type
        ? [data.meetingId]
        : [data.meetingId, `${data.meetingId}/${data.resolutionId}`, 'totals'];
    },
    read(state, key) {
      if (key === 'totals') {
        const { openResolutions, completedResolutions } = state;
        return openResolutions + completedResolutions === 0 ? undefined : { openResolutions, completedResolutions };
      }
      const slash = key.indexOf('/');
      const meeting = ownEntry(state.meetings, slash < 0 ? key : key.slice(0, slash));
      if (meeting === undefined) return undefined;
      if (slash >= 0) return ownEntry(meeting.resolutions, key.slice(slash + 1));
      const { meetingId, communityId, convenedAt, parties, topics, openResolutions } = meeting;
      return {
        meetingId,
        communityId,
        convenedAt,
        parties,
        topics,
        openResolutions,
        resolutionIds: Object.keys(meeting.resolutions),
      };
    },
    *keys(state) {
      if (state.openResolutions + state.completedResolutions > 0) yield 'totals';
      for (const meeting of Object.values(state.meetings)) {
        yield meeting.meetingId;
        for (const id of Object.keys(meeting.resolutions)) yield `${meeting.meetingId}/${id}`;
      }
    },
  },
};

/**
 * The open resolutions whose due time is before `atTime` (ISO-8601 UTC), most overdue first
 * (ties by meeting then resolution id). Pass `state.lastRecordedAt` for "as of the state", or
 * any time for "as of then" (a resolution open in this state is open at any later time).
 */
export function overdueResolutions(state: JointMeetingsState, atTime: string): Resolution[] {
  const at = Date.parse(atTime);
  const overdue: Resolution[] = [];
  for (const meeting of Object.values(state.meetings)) {
    if (meeting.openResolutions === 0) continue;
    for (const resolution of Object.values(meeting.resolutions)) {
      if (resolution.status === 'open' && Date.parse(resolution.dueAt) < at) overdue.push(resolution);
    }
  }
  const key = (r: Resolution) => `${r.meetingId}\u0000${r.resolutionId}`;
  return overdue.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (key(a) < key(b) ? -1 : 1));
}

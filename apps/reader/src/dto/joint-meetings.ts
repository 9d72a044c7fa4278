/**
 * Four-party joint meetings 四方联席会议 as the public sees them: each meeting's parties
 * (organisations, never people), topics and resolutions, and which open resolutions are
 * overdue at the time in question.
 *
 * Reads governance's `jointMeetings` state.
 */
import { jointMeetings } from '@govledger/governance';
import { bool, count, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** One resolution, as governance's jointMeetings projection holds it. */
export type ResolutionView = jointMeetings.Resolution;

/** One meeting, as governance's jointMeetings projection holds it. */
export type MeetingView = jointMeetings.JointMeeting;

/** The joint-meetings state, as governance's jointMeetings projection holds it. */
export type JointMeetingsView = jointMeetings.JointMeetingsState;

/** One resolution as served, with whether it is overdue at the time in question. */
export interface ResolutionDto {
  readonly meetingId: string;
  readonly resolutionId: string;
  readonly decision: string;
  readonly responsibleOrganisationId: string;
  readonly dueAt: string;
  readonly recordedAt: string;
  readonly status: string;
  readonly completedAt: string | null;
  readonly outcome: string | null;
  readonly completedLate: boolean | null;
  readonly overdue: boolean;
}

/** A meeting in a list. */
export interface MeetingSummaryDto {
  readonly meetingId: string;
  readonly communityId: string;
  readonly convenedAt: string;
  readonly partyCount: number;
  readonly topicCount: number;
  readonly resolutionCount: number;
  readonly openResolutions: number;
}

/** One meeting in full. */
export interface MeetingDto extends MeetingSummaryDto {
  readonly parties: readonly { readonly kind: string; readonly organisationId: string }[];
  readonly topics: readonly { readonly kind: string; readonly summary: string; readonly complaintId: string | null }[];
  readonly resolutions: readonly ResolutionDto[];
}

/** True when the resolution is open and due strictly before `at` (as governance's `overdueResolutions`). */
export function isResolutionOverdue(r: ResolutionView, at: string): boolean {
  return r.status === 'open' && Date.parse(r.dueAt) < Date.parse(at);
}

/** The DTO of one resolution at `at`. */
export function resolutionDto(r: ResolutionView, at: string): ResolutionDto {
  return {
    meetingId: r.meetingId,
    resolutionId: r.resolutionId,
    decision: r.decision,
    responsibleOrganisationId: r.responsibleOrganisationId,
    dueAt: r.dueAt,
    recordedAt: r.recordedAt,
    status: r.status,
    completedAt: r.completedAt,
    outcome: r.outcome,
    completedLate: r.completedLate,
    overdue: isResolutionOverdue(r, at),
  };
}

/** The summary DTO of a meeting. */
export function meetingSummaryDto(m: MeetingView): MeetingSummaryDto {
  return {
    meetingId: m.meetingId,
    communityId: m.communityId,
    convenedAt: m.convenedAt,
    partyCount: m.parties.length,
    topicCount: m.topics.length,
    resolutionCount: Object.keys(m.resolutions).length,
    openResolutions: m.openResolutions,
  };
}

/** The full DTO of a meeting at `at`; resolutions by id. */
export function meetingDto(m: MeetingView, at: string): MeetingDto {
  return {
    ...meetingSummaryDto(m),
    parties: m.parties.map((p) => ({ kind: p.kind, organisationId: p.organisationId })),
    topics: m.topics.map((t) => ({ kind: t.kind, summary: t.summary, complaintId: t.complaintId })),
    resolutions: Object.keys(m.resolutions)
      .sort()
      .map((id) => resolutionDto(m.resolutions[id]!, at)),
  };
}

/** The open resolutions overdue at `at`, most overdue first (governance's `overdueResolutions`). */
export function overdueResolutionDtos(s: JointMeetingsView, at: string): ResolutionDto[] {
  return jointMeetings.overdueResolutions(s, at).map((r) => resolutionDto(r, at));
}

const summaryProperties: Record<string, Schema> = {
  meetingId: str(),
  communityId: str(),
  convenedAt: time(),
  partyCount: count(),
  topicCount: count(),
  resolutionCount: count(),
  openResolutions: count(),
};

/** Schema of {@link MeetingSummaryDto}. */
export const meetingSummarySchema: Schema = obj(summaryProperties);

/** Schema of {@link ResolutionDto}. */
export const resolutionSchema: Schema = obj({
  meetingId: str(),
  resolutionId: str(),
  decision: str(),
  responsibleOrganisationId: str(),
  dueAt: time(),
  recordedAt: time(),
  status: oneOf(['open', 'completed']),
  completedAt: nullable(time()),
  outcome: nullable(str()),
  completedLate: nullable(bool('completed after its due time; null while open')),
  overdue: bool('open and due strictly before the time in question'),
});

/** Schema of {@link MeetingDto}. */
export const meetingSchema: Schema = obj({
  ...summaryProperties,
  parties: list(obj({ kind: str('e.g. community-party-organisation, property-company'), organisationId: str() })),
  topics: list(obj({ kind: str(), summary: str(), complaintId: nullable(str('the escalated complaint, if any')) })),
  resolutions: list(resolutionSchema),
});

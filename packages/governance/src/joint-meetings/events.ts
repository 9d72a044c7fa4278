/**
 * Events of four-party joint meetings 四方联席会议: a meeting is convened in a community, led by
 * the community party organisation with the residents' committee, the owners' committee (or
 * residents' council) and the property company, often with police or urban management; it
 * records resolutions with a responsible party and a due time, and their completion. Parties
 * are organisations: no event holds personal data.
 */
import {
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  IsoTime,
  isEventOf,
  NonEmptyString,
} from '@govledger/core';
import * as t from 'io-ts';

/** Kinds of party at a joint meeting, with the source document's terms. */
export const PARTY_KINDS = {
  'community-party-organisation': '社区党组织 (community party organisation, convenes)',
  'residents-committee': "居委会 (residents' committee)",
  'owners-committee': "业委会 (owners' committee)",
  'owners-council': "议事会 (residents' council, where there is no owners' committee)",
  'property-company': '物业企业 (property company)',
  police: '公安 (police)',
  'urban-management': '城管 (urban management)',
  other: '其他 (other body)',
} as const;

/** Codec of a party kind. */
export const PartyKind = t.keyof(PARTY_KINDS, 'PartyKind');
export type PartyKind = t.TypeOf<typeof PartyKind>;

/** Kinds of topic, from the source document's examples. */
export const TOPIC_KINDS = {
  livelihood: '民生保障 (livelihood)',
  parking: '小区停车 (parking)',
  'waste-sorting': '垃圾分类 (waste sorting)',
  'escalated-complaint': '投诉升级 (a complaint escalated to the meeting)',
  other: '其他 (other)',
} as const;

/** Codec of a topic kind. */
export const TopicKind = t.keyof(TOPIC_KINDS, 'TopicKind');
export type TopicKind = t.TypeOf<typeof TopicKind>;

/** One organisation present at a meeting. */
export const MeetingParty = t.type({ kind: PartyKind, organisationId: Id }, 'MeetingParty');
export type MeetingParty = t.TypeOf<typeof MeetingParty>;

/** One topic on a meeting's agenda; `complaintId` names the escalated complaint, else null. */
export const MeetingTopic = t.type(
  { kind: TopicKind, summary: NonEmptyString, complaintId: t.union([Id, t.null]) },
  'MeetingTopic',
);
export type MeetingTopic = t.TypeOf<typeof MeetingTopic>;

/** A joint meeting was convened in a community with the parties present and its topics. */
export const JointMeetingConvened = defineEvent(
  'JointMeetingConvened',
  t.type({
    meetingId: Id,
    communityId: Id,
    parties: t.array(MeetingParty),
    topics: t.array(MeetingTopic),
  }),
);

/** The meeting resolved a decision, made a party present responsible, and set when it is due. */
export const JointResolutionRecorded = defineEvent(
  'JointResolutionRecorded',
  t.type({
    meetingId: Id,
    resolutionId: Id,
    decision: NonEmptyString,
    responsibleOrganisationId: Id,
    dueAt: IsoTime,
  }),
);

/** A resolution was carried out (completed at the event's `occurredAt`), with the outcome. */
export const JointResolutionCompleted = defineEvent(
  'JointResolutionCompleted',
  t.type({ meetingId: Id, resolutionId: Id, outcome: NonEmptyString }),
);

/** Data of {@link JointMeetingConvened}. */
export type JointMeetingConvenedData = DataOf<typeof JointMeetingConvened>;
/** Data of {@link JointResolutionRecorded}. */
export type JointResolutionRecordedData = DataOf<typeof JointResolutionRecorded>;
/** Data of {@link JointResolutionCompleted}. */
export type JointResolutionCompletedData = DataOf<typeof JointResolutionCompleted>;

/** Every event type of the joint-meetings area. */
export const jointMeetingsEvents = [
  JointMeetingConvened,
  JointResolutionRecorded,
  JointResolutionCompleted,
] satisfies EventDefinition[];

/** A joint-meeting event as a fold receives it: `switch (type)` narrows `data`. */
export type JointMeetingEvent = EventOf<(typeof jointMeetingsEvents)[number]>;

/** True for a joint-meeting event of the log (a projection's first step: other events pass over). */
export const isJointMeetingEvent = isEventOf(jointMeetingsEvents);

/**
 * The events of complaints and repair requests 投诉报修. One stream per complaint,
 * `complaint-<complaintId>`. Times of acts are the events' `metadata.occurredAt`; the actor
 * of each act is `metadata.actor`. The complainant's name, phone number and free text are
 * personal data of the complainant (`complainantId`, a pseudonymous `person-…` id).
 */
import {
  checkedInteger,
  checkedString,
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  IsoTime,
  isEventOf,
  personal,
} from '@govledger/core';
import * as t from 'io-ts';

/** A pseudonymous person id such as `person-7f3a`: never a name, phone or ID number. */
export const PersonId = checkedString(
  'PersonId',
  (s) => /^person-[A-Za-z0-9._-]{1,120}$/.test(s),
  'a pseudonymous person id like person-7f3a',
);

/** Free text of 1 to 2,000 characters (a description, response, resolution or reason). */
export const ComplaintText = checkedString(
  'ComplaintText',
  (s) => s.trim().length > 0 && s.length <= 2000,
  'a non-blank text of at most 2,000 characters',
);

/** What a complaint is about; statistics are broken down by it. */
export const ComplaintCategory = t.keyof(
  { repair: null, noise: null, parking: null, sanitation: null, security: null, fee: null, other: null },
  'ComplaintCategory',
);
export type ComplaintCategory = t.TypeOf<typeof ComplaintCategory>;

/** The complainant's satisfaction on closing: an integer from 1 (very dissatisfied) to 5 (very satisfied). */
export const Satisfaction = checkedInteger(
  'Satisfaction',
  (n) => n >= 1 && n <= 5,
  'a satisfaction, an integer from 1 to 5',
);

/** 投诉报修已受理: a resident or owner filed a complaint about a community's property service. */
export const ComplaintFiled = defineEvent(
  'ComplaintFiled',
  t.type({
    complaintId: Id,
    communityId: Id,
    /** The property company serving the community, whose service statistics this complaint counts in. */
    companyId: Id,
    category: ComplaintCategory,
    complainantId: PersonId,
    complainantName: personal(t.string, 'complainantId'),
    complainantPhone: personal(t.string, 'complainantId'),
    /** Free text written by the complainant: personal, since it may identify them. */
    description: personal(t.string, 'complainantId'),
  }),
);

/** 派单: the complaint was assigned to a company, to be resolved by `dueAt` (ISO-8601 UTC). */
export const ComplaintAssigned = defineEvent(
  'ComplaintAssigned',
  t.type({ complaintId: Id, assigneeCompanyId: Id, dueAt: IsoTime }),
);

/** 回复: the assignee reported progress. The response must not carry personal data. */
export const ComplaintResponded = defineEvent(
  'ComplaintResponded',
  t.type({ complaintId: Id, response: ComplaintText }),
);

/** 办结: the assignee reports the matter resolved; the complainant may now close or reopen it. */
export const ComplaintResolved = defineEvent(
  'ComplaintResolved',
  t.type({ complaintId: Id, resolution: ComplaintText }),
);

/** 重新打开: the complainant disputes the resolution. The reason is the complainant's own text. */
export const ComplaintReopened = defineEvent(
  'ComplaintReopened',
  t.type({ complaintId: Id, complainantId: PersonId, reason: personal(t.string, 'complainantId') }),
);

/** 评价并关闭: the complainant accepted the resolution and rated it; final. */
export const ComplaintClosed = defineEvent(
  'ComplaintClosed',
  t.type({ complaintId: Id, complainantId: PersonId, satisfaction: Satisfaction }),
);

/** 提交联席会议: the complaint was referred to a four-party joint meeting 联席会议. */
export const ComplaintEscalated = defineEvent(
  'ComplaintEscalated',
  t.type({ complaintId: Id, jointMeetingId: Id, reason: ComplaintText }),
);

/** The `data` of a {@link ComplaintFiled} event. */
export type ComplaintFiledData = DataOf<typeof ComplaintFiled>;
/** The `data` of a {@link ComplaintAssigned} event. */
export type ComplaintAssignedData = DataOf<typeof ComplaintAssigned>;
/** The `data` of a {@link ComplaintResponded} event. */
export type ComplaintRespondedData = DataOf<typeof ComplaintResponded>;
/** The `data` of a {@link ComplaintResolved} event. */
export type ComplaintResolvedData = DataOf<typeof ComplaintResolved>;
/** The `data` of a {@link ComplaintReopened} event. */
export type ComplaintReopenedData = DataOf<typeof ComplaintReopened>;
/** The `data` of a {@link ComplaintClosed} event. */
export type ComplaintClosedData = DataOf<typeof ComplaintClosed>;
/** The `data` of a {@link ComplaintEscalated} event. */
export type ComplaintEscalatedData = DataOf<typeof ComplaintEscalated>;

/** Every complaint event definition, for the governance catalogue. */
export const complaintEvents = [
  ComplaintFiled,
  ComplaintAssigned,
  ComplaintResponded,
  ComplaintResolved,
  ComplaintReopened,
  ComplaintClosed,
  ComplaintEscalated,
] satisfies EventDefinition[];

/** A complaint event as the complaint's fold receives it: `switch (event.type)` narrows `data`. */
export type ComplaintEvent = EventOf<(typeof complaintEvents)[number]>;

/** True for a complaint event of the log (a projection's first step: other events pass over). */
export const isComplaintEvent = isEventOf(complaintEvents);

/** The stream of one complaint. */
export function complaintStreamId(complaintId: string): string {
  return `complaint-${complaintId}`;
}

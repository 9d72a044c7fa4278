/**
 * What a caller submits for each complaint command: the `data` codec of each command line.
 * Personal fields arrive in plain text here and are marked personal in the events.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { ComplaintCategory, ComplaintText, PersonId, Satisfaction } from './events.ts';

/** 投诉报修: a resident or owner files a complaint under their own pseudonymous id. */
export const FileComplaintData = t.type(
  {
    complaintId: Id,
    communityId: Id,
    companyId: Id,
    category: ComplaintCategory,
    complainantId: PersonId,
    complainantName: NonEmptyString,
    complainantPhone: NonEmptyString,
    description: ComplaintText,
  },
  'FileComplaintData',
);
export type FileComplaintData = t.TypeOf<typeof FileComplaintData>;

/** 派单: assigns a complaint to a company, due at `dueAt` (ISO-8601 UTC, after the act). */
export const AssignComplaintData = t.type(
  { complaintId: Id, assigneeCompanyId: Id, dueAt: IsoTime },
  'AssignComplaintData',
);
export type AssignComplaintData = t.TypeOf<typeof AssignComplaintData>;

/** 回复: a progress response. */
export const RespondToComplaintData = t.type({ complaintId: Id, response: ComplaintText }, 'RespondToComplaintData');
export type RespondToComplaintData = t.TypeOf<typeof RespondToComplaintData>;

/** 办结: reports the matter resolved. */
export const ResolveComplaintData = t.type({ complaintId: Id, resolution: ComplaintText }, 'ResolveComplaintData');
export type ResolveComplaintData = t.TypeOf<typeof ResolveComplaintData>;

/** 重新打开: the complainant disputes the resolution. */
export const ReopenComplaintData = t.type({ complaintId: Id, reason: ComplaintText }, 'ReopenComplaintData');
export type ReopenComplaintData = t.TypeOf<typeof ReopenComplaintData>;

/** 评价并关闭: the complainant closes with a satisfaction score from 1 to 5. */
export const CloseComplaintData = t.type({ complaintId: Id, satisfaction: Satisfaction }, 'CloseComplaintData');
export type CloseComplaintData = t.TypeOf<typeof CloseComplaintData>;

/** 提交联席会议: refers the complaint to a joint meeting. */
export const EscalateComplaintData = t.type(
  { complaintId: Id, jointMeetingId: Id, reason: ComplaintText },
  'EscalateComplaintData',
);
export type EscalateComplaintData = t.TypeOf<typeof EscalateComplaintData>;

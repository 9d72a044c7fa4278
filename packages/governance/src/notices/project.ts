/**
 * The notices read model: every notice with its disclosure period, publisher and withdrawal.
 * Whether a notice is on display depends on the time in question, so the projection stays
 * pure and `noticesInDisclosure` (queries.ts) answers it for a given time. O(1) per event.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { recordsById } from '../public-records.ts';
import { isNoticeEvent, type NoticeKind, NoticePublished, NoticeWithdrawn } from './events.ts';

/** One notice. Times are ISO-8601 UTC; the disclosure period excludes its end. */
export interface Notice {
  readonly noticeId: string;
  readonly communityId: string;
  readonly kind: NoticeKind;
  readonly title: string;
  readonly subjectId: string | null;
  readonly documentSha256: string | null;
  readonly disclosureFrom: string;
  readonly disclosureUntil: string;
  readonly minimumDays: number;
  readonly publishedAt: string;
  readonly publisher: { readonly id: string; readonly role: string };
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

/** State of {@link notices}. */
export interface NoticesState {
  readonly notices: Record<string, Notice>;
  /** `recordedAt` of the last event folded (of any type): the default time in question. */
  lastRecordedAt: string | null;
}

/** Notices 公示公告 and their disclosure periods. */
export const notices: Projection<NoticesState> = {
  name: 'notices',
  version: 1,
  init: () => ({ notices: Object.create(null) as Record<string, Notice>, lastRecordedAt: null }),
  evolve(state, event: RecordedEvent) {
    state.lastRecordedAt = event.metadata.recordedAt;
    if (!isNoticeEvent(event)) return state;
    const { type, data } = event;
    switch (type) {
      case NoticePublished.type: {
        if (state.notices[data.noticeId]) return state;
        state.notices[data.noticeId] = {
          noticeId: data.noticeId,
          communityId: data.communityId,
          kind: data.kind,
          title: data.title,
          subjectId: data.subjectId,
          documentSha256: data.documentSha256,
          disclosureFrom: data.disclosureFrom,
          disclosureUntil: data.disclosureUntil,
          minimumDays: data.minimumDays,
          publishedAt: event.metadata.occurredAt,
          publisher: { id: event.metadata.actor.id, role: event.metadata.actor.role },
          withdrawnAt: null,
          withdrawalReason: null,
        };
        return state;
      }
      case NoticeWithdrawn.type: {
        const { noticeId, reason } = data;
        const notice = state.notices[noticeId];
        if (!notice || notice.withdrawnAt !== null) return state;
        notice.withdrawnAt = event.metadata.occurredAt;
        notice.withdrawalReason = reason;
        return state;
      }
      default:
        return state;
    }
  },
  /** Public records: each notice keyed by its id (its publisher is an organisation and its role). */
  publicRecords: recordsById((state: NoticesState) => state.notices, 'noticeId'),
};

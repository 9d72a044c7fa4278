/**
 * complaintBoard: every complaint's current status, due time and the times of its acts, for
 * dashboards that filter and page. It holds no personal field (no name, phone, description
 * or complainant id), so it can be served publicly as is.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import {
  ComplaintAssigned,
  type ComplaintCategory,
  ComplaintClosed,
  ComplaintEscalated,
  ComplaintFiled,
  ComplaintReopened,
  ComplaintResolved,
  ComplaintResponded,
  isComplaintEvent,
} from './events.ts';
import type { ComplaintStatus } from './lifecycle.ts';
import { recordsById } from '../public-records.ts';

/** One complaint on the board. Times are ISO-8601 UTC (`metadata.occurredAt` of each act). */
export interface ComplaintCard {
  readonly complaintId: string;
  readonly communityId: string;
  readonly companyId: string;
  readonly category: ComplaintCategory;
  status: ComplaintStatus;
  readonly filedAt: string;
  assigneeCompanyId: string | null;
  assignedAt: string | null;
  dueAt: string | null;
  /** The latest response. */
  respondedAt: string | null;
  /** The latest resolution (a reopened complaint keeps it until resolved again). */
  resolvedAt: string | null;
  reopenedCount: number;
  escalatedAt: string | null;
  jointMeetingId: string | null;
  closedAt: string | null;
  /** 1–5, once closed. */
  satisfaction: number | null;
  /** The time of the latest act on the complaint. */
  updatedAt: string;
}

/** The board: cards by complaint id, and ids in filing (ledger) order for stable paging. */
export interface ComplaintBoardState {
  readonly complaints: Record<string, ComplaintCard>;
  readonly order: string[];
}

function evolveBoard(state: ComplaintBoardState, event: RecordedEvent): ComplaintBoardState {
  if (!isComplaintEvent(event)) return state;
  const at = event.metadata.occurredAt;
  if (event.type === ComplaintFiled.type) {
    const { data } = event;
    state.complaints[data.complaintId] = {
      complaintId: data.complaintId,
      communityId: data.communityId,
      companyId: data.companyId,
      category: data.category,
      status: 'filed',
      filedAt: at,
      assigneeCompanyId: null,
      assignedAt: null,
      dueAt: null,
      respondedAt: null,
      resolvedAt: null,
      reopenedCount: 0,
      escalatedAt: null,
      jointMeetingId: null,
      closedAt: null,
      satisfaction: null,
      updatedAt: at,
    };
    state.order.push(data.complaintId);
    return state;
  }
  const card = state.complaints[event.data.complaintId];
  if (!card) return state;
  switch (event.type) {
    case ComplaintAssigned.type: {
      const { data } = event;
      Object.assign(card, {
        status: 'assigned',
        assigneeCompanyId: data.assigneeCompanyId,
        assignedAt: at,
        dueAt: data.dueAt,
      });
      break;
    }
    case ComplaintResponded.type:
      Object.assign(card, { status: 'responded', respondedAt: at });
      break;
    case ComplaintResolved.type:
      Object.assign(card, { status: 'resolved', resolvedAt: at });
      break;
    case ComplaintReopened.type:
      Object.assign(card, { status: 'reopened', reopenedCount: card.reopenedCount + 1 });
      break;
    case ComplaintClosed.type:
      Object.assign(card, {
        status: 'closed',
        closedAt: at,
        satisfaction: event.data.satisfaction,
      });
      break;
    case ComplaintEscalated.type:
      Object.assign(card, {
        status: 'escalated',
        escalatedAt: at,
        jointMeetingId: event.data.jointMeetingId,
      });
      break;
    default:
      return state;
  }
  card.updatedAt = at;
  return state;
}

/** The complaint board projection (state updated in place, O(1) per event). */
export const complaintBoard: Projection<ComplaintBoardState> = {
  name: 'complaintBoard',
  version: 1,
  init: () => ({ complaints: {}, order: [] }),
  evolve: evolveBoard,
  /** Each card is a public record keyed by its complaint id (state commitment, docs/audit.md). */
  publicRecords: recordsById((state: ComplaintBoardState) => state.complaints, 'complaintId'),
};

/**
 * The state of one complaint stream, folded from its events: what the rules need to decide
 * the next act (status, complainant, assignee, due time). No personal field is kept.
 */
import type { Aggregate } from '../command.ts';
import {
  ComplaintAssigned,
  ComplaintClosed,
  ComplaintEscalated,
  type ComplaintEvent,
  ComplaintFiled,
  ComplaintReopened,
  ComplaintResolved,
  ComplaintResponded,
} from './events.ts';
import type { ComplaintStatus } from './lifecycle.ts';

/** One complaint as its rules see it. `complaintId` and `complainantId` are empty until filed. */
export interface ComplaintState {
  readonly status: ComplaintStatus;
  readonly complaintId: string;
  readonly complainantId: string;
  /** The company currently responsible, once assigned. */
  readonly assigneeCompanyId: string | null;
  /** When the current assignment falls due (ISO-8601 UTC), once assigned. */
  readonly dueAt: string | null;
}

/** A complaint before it was filed. */
export const initialComplaintState: ComplaintState = {
  status: 'none',
  complaintId: '',
  complainantId: '',
  assigneeCompanyId: null,
  dueAt: null,
};

function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  switch (event.type) {
    case ComplaintFiled.type: {
      const { data } = event;
      return { ...state, status: 'filed', complaintId: data.complaintId, complainantId: data.complainantId };
    }
    case ComplaintAssigned.type: {
      const { data } = event;
      return { ...state, status: 'assigned', assigneeCompanyId: data.assigneeCompanyId, dueAt: data.dueAt };
    }
    case ComplaintResponded.type:
      return { ...state, status: 'responded' };
    case ComplaintResolved.type:
      return { ...state, status: 'resolved' };
    case ComplaintReopened.type:
      return { ...state, status: 'reopened' };
    case ComplaintClosed.type:
      return { ...state, status: 'closed' };
    case ComplaintEscalated.type:
      return { ...state, status: 'escalated' };
    default:
      return state;
  }
}

/** The fold of a `complaint-<id>` stream. Pure; the state is small, so each step copies it. */
export const complaintAggregate: Aggregate<ComplaintState, ComplaintEvent> = {
  initialState: initialComplaintState,
  evolve: evolveComplaint,
};

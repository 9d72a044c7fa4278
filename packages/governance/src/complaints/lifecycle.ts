/**
 * The complaint state machine: the statuses a complaint passes through and, for each
 * command, the statuses it may act from. Deciders refuse every other transition; the board
 * and statistics projections follow the same statuses.
 *
 * The usual path is filed → assigned → responded → resolved → closed. A resolved complaint
 * may be reopened by its complainant (and then reassigned, answered or resolved again); any
 * open complaint may be escalated to a joint meeting, after which it is assigned again.
 */
import * as t from 'io-ts';

/** Where a complaint stands. `none`: not filed yet (the stream is empty). */
export const ComplaintStatus = t.keyof(
  {
    none: null,
    filed: null,
    assigned: null,
    responded: null,
    resolved: null,
    reopened: null,
    escalated: null,
    closed: null,
  },
  'ComplaintStatus',
);
export type ComplaintStatus = t.TypeOf<typeof ComplaintStatus>;

/** The commands that act on an existing complaint. */
export type ComplaintTransition =
  | 'AssignComplaint'
  | 'RespondToComplaint'
  | 'ResolveComplaint'
  | 'ReopenComplaint'
  | 'CloseComplaint'
  | 'EscalateComplaint';

/** For each command, the statuses it may act from. */
export const ALLOWED_FROM: Readonly<Record<ComplaintTransition, readonly ComplaintStatus[]>> = {
  AssignComplaint: ['filed', 'assigned', 'reopened', 'escalated'],
  RespondToComplaint: ['assigned', 'responded', 'reopened'],
  ResolveComplaint: ['assigned', 'responded', 'reopened'],
  ReopenComplaint: ['resolved'],
  CloseComplaint: ['resolved'],
  EscalateComplaint: ['filed', 'assigned', 'responded', 'reopened'],
};

/** True while the complaint still awaits resolution: it counts as open and can become overdue. */
export function isOpen(status: ComplaintStatus): boolean {
  return (
    status === 'filed' ||
    status === 'assigned' ||
    status === 'responded' ||
    status === 'reopened' ||
    status === 'escalated'
  );
}

/**
 * True when an open complaint's due time has passed at `at` (both ISO-8601 UTC). A complaint
 * due at exactly `at` is not yet overdue. Pure: the time in question is always an argument.
 */
export function isOverdueAt(status: ComplaintStatus, dueAt: string | null, at: string): boolean {
  return isOpen(status) && dueAt !== null && Date.parse(dueAt) < Date.parse(at);
}

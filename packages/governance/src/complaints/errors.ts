/**
 * Why a complaint command is refused: each rule's error, with its message written once here.
 */
import type { DomainError } from '../command.ts';
import type { Forbidden } from '../authorisation.ts';
import type { ComplaintStatus, ComplaintTransition } from './lifecycle.ts';

/** A complaint with this id was already filed: ids are made once, at the edge. */
export interface ComplaintAlreadyFiled extends DomainError {
  readonly _tag: 'ComplaintAlreadyFiled';
  readonly complaintId: string;
}

/** The command names a complaint that was never filed. */
export interface ComplaintNotFound extends DomainError {
  readonly _tag: 'ComplaintNotFound';
  readonly complaintId: string;
}

/** The command is not allowed from the complaint's current status. */
export interface IllegalTransition extends DomainError {
  readonly _tag: 'IllegalTransition';
  readonly complaintId: string;
  readonly command: ComplaintTransition;
  readonly status: ComplaintStatus;
  readonly allowedFrom: readonly ComplaintStatus[];
}

/** Only the complainant files, reopens or closes their own complaint. */
export interface NotTheComplainant extends DomainError {
  readonly _tag: 'NotTheComplainant';
  readonly complaintId: string;
  readonly actorId: string;
}

/** A property company may only respond to or resolve a complaint assigned to it. */
export interface NotTheAssignee extends DomainError {
  readonly _tag: 'NotTheAssignee';
  readonly complaintId: string;
  readonly actorId: string;
  readonly assigneeCompanyId: string | null;
}

/** An assignment must fall due after the moment it is made. */
export interface DueNotAfterAssignment extends DomainError {
  readonly _tag: 'DueNotAfterAssignment';
  readonly dueAt: string;
  readonly occurredAt: string;
}

/** Every reason a complaint command can be refused. */
export type ComplaintError =
  | Forbidden
  | ComplaintAlreadyFiled
  | ComplaintNotFound
  | IllegalTransition
  | NotTheComplainant
  | NotTheAssignee
  | DueNotAfterAssignment;

/** Builds {@link ComplaintAlreadyFiled}. */
export function complaintAlreadyFiled(complaintId: string): ComplaintAlreadyFiled {
  return { _tag: 'ComplaintAlreadyFiled', complaintId, message: `complaint ${complaintId} was already filed` };
}

/** Builds {@link ComplaintNotFound}. */
export function complaintNotFound(complaintId: string): ComplaintNotFound {
  return { _tag: 'ComplaintNotFound', complaintId, message: `complaint ${complaintId} was never filed` };
}

/** Builds {@link IllegalTransition}, naming the command, the current status and the statuses allowed. */
export function illegalTransition(
  complaintId: string,
  command: ComplaintTransition,
  status: ComplaintStatus,
  allowedFrom: readonly ComplaintStatus[],
): IllegalTransition {
  return {
    _tag: 'IllegalTransition',
    complaintId,
    command,
    status,
    allowedFrom,
    message: `${command} is not allowed on complaint ${complaintId} while it is ${status}; it is allowed only while ${allowedFrom.join(' or ')}`,
  };
}

/** Builds {@link NotTheComplainant}. */
export function notTheComplainant(complaintId: string, actorId: string, act: string): NotTheComplainant {
  return {
    _tag: 'NotTheComplainant',
    complaintId,
    actorId,
    message: `only the complainant may ${act} complaint ${complaintId}; actor ${actorId} is not the complainant`,
  };
}

/** Builds {@link NotTheAssignee}. */
export function notTheAssignee(complaintId: string, actorId: string, assigneeCompanyId: string | null): NotTheAssignee {
  return {
    _tag: 'NotTheAssignee',
    complaintId,
    actorId,
    assigneeCompanyId,
    message: `complaint ${complaintId} is assigned to ${assigneeCompanyId ?? 'no company'}; property company ${actorId} may not act on it`,
  };
}

/** Builds {@link DueNotAfterAssignment}. */
export function dueNotAfterAssignment(dueAt: string, occurredAt: string): DueNotAfterAssignment {
  return {
    _tag: 'DueNotAfterAssignment',
    dueAt,
    occurredAt,
    message: `a complaint assigned at ${occurredAt} must fall due later, but dueAt is ${dueAt}`,
  };
}

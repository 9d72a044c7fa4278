/**
 * Complaints and repair requests 投诉报修: filed by residents and owners, assigned with a due
 * time, answered, resolved, reopened or closed with a satisfaction score, or escalated to a
 * joint meeting. The public surface of the area; helpers stay private to their files.
 */
import type { AnyProjection } from '@govledger/core';
import { complaintBoard } from './project.ts';
import { complaintStatistics } from './statistics.ts';

export {
  ComplaintAssigned,
  ComplaintCategory,
  ComplaintClosed,
  ComplaintEscalated,
  ComplaintFiled,
  ComplaintReopened,
  ComplaintResolved,
  ComplaintResponded,
  complaintEvents,
  complaintStreamId,
} from './events.ts';
export {
  AssignComplaint,
  CloseComplaint,
  complaintCommands,
  EscalateComplaint,
  FileComplaint,
  ReopenComplaint,
  ResolveComplaint,
  RespondToComplaint,
} from './commands.ts';
export { type ComplaintState, complaintAggregate } from './aggregate.ts';
export type { ComplaintError } from './errors.ts';
export { ComplaintStatus, isOpen as isComplaintOpen, isOverdueAt as isComplaintOverdueAt } from './lifecycle.ts';
export { type ComplaintBoardState, type ComplaintCard, complaintBoard } from './project.ts';
export { type ComplaintPage, type ComplaintQuery, listComplaints } from './queries.ts';
export { type ComplaintCounters, type ComplaintStatisticsState, complaintStatistics } from './statistics.ts';

/** Every complaint projection, for the runner. */
export const complaintProjections: AnyProjection[] = [complaintBoard, complaintStatistics];

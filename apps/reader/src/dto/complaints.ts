/**
 * Complaints 投诉报修 as the public sees them: the board's cards (status, company, due and act
 * times — never the complainant, their contact details or their words), filtered and paged
 * with an opaque cursor, and whether each is overdue at the time in question.
 *
 * Reads governance's `complaintBoard` state.
 */
import { complaints } from '@govledger/governance';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type BadParameter, badParameter } from '../errors.ts';
import { Type } from '@sinclair/typebox';
import { bool, count, nullable, obj, oneOf, type StaticOf, str, time } from '../schema.ts';

/** The statuses a filed complaint can have (governance's ComplaintStatus, without `none`). */
export const COMPLAINT_STATUSES = Object.keys(complaints.ComplaintStatus.keys).filter(
  (s) => s !== 'none',
) as readonly Exclude<complaints.ComplaintCard['status'], 'none'>[];

/** The categories of a complaint (governance's ComplaintCategory). */
export const COMPLAINT_CATEGORIES = Object.keys(
  complaints.ComplaintCategory.keys,
) as readonly complaints.ComplaintCard['category'][];

/** One board card, as governance's complaintBoard holds it. */
export type ComplaintCardView = complaints.ComplaintCard;

/** The board, as governance's complaintBoard holds it. */
export type ComplaintBoardView = complaints.ComplaintBoardState;

/** Schema of one complaint as served: the card's public fields and whether it is overdue at the time in question. */
export const complaintSchema = obj({
  complaintId: str(),
  communityId: str(),
  companyId: str('the company serving the community'),
  category: oneOf(COMPLAINT_CATEGORIES),
  status: oneOf(COMPLAINT_STATUSES),
  filedAt: time(),
  assigneeCompanyId: nullable(str()),
  assignedAt: nullable(time()),
  dueAt: nullable(time()),
  respondedAt: nullable(time('the latest response')),
  resolvedAt: nullable(time('the latest resolution')),
  reopenedCount: count(),
  escalatedAt: nullable(time()),
  jointMeetingId: nullable(str('the joint meeting it was escalated to')),
  closedAt: nullable(time()),
  satisfaction: nullable(Type.Integer({ minimum: 1, maximum: 5 })),
  updatedAt: time('the latest act'),
  overdue: bool('open and due strictly before the time in question'),
});

/** One complaint as served, derived from {@link complaintSchema} (declared once, there). */
export type ComplaintDto = StaticOf<typeof complaintSchema>;

/** True when the complaint is open and due strictly before `at` (governance's rule). */
export function isOverdue(card: ComplaintCardView, at: string): boolean {
  return complaints.isComplaintOverdueAt(card.status, card.dueAt, at);
}

/** The public DTO of a card, field by field (a card's status is never `none`: it exists once filed). */
export function complaintDto(card: ComplaintCardView, at: string): ComplaintDto {
  return {
    complaintId: card.complaintId,
    communityId: card.communityId,
    companyId: card.companyId,
    category: card.category,
    status: card.status as ComplaintDto['status'],
    filedAt: card.filedAt,
    assigneeCompanyId: card.assigneeCompanyId,
    assignedAt: card.assignedAt,
    dueAt: card.dueAt,
    respondedAt: card.respondedAt,
    resolvedAt: card.resolvedAt,
    reopenedCount: card.reopenedCount,
    escalatedAt: card.escalatedAt,
    jointMeetingId: card.jointMeetingId,
    closedAt: card.closedAt,
    satisfaction: card.satisfaction,
    updatedAt: card.updatedAt,
    overdue: isOverdue(card, at),
  };
}

/** A filter over the board, as the API's parameters name it; absent fields match everything. */
export interface ComplaintFilter {
  readonly status?: ComplaintDto['status'];
  readonly community?: string;
  readonly company?: string;
  readonly category?: ComplaintDto['category'];
  /** true: only overdue at `at`; false: only not overdue at `at`. */
  readonly overdue?: boolean;
  readonly at: string;
}

/** One page of matching cards in filing order, the number matching, and where the next page starts. */
export interface ComplaintPage {
  readonly total: number;
  readonly items: readonly ComplaintDto[];
  /** Position in the filing order to continue from, or null at the end. */
  readonly next: number | null;
}

/**
 * Pages the board from filing position `start` with governance's `listComplaints`: in filing
 * order, or newest first (then `start` is the newest position to include, and the next page
 * continues below it).
 */
export function pageComplaints(
  board: ComplaintBoardView,
  filter: ComplaintFilter,
  start: number,
  limit: number,
  newestFirst = false,
): ComplaintPage {
  const page = complaints.listComplaints(board, {
    ...(filter.status !== undefined ? { status: filter.status } : {}),
    ...(filter.community !== undefined ? { communityId: filter.community } : {}),
    ...(filter.company !== undefined ? { companyId: filter.company } : {}),
    ...(filter.category !== undefined ? { category: filter.category } : {}),
    ...(filter.overdue !== undefined ? { overdue: { at: filter.at, is: filter.overdue } } : {}),
    from: start,
    limit,
    newestFirst,
  });
  return { total: page.total, items: page.items.map((card) => complaintDto(card, filter.at)), next: page.next };
}

const CURSOR_PREFIX = 'complaints:';

/** The opaque cursor of a filing position. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');
}

/** The filing position a cursor names (a cursor this API issued, within the board). */
export function decodeCursor(cursor: string | undefined, boardSize: number): Either<BadParameter, number> {
  if (cursor === undefined) return right(0);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(position) || position < 0 || String(position) !== text.slice(CURSOR_PREFIX.length)) {
    return left(badParameter('cursor', 'is not a cursor this API issued (use nextCursor of the previous page)'));
  }
  if (position > boardSize) {
    return left(badParameter('cursor', 'points past the complaints of this state (was it issued for a later asOf?)'));
  }
  return right(position);
}

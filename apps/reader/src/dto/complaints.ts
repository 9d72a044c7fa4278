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
import { bool, count, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The statuses a filed complaint can have (governance's ComplaintStatus, without `none`). */
export const COMPLAINT_STATUSES: readonly string[] = Object.keys(complaints.ComplaintStatus.keys).filter(
  (s) => s !== 'none',
);

/** The categories of a complaint (governance's ComplaintCategory). */
export const COMPLAINT_CATEGORIES: readonly string[] = Object.keys(complaints.ComplaintCategory.keys);

/** One board card, as governance's complaintBoard holds it. */
export type ComplaintCardView = complaints.ComplaintCard;

/** The board, as governance's complaintBoard holds it. */
export type ComplaintBoardView = complaints.ComplaintBoardState;

/** One complaint as served: the card's public fields and whether it is overdue at the time in question. */
export interface ComplaintDto {
  readonly complaintId: string;
  readonly communityId: string;
  readonly companyId: string;
  readonly category: string;
  readonly status: string;
  readonly filedAt: string;
  readonly assigneeCompanyId: string | null;
  readonly assignedAt: string | null;
  readonly dueAt: string | null;
  readonly respondedAt: string | null;
  readonly resolvedAt: string | null;
  readonly reopenedCount: number;
  readonly escalatedAt: string | null;
  readonly jointMeetingId: string | null;
  readonly closedAt: string | null;
  readonly satisfaction: number | null;
  readonly updatedAt: string;
  readonly overdue: boolean;
}

/** True when the complaint is open and due strictly before `at` (governance's rule). */
export function isOverdue(card: ComplaintCardView, at: string): boolean {
  return complaints.isComplaintOverdueAt(card.status, card.dueAt, at);
}

/** The public DTO of a card, field by field. */
export function complaintDto(card: ComplaintCardView, at: string): ComplaintDto {
  return {
    complaintId: card.complaintId,
    communityId: card.communityId,
    companyId: card.companyId,
    category: card.category,
    status: card.status,
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

/** Schema of {@link ComplaintDto}. */
export const complaintSchema: Schema = obj({
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
  satisfaction: nullable({ type: 'integer', minimum: 1, maximum: 5 }),
  updatedAt: time('the latest act'),
  overdue: bool('open and due strictly before the time in question'),
});

/** A filter over the board; absent fields match everything. */
export interface ComplaintFilter {
  readonly status?: string;
  readonly community?: string;
  readonly company?: string;
  readonly category?: string;
  /** true: only overdue at `at`; false: only not overdue at `at`. */
  readonly overdue?: boolean;
  readonly at: string;
}

function matches(card: ComplaintCardView, f: ComplaintFilter): boolean {
  return (
    (f.status === undefined || card.status === f.status) &&
    (f.community === undefined || card.communityId === f.community) &&
    (f.company === undefined || card.companyId === f.company) &&
    (f.category === undefined || card.category === f.category) &&
    (f.overdue === undefined || isOverdue(card, f.at) === f.overdue)
  );
}

/** One page of matching cards in filing order, the number matching, and where the next page starts. */
export interface ComplaintPage {
  readonly total: number;
  readonly items: readonly ComplaintDto[];
  /** Position in the filing order to continue from, or null at the end. */
  readonly next: number | null;
}

/**
 * Pages the board from filing position `start`: in filing order, or newest first (then `start`
 * is the newest position to include, and the next page continues below it). O(board size) for
 * the total.
 */
export function pageComplaints(
  board: ComplaintBoardView,
  filter: ComplaintFilter,
  start: number,
  limit: number,
  newestFirst = false,
): ComplaintPage {
  const items: ComplaintDto[] = [];
  let total = 0;
  let next: number | null = null;
  const size = board.order.length;
  for (let step = 0; step < size; step++) {
    const position = newestFirst ? size - 1 - step : step;
    const card = board.complaints[board.order[position]!];
    if (!card || !matches(card, filter)) continue;
    total++;
    if (newestFirst ? position > start : position < start) continue;
    if (items.length < limit) items.push(complaintDto(card, filter.at));
    else if (next === null) next = position;
  }
  return { total, items, next };
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

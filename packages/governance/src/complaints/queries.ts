/**
 * The read queries over the complaint board, written once: the read API pages its
 * `/v1/complaints` answer with {@link listComplaints} and maps the cards to its DTO.
 */
import type { ComplaintCategory } from './events.ts';
import { type ComplaintStatus, isOverdueAt } from './lifecycle.ts';
import type { ComplaintBoardState, ComplaintCard } from './project.ts';

/** A filter and page over the board. Every field is optional; `limit` defaults to 50. */
export interface ComplaintQuery {
  readonly status?: ComplaintStatus;
  readonly communityId?: string;
  readonly companyId?: string;
  readonly category?: ComplaintCategory;
  /** Only complaints overdue (`is: true`) or not overdue (`is: false`) at `at` (ISO-8601 UTC): open and due strictly before it. */
  readonly overdue?: { readonly at: string; readonly is: boolean };
  /**
   * The filing position to start from: in filing order, the first position to include; newest
   * first, the newest position to include. By default the start of that order. A page's
   * `next` is the `from` of the page after it.
   */
  readonly from?: number;
  readonly limit?: number;
  /** The most recently filed first instead of the oldest. */
  readonly newestFirst?: boolean;
}

/** A page of cards, the number of cards matching the filter, and where the next page starts. */
export interface ComplaintPage {
  readonly total: number;
  readonly items: readonly ComplaintCard[];
  /** The filing position the next page starts from, or null on the last page. */
  readonly next: number | null;
}

/** Filters and pages the board in filing order (or newest first). O(n) in the board's size, for the total. */
export function listComplaints(board: ComplaintBoardState, query: ComplaintQuery = {}): ComplaintPage {
  const limit = Math.max(0, query.limit ?? 50);
  const size = board.order.length;
  const newestFirst = query.newestFirst === true;
  const from = query.from ?? (newestFirst ? size - 1 : 0);
  const items: ComplaintCard[] = [];
  let total = 0;
  let next: number | null = null;
  for (let step = 0; step < size; step++) {
    const position = newestFirst ? size - 1 - step : step;
    const card = board.complaints[board.order[position]!];
    if (!card || !matches(card, query)) continue;
    total++;
    if (newestFirst ? position > from : position < from) continue;
    if (items.length < limit) items.push(card);
    else if (next === null) next = position;
  }
  return { total, items, next };
}

function matches(card: ComplaintCard, q: ComplaintQuery): boolean {
  return (
    (q.status === undefined || card.status === q.status) &&
    (q.communityId === undefined || card.communityId === q.communityId) &&
    (q.companyId === undefined || card.companyId === q.companyId) &&
    (q.category === undefined || card.category === q.category) &&
    (q.overdue === undefined || isOverdueAt(card.status, card.dueAt, q.overdue.at) === q.overdue.is)
  );
}

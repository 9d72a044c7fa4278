import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type ComplaintBoardView,
  type ComplaintCardView,
  decodeCursor,
  encodeCursor,
  pageComplaints,
} from './complaints.ts';

const card = (complaintId: string, status: ComplaintCardView['status'], dueAt: string | null): ComplaintCardView => ({
  complaintId,
  communityId: 'cm-1',
  companyId: 'co-a',
  category: 'repair',
  status,
  filedAt: '2024-01-01T00:00:00Z',
  assigneeCompanyId: null,
  assignedAt: null,
  dueAt,
  respondedAt: null,
  resolvedAt: null,
  reopenedCount: 0,
  escalatedAt: null,
  jointMeetingId: null,
  closedAt: null,
  satisfaction: null,
  updatedAt: '2024-01-01T00:00:00Z',
});

const board: ComplaintBoardView = {
  complaints: {
    a: card('a', 'assigned', '2024-01-02T00:00:00Z'),
    b: card('b', 'closed', '2024-01-02T00:00:00Z'),
    c: card('c', 'assigned', '2024-01-05T00:00:00Z'),
    d: card('d', 'filed', null),
  },
  order: ['a', 'b', 'c', 'd'],
};

describe('pageComplaints', () => {
  it('counts every match but returns one page, and says where the next page starts', () => {
    const page = pageComplaints(board, { status: 'assigned', at: '2024-01-03T00:00:00Z' }, 0, 1);
    expect(page.total).toBe(2);
    expect(page.items.map((c) => c.complaintId)).toEqual(['a']);
    expect(page.next).toBe(2);
    const rest = pageComplaints(board, { status: 'assigned', at: '2024-01-03T00:00:00Z' }, page.next!, 1);
    expect(rest.items.map((c) => c.complaintId)).toEqual(['c']);
    expect(rest.next).toBeNull();
  });

  it('treats a closed complaint, one without a due time, and one due exactly now as not overdue', () => {
    const overdue = pageComplaints(board, { overdue: true, at: '2024-01-05T00:00:00Z' }, 0, 10);
    expect(overdue.items.map((c) => c.complaintId)).toEqual(['a']);
  });
});

describe('the complaints cursor', () => {
  it('round-trips a position and looks opaque', () => {
    const cursor = encodeCursor(3);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 4)).toEqual(right(3));
    expect(decodeCursor(undefined, 4)).toEqual(right(0));
  });

  it('refuses a forged cursor and one past the board', () => {
    expect(decodeCursor(Buffer.from('complaints:01').toString('base64url'), 4)._tag).toBe('Left');
    expect(decodeCursor(Buffer.from('other:1').toString('base64url'), 4)._tag).toBe('Left');
    expect(decodeCursor(encodeCursor(9), 4)).toEqual(
      left({
        _tag: 'BadParameter',
        parameter: 'cursor',
        reason: 'points past the complaints of this state (was it issued for a later asOf?)',
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { AssignComplaint, CloseComplaint, FileComplaint, ResolveComplaint } from './commands.ts';
import { complaintEvents } from './events.ts';
import { complaintBoard, listComplaints } from './project.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';

const committee = { id: 'cc-east', role: 'community-committee' };
const company = { id: 'pc-green', role: 'property-company' };

function file(
  ledger: TestLedger,
  n: number,
  at: string,
  overrides: { communityId?: string; category?: 'repair' | 'noise' } = {},
) {
  const person = `person-${n}`;
  ledger.accept(FileComplaint, {
    actor: { id: person, role: 'owner' },
    occurredAt: at,
    data: {
      complaintId: `c${n}`,
      communityId: overrides.communityId ?? 'yuesheng',
      companyId: 'pc-green',
      category: overrides.category ?? 'repair',
      complainantId: person,
      complainantName: `业主${n}`,
      complainantPhone: '13900000000',
      description: 'Water is leaking from the ceiling.',
    },
  });
}

function assign(ledger: TestLedger, n: number, at: string, dueAt: string) {
  ledger.accept(AssignComplaint, {
    actor: committee,
    occurredAt: at,
    data: { complaintId: `c${n}`, assigneeCompanyId: 'pc-green', dueAt },
  });
}

describe('complaintBoard', () => {
  it('shows each complaint’s status, due time and the times of its acts', () => {
    const ledger = new TestLedger(complaintEvents);
    recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    file(ledger, 1, '2024-03-01T08:00:00Z');
    assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-04T09:00:00Z');
    ledger.accept(ResolveComplaint, {
      actor: company,
      occurredAt: '2024-03-02T09:00:00Z',
      data: { complaintId: 'c1', resolution: 'Pipe replaced.' },
    });
    ledger.accept(CloseComplaint, {
      actor: { id: 'person-1', role: 'owner' },
      occurredAt: '2024-03-02T10:00:00Z',
      data: { complaintId: 'c1', satisfaction: 4 },
    });
    const card = ledger.project(complaintBoard).complaints.c1;
    expect(card).toMatchObject({
      status: 'closed',
      filedAt: '2024-03-01T08:00:00Z',
      assignedAt: '2024-03-01T09:00:00Z',
      dueAt: '2024-03-04T09:00:00Z',
      resolvedAt: '2024-03-02T09:00:00Z',
      closedAt: '2024-03-02T10:00:00Z',
      satisfaction: 4,
      updatedAt: '2024-03-02T10:00:00Z',
    });
  });

  it('keeps no personal field: no name, phone, description or complainant id', () => {
    const ledger = new TestLedger(complaintEvents);
    recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    file(ledger, 7, '2024-03-01T08:00:00Z');
    const text = JSON.stringify(ledger.project(complaintBoard));
    for (const personal of ['业主7', '13900000000', 'leaking', 'person-7']) expect(text).not.toContain(personal);
  });

  it('filters by community and category and pages in filing order', () => {
    const ledger = new TestLedger(complaintEvents);
    recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    for (let n = 1; n <= 6; n++) {
      file(ledger, n, `2024-03-0${n}T08:00:00Z`, {
        communityId: n % 2 === 0 ? 'jinxiang' : 'yuesheng',
        category: n <= 3 ? 'repair' : 'noise',
      });
    }
    const board = ledger.project(complaintBoard);
    const page = listComplaints(board, { communityId: 'jinxiang', offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.complaintId)).toEqual(['c4']);
    expect(
      listComplaints(board, { category: 'noise', communityId: 'yuesheng' }).items.map((c) => c.complaintId),
    ).toEqual(['c5']);
  });

  it('lists as overdue only open complaints due strictly before the time asked about', () => {
    const ledger = new TestLedger(complaintEvents);
    recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    file(ledger, 1, '2024-03-01T08:00:00Z');
    assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z');
    file(ledger, 2, '2024-03-01T08:00:00Z');
    assign(ledger, 2, '2024-03-01T09:00:00Z', '2024-03-05T09:00:00Z');
    const board = ledger.project(complaintBoard);
    expect(listComplaints(board, { overdueAt: '2024-03-02T09:00:00Z' }).total).toBe(0);
    expect(listComplaints(board, { overdueAt: '2024-03-03T00:00:00Z' }).items.map((c) => c.complaintId)).toEqual([
      'c1',
    ]);
    expect(listComplaints(board, { overdueAt: '2024-03-06T00:00:00Z' }).total).toBe(2);
  });
});

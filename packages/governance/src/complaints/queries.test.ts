import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';
import { complaintEvents } from './events.ts';
import { assignComplaint, fileComplaint } from './test-fixtures.ts';
import { complaintBoard } from './project.ts';
import { listComplaints } from './queries.ts';

const file = fileComplaint;
const assign = assignComplaint;

/** Six complaints: even numbers in jinxiang, the first three about repairs, the rest about noise. */
async function sixComplaints() {
  const ledger = new TestLedger(complaintEvents);
  await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
  for (let n = 1; n <= 6; n++) {
    await file(ledger, n, `2024-03-0${n}T08:00:00Z`, {
      communityId: n % 2 === 0 ? 'jinxiang' : 'yuesheng',
      category: n <= 3 ? 'repair' : 'noise',
    });
  }
  return ledger.project(complaintBoard);
}

const ids = (page: { items: readonly { complaintId: string }[] }) => page.items.map((c) => c.complaintId);

describe('listComplaints', () => {
  it('filters by community and category and pages in filing order, each page saying where the next starts', async () => {
    const board = await sixComplaints();
    const first = listComplaints(board, { communityId: 'jinxiang', limit: 1 });
    expect(first.total).toBe(3);
    expect(ids(first)).toEqual(['c2']);
    const second = listComplaints(board, { communityId: 'jinxiang', limit: 1, from: first.next! });
    expect(ids(second)).toEqual(['c4']);
    const last = listComplaints(board, { communityId: 'jinxiang', limit: 5, from: second.next! });
    expect(ids(last)).toEqual(['c6']);
    expect(last.next).toBeNull();
    expect(ids(listComplaints(board, { category: 'noise', communityId: 'yuesheng' }))).toEqual(['c5']);
  });

  it('pages newest first from the newest filing, continuing below each page', async () => {
    const board = await sixComplaints();
    const first = listComplaints(board, { newestFirst: true, limit: 2 });
    expect(ids(first)).toEqual(['c6', 'c5']);
    expect(first.total).toBe(6);
    expect(ids(listComplaints(board, { newestFirst: true, limit: 2, from: first.next! }))).toEqual(['c4', 'c3']);
  });

  it('lists as overdue only open complaints due strictly before the time asked about, and the rest as not overdue', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z');
    await assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-02T09:00:00Z');
    await file(ledger, 2, '2024-03-01T08:00:00Z');
    await assign(ledger, 2, '2024-03-01T09:00:00Z', '2024-03-05T09:00:00Z');
    const board = ledger.project(complaintBoard);
    const overdueAt = (at: string) => listComplaints(board, { overdue: { at, is: true } });
    expect(overdueAt('2024-03-02T09:00:00Z').total).toBe(0);
    expect(ids(overdueAt('2024-03-03T00:00:00Z'))).toEqual(['c1']);
    expect(overdueAt('2024-03-06T00:00:00Z').total).toBe(2);
    expect(ids(listComplaints(board, { overdue: { at: '2024-03-03T00:00:00Z', is: false } }))).toEqual(['c2']);
  });
});

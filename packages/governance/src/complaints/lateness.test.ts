import { describe, expect, it } from 'vitest';
import { recordRegistered } from '../registry/test-fixtures.ts';
import { TestLedger } from '../test-support/test-ledger.ts';
import { AssignComplaint, FileComplaint, ResolveComplaint } from './commands.ts';
import { complaintEvents } from './events.ts';
import { complaintStatistics } from './statistics.ts';

const committee = { id: 'cc-east', role: 'community-committee' };

/** A complaint filed on 1 March and due on 2 March 09:00 UTC. */
async function assignedComplaint(): Promise<TestLedger> {
  const ledger = new TestLedger(complaintEvents);
  await recordRegistered(ledger, { communities: ['yuesheng'], companies: ['pc-green'] });
  await ledger.accept(FileComplaint, {
    actor: { id: 'person-1', role: 'owner' },
    occurredAt: '2024-03-01T08:00:00Z',
    data: {
      complaintId: 'c1',
      communityId: 'yuesheng',
      companyId: 'pc-green',
      category: 'repair',
      complainantId: 'person-1',
      complainantName: '业主1',
      complainantPhone: '13900000000',
      description: '楼道灯不亮',
    },
  });
  await ledger.accept(AssignComplaint, {
    actor: committee,
    occurredAt: '2024-03-01T09:00:00Z',
    data: { complaintId: 'c1', assigneeCompanyId: 'pc-green', dueAt: '2024-03-02T09:00:00Z' },
  });
  return ledger;
}

describe('complaint lateness by the ledger’s time', () => {
  it('counts a complaint overdue when an act is recorded after its due time, whatever earlier date the act claims', async () => {
    const ledger = await assignedComplaint();
    await ledger.accept(FileComplaint, {
      actor: { id: 'person-2', role: 'owner' },
      occurredAt: '2024-03-02T08:00:00Z',
      recordedAt: '2024-03-02T10:00:00Z',
      data: {
        complaintId: 'c2',
        communityId: 'yuesheng',
        companyId: 'pc-green',
        category: 'noise',
        complainantId: 'person-2',
        complainantName: '业主2',
        complainantPhone: '13900000001',
        description: '夜间施工噪音',
      },
    });
    const stats = ledger.project(complaintStatistics);
    expect(stats.asOf).toBe('2024-03-02T10:00:00.000Z');
    expect(stats.total.overdue).toBe(1);
  });

  it('keeps the month and the resolution time of what the act claims', async () => {
    const ledger = await assignedComplaint();
    await ledger.accept(ResolveComplaint, {
      actor: committee,
      occurredAt: '2024-03-02T08:00:00Z',
      recordedAt: '2024-03-02T10:00:00Z',
      data: { complaintId: 'c1', resolution: '已更换灯具' },
    });
    const stats = ledger.project(complaintStatistics);
    expect(stats.total).toMatchObject({ resolved: 1, overdue: 0, resolutionSecondsTotal: 24 * 3600 });
  });
});

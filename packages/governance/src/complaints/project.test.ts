import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { CloseComplaint, ResolveComplaint } from './commands.ts';
import { complaintEvents } from './events.ts';
import { assignComplaint, fileComplaint } from './test-fixtures.ts';
import { complaintBoard } from './project.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';

const company = { id: 'pc-green', role: 'property-company' };

const file = fileComplaint;
const assign = assignComplaint;

describe('complaintBoard', () => {
  it('shows each complaint’s status, due time and the times of its acts', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 1, '2024-03-01T08:00:00Z');
    await assign(ledger, 1, '2024-03-01T09:00:00Z', '2024-03-04T09:00:00Z');
    await ledger.accept(ResolveComplaint, {
      actor: company,
      occurredAt: '2024-03-02T09:00:00Z',
      data: { complaintId: 'c1', resolution: 'Pipe replaced.' },
    });
    await ledger.accept(CloseComplaint, {
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

  it('keeps no personal field: no name, phone, description or complainant id', async () => {
    const ledger = new TestLedger(complaintEvents);
    await recordRegistered(ledger, { communities: ['yuesheng', 'jinxiang'], companies: ['pc-green'] });
    await file(ledger, 7, '2024-03-01T08:00:00Z');
    const text = JSON.stringify(ledger.project(complaintBoard));
    for (const personal of ['业主7', '13900000000', 'leaking', 'person-7']) expect(text).not.toContain(personal);
  });
});

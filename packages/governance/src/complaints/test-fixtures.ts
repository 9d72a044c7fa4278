/**
 * Complaints as the area's tests file and assign them: complaint `c<n>` by owner `person-<n>`
 * about the company `pc-green`, in `yuesheng` unless another registered community is given.
 */
import type { TestLedger } from '../test-support/test-ledger.ts';
import { AssignComplaint, FileComplaint } from './commands.ts';

/** Files complaint `c<n>` at `at` (a repair in yuesheng unless `where` says otherwise). */
export async function fileComplaint(
  ledger: TestLedger,
  n: number,
  at: string,
  where: { communityId?: string; category?: 'repair' | 'noise' } = {},
): Promise<void> {
  const person = `person-${n}`;
  await ledger.accept(FileComplaint, {
    actor: { id: person, role: 'owner' },
    occurredAt: at,
    data: {
      complaintId: `c${n}`,
      communityId: where.communityId ?? 'yuesheng',
      companyId: 'pc-green',
      category: where.category ?? 'repair',
      complainantId: person,
      complainantName: `业主${n}`,
      complainantPhone: '13900000000',
      description: 'Water is leaking from the ceiling.',
    },
  });
}

/** The street's community committee assigns complaint `c<n>` to `pc-green`, due at `dueAt`. */
export async function assignComplaint(ledger: TestLedger, n: number, at: string, dueAt: string): Promise<void> {
  await ledger.accept(AssignComplaint, {
    actor: { id: 'cc-east', role: 'community-committee' },
    occurredAt: at,
    data: { complaintId: `c${n}`, assigneeCompanyId: 'pc-green', dueAt },
  });
}

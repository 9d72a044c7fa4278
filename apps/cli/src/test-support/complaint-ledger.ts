/**
 * A small ledger for the audit verbs' tests: two complaints through their lifecycle, filed
 * with a name and phone number that must stay sealed unless a verb is asked to open them.
 * Built through the real CLI (`init`, then `submit`). Test code only.
 */
import { expect } from 'vitest';
import { govledger, scratchDir } from './run-cli.ts';

/** The complainant's personal values, sealed in the ledger. */
export const COMPLAINANT = { id: 'person-zhang', name: '张伟', phone: '13912345678' } as const;

const company = { id: 'co-a', role: 'property-company' };
const resident = { id: COMPLAINANT.id, role: 'resident' };

/** Dated in 2024 but recorded now: each line is an explicit back-fill, as the time rule asks. */
function line(command: string, actor: { id: string; role: string }, occurredAt: string, data: object): string {
  return JSON.stringify({ command, actor, occurredAt, backfilled: true, data });
}

function filed(complaintId: string, occurredAt: string): string {
  return line('FileComplaint', resident, occurredAt, {
    complaintId,
    communityId: 'cm-1',
    companyId: 'co-a',
    category: 'repair',
    complainantId: COMPLAINANT.id,
    complainantName: COMPLAINANT.name,
    complainantPhone: COMPLAINANT.phone,
    description: '电梯故障',
  });
}

/** The submissions, one per quarter of 2024, so ranges by date have something between them. */
export const SUBMISSIONS: readonly string[][] = [
  [filed('c-1', '2024-01-10T01:00:00Z')],
  [
    line('AssignComplaint', company, '2024-04-02T01:00:00Z', {
      complaintId: 'c-1',
      assigneeCompanyId: 'co-a',
      dueAt: '2024-04-09T01:00:00Z',
    }),
  ],
  [
    line('ResolveComplaint', company, '2024-07-01T01:00:00Z', { complaintId: 'c-1', resolution: '已修复' }),
    filed('c-2', '2024-07-02T01:00:00Z'),
  ],
];

/** Creates the ledger in a fresh directory (`l.db`); returns the directory and its removal. */
export async function complaintLedger(): Promise<{ dir: string; remove(): void }> {
  const scratch = scratchDir('govledger-audit-');
  const init = await govledger(['init', '--db', 'l.db', '--origin', 'ledger.example.gov.cn/test'], {
    cwd: scratch.dir,
  });
  expect(init.code, init.stderr).toBe(0);
  for (const lines of SUBMISSIONS) {
    const submitted = await govledger(['submit', '--db', 'l.db', '-'], {
      cwd: scratch.dir,
      stdin: `${lines.join('\n')}\n`,
    });
    expect(submitted.code, submitted.stderr).toBe(0);
  }
  return scratch;
}

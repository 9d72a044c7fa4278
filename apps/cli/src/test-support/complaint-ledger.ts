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
function line(
  command: string,
  actor: { id: string; role: string },
  occurredAt: string,
  data: object,
  backfilled = true,
): string {
  return JSON.stringify({ command, actor, occurredAt, ...(backfilled ? { backfilled } : {}), data });
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

/** The company and community the complaints name, registered first as every act requires. */
export const REGISTRATIONS: readonly string[] = registrations(['co-a'], ['cm-1']);

/**
 * Registration lines for `companies` and residents' `communities` (under one street office),
 * recorded now: acts must name registered, active entries. Test code only.
 */
export function registrations(companies: readonly string[], communities: readonly string[]): string[] {
  const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
  const now = new Date(Date.now() - 1000).toISOString();
  return [
    ...companies.map((companyId) =>
      line('RegisterPropertyCompany', bureau, now, { companyId, name: `${companyId} 物业` }, false),
    ),
    line('RegisterStreetOffice', bureau, now, { streetOfficeId: 'so-yangshe', name: '杨舍镇' }, false),
    ...communities.map((communityId) =>
      line(
        'RegisterResidentsCommunity',
        bureau,
        now,
        { communityId, name: `${communityId} 社区`, streetOfficeId: 'so-yangshe' },
        false,
      ),
    ),
  ];
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
  for (const lines of [REGISTRATIONS, ...SUBMISSIONS]) {
    const submitted = await govledger(['submit', '--db', 'l.db', '-'], {
      cwd: scratch.dir,
      stdin: `${lines.join('\n')}\n`,
    });
    expect(submitted.code, submitted.stderr).toBe(0);
  }
  return scratch;
}

/** What a test may change in {@link complaintLine}: the envelope's fields and the data's. */
export interface ComplaintLineOptions {
  readonly complaintId?: string;
  readonly occurredAt?: string;
  readonly envelope?: Record<string, unknown>;
  readonly data?: Record<string, unknown>;
}

/**
 * One `FileComplaint` submission line by resident `person-1`, carrying a name and phone
 * number (so submitting it needs the key store); `envelope` and `data` add or replace
 * fields, including undeclared ones a refusal test wants. Test code only.
 */
export function complaintLine(options: ComplaintLineOptions = {}): string {
  return JSON.stringify({
    command: 'FileComplaint',
    actor: { id: 'person-1', role: 'resident' },
    occurredAt: options.occurredAt ?? new Date(Date.now() - 60_000).toISOString(),
    ...options.envelope,
    data: {
      complaintId: options.complaintId ?? 'c-1',
      communityId: 'cm-1',
      companyId: 'co-a',
      category: 'repair',
      complainantId: 'person-1',
      complainantName: COMPLAINANT.name,
      complainantPhone: COMPLAINANT.phone,
      description: '电梯故障',
      ...options.data,
    },
  });
}

/**
 * Runs `body` in a fresh directory holding `l.db`, initialised and with company `co-a` and
 * community `cm-1` registered, so complaint lines are accepted; removes the directory after.
 */
export async function withRegisteredLedger(prefix: string, body: (cwd: string) => Promise<void>): Promise<void> {
  const scratch = scratchDir(prefix);
  try {
    const init = await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd: scratch.dir });
    expect(init.code, init.stderr).toBe(0);
    const registered = await govledger(['submit', '--db', 'l.db'], {
      cwd: scratch.dir,
      stdin: `${registrations(['co-a'], ['cm-1']).join('\n')}\n`,
    });
    expect(registered.code, registered.stderr).toBe(0);
    await body(scratch.dir);
  } finally {
    scratch.remove();
  }
}

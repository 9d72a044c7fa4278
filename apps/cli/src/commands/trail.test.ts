import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintLedger, REGISTRATIONS } from '../test-support/complaint-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

describe('govledger trail', () => {
  let ledger: { dir: string; remove(): void };
  beforeAll(async () => {
    ledger = await complaintLedger();
  }, 60_000);
  afterAll(() => ledger.remove());

  it('counts one actor’s acts by type and by quarter, in China Standard Time', async () => {
    const run = await govledger(['trail', '--db', 'l.db', '--actor', 'co-a', '--period', 'quarter', '--json'], {
      cwd: ledger.dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const trail = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(trail).toMatchObject({
      actorId: 'co-a',
      total: 2,
      byType: { ComplaintAssigned: 1, ComplaintResolved: 1 },
      byRole: { 'property-company': 2 },
      byPeriod: { '2024Q2': { ComplaintAssigned: 1 }, '2024Q3': { ComplaintResolved: 1 } },
    });
  });

  it('limits the trail to a range of the log: after the first assignment through the resolution', async () => {
    // Entries: the registrations, then the filing, the assignment, the resolution, a second filing.
    const entry = (n: number) => String(REGISTRATIONS.length + n);
    const run = await govledger(['trail', '--db', 'l.db', '--actor', 'co-a', '--from', entry(1), '--to', entry(3)], {
      cwd: ledger.dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/: 1 act\(s\)/);
    expect(run.stdout).toContain('by type: ComplaintResolved 1');
  });

  it('refuses an unknown period and a reversed range as usage errors', async () => {
    const period = await govledger(['trail', '--db', 'l.db', '--actor', 'co-a', '--period', 'week'], {
      cwd: ledger.dir,
    });
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('--period must be one of day, month, quarter, year');
    const reversed = await govledger(['trail', '--db', 'l.db', '--actor', 'co-a', '--from', '3', '--to', '1'], {
      cwd: ledger.dir,
    });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('lies before --from');
  });
});

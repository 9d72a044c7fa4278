import { describe, expect, it } from 'vitest';
import { complaintLine, withRegisteredLedger } from '../test-support/complaint-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

function complaint(complaintId: string, occurredAt: string, envelope: object = {}, data: object = {}): string {
  return complaintLine({ complaintId, occurredAt, envelope: { ...envelope }, data: { ...data } });
}

const recent = () => new Date(Date.now() - 60_000).toISOString();

const withLedger = (body: (cwd: string) => Promise<void>) => withRegisteredLedger('govledger-submit-', body);

describe('govledger submit', () => {
  it('with --dry-run decides every command, reports what it would record and writes nothing', async () => {
    await withLedger(async (cwd) => {
      const stdin = `${complaint('c-1', recent())}\n${complaint('c-2', recent())}\n`;
      const dry = await govledger(['submit', '--db', 'l.db', '--dry-run'], { cwd, stdin });
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('would be recorded as 2 event(s)');
      expect(dry.stdout).toContain('nothing was written');
      const exported = await govledger(['export', '--db', 'l.db'], { cwd });
      expect(exported.stdout).not.toContain('ComplaintFiled');
    });
  });

  it('refuses a complaint naming an unregistered community or company, with the rule, writing nothing', async () => {
    await withLedger(async (cwd) => {
      const stdin = `${complaint('c-1', recent(), {}, { communityId: 'no-such-community', companyId: 'co-nobody' })}\n`;
      const run = await govledger(['submit', '--db', 'l.db'], { cwd, stdin });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('rule CommunityNotRegistered');
      expect((await govledger(['export', '--db', 'l.db'], { cwd })).stdout).not.toContain('ComplaintFiled');
    });
  });

  it('reports every bad line in one pass, with rule names and allowed values, and records nothing', async () => {
    await withLedger(async (cwd) => {
      const stdin = [
        complaint('c-1', recent()),
        complaint('c-2', '2020-01-01T00:00:00Z'),
        complaint('c-3', recent(), {}, { category: 'leaks' }),
      ].join('\n');
      const run = await govledger(['submit', '--db', 'l.db'], { cwd, stdin: `${stdin}\n` });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('line 2: FileComplaint: rule OccurredBeforeSkew');
      expect(run.stderr).toContain('line 3: FileComplaint: data.category: expected one of "repair"');
      expect((await govledger(['export', '--db', 'l.db'], { cwd })).stdout).not.toContain('ComplaintFiled');
      const dry = await govledger(['submit', '--db', 'l.db', '--dry-run'], {
        cwd,
        stdin: `${complaint('c-9', recent())}\n`,
      });
      expect(dry.stdout).toContain('1 command(s) would be recorded');
    });
  });

  it('accepts an old act marked back-filled and shows the mark in the history', async () => {
    await withLedger(async (cwd) => {
      const stdin = `${complaint('c-1', '2020-01-01T00:00:00Z', { backfilled: true })}\n`;
      const run = await govledger(['submit', '--db', 'l.db'], { cwd, stdin });
      expect(run.code, run.stderr).toBe(0);
      const exported = await govledger(['export', '--db', 'l.db'], { cwd });
      expect(exported.stdout).toContain('"backfilled":true');
    });
  });
});

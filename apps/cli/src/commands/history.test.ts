import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINANT, complaintLedger, REGISTRATIONS } from '../test-support/complaint-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

describe('govledger history', () => {
  let ledger: { dir: string; remove(): void };
  beforeAll(async () => {
    ledger = await complaintLedger();
  }, 60_000);
  afterAll(() => ledger.remove());

  it("lists every event of a stream with index, actor and role, and what it changed in the aggregate's state", async () => {
    const run = await govledger(['history', '--db', 'l.db', '--stream', 'complaint-c-1'], { cwd: ledger.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('history of complaint-c-1: 3 event(s); personal data hidden');
    // The complaint follows the registrations of the company and community it names.
    expect(run.stdout).toMatch(
      new RegExp(
        `#${REGISTRATIONS.length} v0 2024-01-10T01:00:00Z ComplaintFiled by person-zhang \\(resident\\), recorded \\S+ \\(back-filled\\)`,
      ),
    );
    expect(run.stdout).toContain('~ /status: "none" → "filed"');
    expect(run.stdout).toContain('~ /status: "filed" → "assigned"');
    expect(run.stdout).toContain('~ /status: "assigned" → "resolved"');
  });

  it('keeps personal fields sealed unless asked to open them with the key store', async () => {
    const hidden = await govledger(['history', '--db', 'l.db', '--stream', 'complaint-c-1', '--json'], {
      cwd: ledger.dir,
    });
    expect(hidden.code, hidden.stderr).toBe(0);
    expect(hidden.stdout).not.toContain(COMPLAINANT.name);
    expect(hidden.stdout).not.toContain(COMPLAINANT.phone);
    const json = JSON.parse(hidden.stdout) as {
      personalData: string;
      events: { data: { complainantName: unknown } }[];
    };
    expect(json.personalData).toBe('hidden');
    expect(json.events[0]!.data.complainantName).toEqual({ erased: true, subject: COMPLAINANT.id });
    const opened = await govledger(['history', '--db', 'l.db', '--stream', 'complaint-c-1', '--personal'], {
      cwd: ledger.dir,
    });
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toContain(COMPLAINANT.name);
    expect(opened.stdout).toContain('personal data opened');
  });

  it('refuses an unknown stream', async () => {
    const run = await govledger(['history', '--db', 'l.db', '--stream', 'complaint-nope'], { cwd: ledger.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no stream "complaint-nope"');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExample } from './run-example.ts';

const dir = mkdtempSync(join(tmpdir(), 'residents-budget-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the residents budget example', () => {
  it('records the year, replays the end of March, and verifies an inclusion proof and the whole log', async () => {
    const report = await runExample(join(dir, 'ledger.db'));
    expect(report.size).toBe(19);
    expect(report.refused).toEqual([
      { at: '2025-04-20T11:00:00Z', reason: 'only 380000 cents of the 500000-cent cap are left this year' },
    ]);
    expect(report.now).toMatchObject({
      capCents: 500_000,
      approvedCents: 580_000,
      spentCents: 500_000,
      remainingCents: 0,
    });
    expect(report.now.proposals.map((p) => p.status)).toEqual(['approved', 'approved', 'rejected']);
    expect(report.endOfMarch).toMatchObject({ size: 12, spentCents: 0, remainingCents: 500_000 });
    expect(report.endOfMarch.proposals.map((p) => p.proposalId)).toEqual(['garden', 'lights']);
    expect(report.checkpoint.split('\n').slice(0, 2)).toEqual(['maple-court.example/budget', '19']);
    expect(report.inclusion).toEqual({ index: 13, size: 19, verified: true });
    expect(report.audit).toMatchObject({ ok: true, entriesChecked: 19 });
  });
});

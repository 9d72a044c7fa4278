/**
 * Runs the residents' association example and prints what it found:
 * `tsx src/main.ts [ledger.db]` (by default a ledger in a temporary directory, removed when the
 * run ends).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BudgetFigures, runExample } from './run-example.ts';

const money = (cents: number): string => (cents / 100).toFixed(2);

function show(title: string, f: BudgetFigures): void {
  console.log(
    `${title}: cap ${money(f.capCents)}, approved ${money(f.approvedCents)}, spent ${money(f.spentCents)}, left ${money(f.remainingCents)}`,
  );
  for (const p of f.proposals) console.log(`  ${p.proposalId}: ${p.status}, spent ${money(p.spentCents)}`);
}

// Without a path the ledger lives in a temporary directory, removed when the run ends.
const scratch = process.argv[2] === undefined ? mkdtempSync(join(tmpdir(), 'residents-budget-')) : null;
const path = process.argv[2] ?? join(scratch!, 'ledger.db');
try {
  await printReport(path);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

async function printReport(path: string): Promise<void> {
  const report = await runExample(path);
  console.log(
    `ledger ${scratch ? 'in a temporary directory (removed on exit; give a path to keep it)' : path}: ${report.size} entries`,
  );
  for (const r of report.refused) console.log(`refused at ${r.at}: ${r.reason}`);
  show('now', report.now);
  show(`as of 2025-03-31 (${report.endOfMarch.size} entries)`, report.endOfMarch);
  console.log(`verifier key: ${report.verifierKey}`);
  console.log(`checkpoint:\n${report.checkpoint}`);
  console.log(
    `inclusion of entry ${report.inclusion.index} in size ${report.inclusion.size}: ${report.inclusion.verified ? 'verified' : 'FAILED'}`,
  );
  console.log(
    `audit of ${report.audit.entriesChecked} entries: ${report.audit.ok ? 'ok' : `FAILED: ${report.audit.problem}`}`,
  );
  if (!report.inclusion.verified || !report.audit.ok) process.exitCode = 1;
}

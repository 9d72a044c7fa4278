/**
 * Runs the residents' association example and prints what it found:
 * `tsx src/main.ts [ledger.db]` (a new file in a temporary directory by default).
 */
import { mkdtempSync } from 'node:fs';
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

const path = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'residents-budget-')), 'ledger.db');
const report = await runExample(path);
console.log(`ledger ${path}: ${report.size} entries`);
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

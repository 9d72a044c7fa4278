/**
 * `pnpm bench`: the hot paths on a large ledger, each beside the machine's limit measured in
 * the same run. GOVLEDGER_BENCH_EVENTS sets the size (default 1,000,000);
 * GOVLEDGER_BENCH_DEMO_SCALE the demo history replayed (default 10, about a million events).
 */
import { availableParallelism, cpus } from 'node:os';
import { benchBatchedAppend, benchSingleAppend } from './append.ts';
import { benchAsOf } from './as-of.ts';
import { benchAudit } from './audit.ts';
import { benchBallotSeal } from './ballot-seal.ts';
import { benchCliWrite } from './cli-write.ts';
import { benchDashboard } from './dashboard.ts';
import { benchDemoReplay } from './demo-replay.ts';
import { benchPostgres } from './postgres.ts';
import { benchProofs } from './proofs.ts';
import { benchReader } from './reader.ts';
import { benchReplay } from './replay.ts';
import { benchStateCommitment } from './state-commitment.ts';
import { benchTiles } from './tiles.ts';
import { scratchFile } from './scratch.ts';
import { type BenchRow, printTable } from './table.ts';
import { benchVerify } from './verify.ts';

const events = Number(process.env.GOVLEDGER_BENCH_EVENTS ?? 1_000_000);
const only = process.env.GOVLEDGER_BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

console.log(
  `govledger benchmarks: ${events.toLocaleString('en-US')} events, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`,
);
const rows: BenchRow[] = [];
const step = async (name: string, run: () => Promise<BenchRow | BenchRow[]>) => {
  if (!wanted(name)) return;
  process.stderr.write(`running ${name}…\n`);
  const result = await run();
  rows.push(...(Array.isArray(result) ? result : [result]));
};
// These read the ledger the batched append writes: asking for any of them runs the append too.
const onTheLedger = ['replay', 'verify', 'proofs', 'tiles'];
const needLedger = onTheLedger.some(wanted);
if (needLedger && !wanted('append')) only?.push('append');
await step('append', () => benchBatchedAppend(events, 1000));
await step('cli', () => benchCliWrite(events));
await step('single', () => benchSingleAppend(Math.min(events, 2000)));
const ledger = scratchFile('ours-batched.db');
if (needLedger) {
  await step('replay', () => benchReplay(ledger));
  await step('verify', () => benchVerify(ledger));
  await step('proofs', () => benchProofs(ledger, 10_000));
  await step('tiles', () => benchTiles(ledger, 500));
}
await step('reader', () => benchReader());
await step('ballots', () => benchBallotSeal());
await step('asof', () => benchAsOf());
await step('demo', () => benchDemoReplay(Number(process.env.GOVLEDGER_BENCH_DEMO_SCALE ?? 10)));
await step('audit', () => benchAudit(Number(process.env.GOVLEDGER_BENCH_DEMO_SCALE ?? 10)));
await step('state', () => benchStateCommitment(Number(process.env.GOVLEDGER_BENCH_DEMO_SCALE ?? 10)));
await step('dashboard', () => benchDashboard());
// GOVLEDGER_BENCH_PG_EVENTS sizes the PostgreSQL ledger (default: the run's size).
await step('postgres', () =>
  benchPostgres(
    Number(process.env.GOVLEDGER_BENCH_PG_EVENTS ?? events),
    Number(process.env.GOVLEDGER_BENCH_PG_PROOF_ENTRIES ?? 1_000_000),
  ),
);
printTable(rows);

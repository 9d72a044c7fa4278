/**
 * Auditor workflows on the demo history (scale K, default 10: about a million events): a
 * one-quarter diff of every projection and a one-quarter audit report, each timed after the
 * milestone snapshots exist (the first question about the past saves them, and is reported
 * too). The limit beside them: a raw better-sqlite3 iterate + JSON.parse of the same
 * quarter's entries, what any work over the quarter must at least read.
 */
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diffSizes, rangeOf, SNAPSHOT_MILESTONE, verifierKeyOf } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { openSqliteStore } from '@govledger/store-sqlite';
import Database from 'better-sqlite3';
import { gatherReport } from '../apps/cli/src/report/report-data.ts';
import { renderReport } from '../apps/cli/src/report/render-report.ts';
import { loadSigningKeyIfPresent } from '../apps/cli/src/signing-key.ts';
import { scratchFile } from './scratch.ts';
import type { BenchRow } from './table.ts';

const main = fileURLToPath(new URL('../apps/cli/src/main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The quarter asked about: 2024 Q2, China Standard Time (its entries recorded by then, UTC). */
const QUARTER = { from: { time: '2024-03-31T15:59:59.999Z' }, to: { time: '2024-06-30T15:59:59.999Z' } };

function rawRangeMs(path: string, from: number, to: number): number {
  const raw = new Database(path, { readonly: true });
  const started = performance.now();
  for (const row of raw
    .prepare('SELECT leaf FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx')
    .raw()
    .iterate(from, to) as Iterable<[Buffer]>) {
    JSON.parse(row[0].toString('utf8'));
  }
  const ms = performance.now() - started;
  raw.close();
  return ms;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** Bytes of the milestone snapshots stored in the ledger file. */
function milestoneBytes(path: string): number {
  const raw = new Database(path, { readonly: true });
  const row = raw
    .prepare('SELECT coalesce(sum(length(state)), 0) AS bytes FROM snapshots WHERE size > 0 AND size % ? = 0')
    .get(SNAPSHOT_MILESTONE) as { bytes: number };
  raw.close();
  return row.bytes;
}

/**
 * Builds (or reuses) the demo at `scale`, then times a quarter's diff and report.
 * GOVLEDGER_BENCH_DEMO_DB names a demo ledger built earlier to use instead (it gains
 * milestone snapshots).
 */
export async function benchAudit(scale: number): Promise<BenchRow[]> {
  const db = process.env.GOVLEDGER_BENCH_DEMO_DB ?? scratchFile(`demo-${scale}.db`);
  if (!existsSync(db)) {
    const built = spawnSync(
      process.execPath,
      ['--import', tsx, main, 'demo', '--db', db, '--seed', '1', '--scale', String(scale)],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (built.status !== 0) throw new Error(`demo at scale ${scale} failed`);
  }
  const signer = loadSigningKeyIfPresent(db.replace(/\.db$/, '.key'));
  if (!signer) throw new Error('the demo left no signing key');
  const store = openSqliteStore(db);
  try {
    const range = await rangeOf(store, QUARTER.from, QUARTER.to);
    if (range._tag === 'Left') throw new Error('the quarter is reversed');
    const { fromSize, toSize } = range.right;
    const events = toSize - fromSize;
    const diffOnce = async () => {
      const started = performance.now();
      await diffSizes(store, governanceProjections, fromSize, toSize, { snapshots: store, saveMilestones: true });
      return performance.now() - started;
    };
    const firstMs = await diffOnce();
    const diffMs = await diffOnce();
    const reportStarted = performance.now();
    const data = await gatherReport({
      store,
      range: range.right,
      verifier: verifierKeyOf(signer),
      verify: 'period',
    });
    const html = renderReport(data, 'zh');
    const reportMs = performance.now() - reportStarted;
    const rawMs = rawRangeMs(db, fromSize, toSize);
    const milestones = `milestones ${megabytes(milestoneBytes(db))} of a ${megabytes(statSync(db).size)} file`;
    const limit = `${seconds(rawMs)} raw iterate+JSON.parse of the quarter`;
    const what = `${events.toLocaleString('en-US')} events of 2024Q2, demo scale ${scale}`;
    return [
      {
        name: `diff of every projection over one quarter (${what})`,
        ours: seconds(diffMs),
        limit,
        ratio: `${(rawMs / diffMs).toFixed(2)}x`,
        goal: `O(quarter); first question ${seconds(firstMs)} (saves ${milestones})`,
      },
      {
        name: `audit report of one quarter, period verification (${(html.length / 1024).toFixed(0)} KiB HTML)`,
        ours: seconds(reportMs),
        limit,
        ratio: `${(rawMs / reportMs).toFixed(2)}x`,
        goal: 'O(quarter)',
      },
    ];
  } finally {
    await store.close();
  }
}

/**
 * State commitments: replay of every projection over the demo history with the state
 * commitment kept up to date (and its root read every 1,000 entries, as a ledger signing a
 * state note at each checkpoint would), beside the same replay without commitments,
 * measured in the same run. Goal: at least 0.7x of the replay without commitments.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AnyProjection, ledgerStatistics, ProjectionRunner, StateCommitment } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { openSqliteStore } from '@govledger/store-sqlite';
import { scratchFile } from './scratch.ts';
import { type BenchRow, perSecond } from './table.ts';

const main = fileURLToPath(new URL('../apps/cli/src/main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const ROOT_EVERY = 1000;

/** Builds the demo at `scale` (unless present) and times both replays, best of `rounds`. */
export async function benchStateCommitment(scale: number, rounds = 3): Promise<BenchRow> {
  const db = scratchFile(`demo-${scale}.db`);
  const built = spawnSync(
    process.execPath,
    ['--import', tsx, main, 'demo', '--db', db, '--seed', '1', '--scale', String(scale)],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (built.status !== 0) throw new Error(`demo at scale ${scale} failed`);
  const projections: AnyProjection[] = [ledgerStatistics, ...governanceProjections];
  const store = openSqliteStore(db, { readonly: true });
  const size = (await store.head()).size;
  let plainMs = Number.POSITIVE_INFINITY;
  let committedMs = Number.POSITIVE_INFINITY;
  let records = 0;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    await new ProjectionRunner(store, projections).catchUp();
    plainMs = Math.min(plainMs, performance.now() - started);

    started = performance.now();
    const runner = new ProjectionRunner(store, projections, { commitment: new StateCommitment(projections) });
    for (let at = ROOT_EVERY; at < size + ROOT_EVERY; at += ROOT_EVERY) {
      await runner.catchUp(Math.min(at, size));
      records = runner.stateRoot()!.records;
    }
    committedMs = Math.min(committedMs, performance.now() - started);
  }
  await store.close();
  return {
    name: `replay with state commitments (${records.toLocaleString('en-US')} records, root every ${ROOT_EVERY}), demo scale ${scale} (${size.toLocaleString('en-US')} events)`,
    ours: perSecond(size, committedMs),
    limit: `${perSecond(size, plainMs)} replay without commitments`,
    ratio: `${(plainMs / committedMs).toFixed(2)}x`,
    goal: '>= 0.70x',
  };
}

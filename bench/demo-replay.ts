/**
 * Replay of every governance projection over the demo history (scale K, default 10: about a
 * million events), beside a raw better-sqlite3 iterate + JSON.parse of the same file.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ledgerStatistics, ProjectionRunner } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { openSqliteStore } from '@govledger/store-sqlite';
import { rawReadLimit } from './replay.ts';
import { scratchFile } from './scratch.ts';
import { type BenchRow, perSecond } from './table.ts';

const main = fileURLToPath(new URL('../apps/cli/src/main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Builds the demo at `scale` through the CLI, then times the replay. */
export async function benchDemoReplay(scale: number): Promise<BenchRow> {
  const db = scratchFile(`demo-${scale}.db`);
  const built = spawnSync(
    process.execPath,
    ['--import', tsx, main, 'demo', '--db', db, '--seed', '1', '--scale', String(scale)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (built.status !== 0) throw new Error(`demo at scale ${scale} failed`);

  const { count: rawCount, ms: rawMs } = rawReadLimit(db);

  const store = openSqliteStore(db, { readonly: true });
  const started = performance.now();
  const { size } = await new ProjectionRunner(store, [ledgerStatistics, ...governanceProjections]).replayAsOf();
  const oursMs = performance.now() - started;
  await store.close();
  return {
    name: `replay of all ${governanceProjections.length + 1} projections, demo scale ${scale} (${size.toLocaleString('en-US')} events)`,
    ours: perSecond(size, oursMs),
    limit: `${perSecond(rawCount, rawMs)} raw iterate+JSON.parse`,
    ratio: `${(rawMs / oursMs).toFixed(2)}x`,
    goal: '>= 0.70x',
  };
}

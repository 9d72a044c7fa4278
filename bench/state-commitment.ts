/**
 * State commitments: replay of every projection over the demo history with the state
 * commitment kept up to date, its root read every 1,000 entries (a stress: changed records
 * are hashed at each root) and at the demo's own checkpoint sizes (what a writer signs),
 * beside the same replay without commitments measured in the same run (goal: at least 0.7x
 * of it), in wall and process CPU time; one root at the head only (every record hashed once,
 * the floor of any commitment over these records); and what one write pays for its state note
 * when it resumes from snapshots.
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

/** Builds the demo at `scale` (unless present) and times the replays and a write's state note, best of `rounds`. */
export async function benchStateCommitment(scale: number, rounds = 3): Promise<BenchRow[]> {
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
  // The sizes the demo signed checkpoints (and state notes) at: one a simulated quarter.
  const checkpointSizes = (await store.log.checkpoints()).map((c) => c.size).filter((s) => s > 0);
  const committed = (rootAt: readonly number[]) => async () => {
    const runner = new ProjectionRunner(store, projections, { commitment: new StateCommitment(projections) });
    for (const at of rootAt) {
      await runner.catchUp(at);
      runner.stateRoot();
    }
    return runner.stateRoot()!.records;
  };
  const everyThousand = Array.from({ length: Math.ceil(size / ROOT_EVERY) }, (_, i) =>
    Math.min((i + 1) * ROOT_EVERY, size),
  );
  // Process CPU time (all threads, the collector's included) beside wall time: on a machine
  // shared with other work, the wall ratio moves with the load; the CPU ratio much less.
  const cpuMs = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  let plainCpuMs = Number.POSITIVE_INFINITY;
  let thousandCpuMs = Number.POSITIVE_INFINITY;
  let plainMs = Number.POSITIVE_INFINITY;
  let thousandMs = Number.POSITIVE_INFINITY;
  let checkpointMs = Number.POSITIVE_INFINITY;
  let checkpointCpuMs = Number.POSITIVE_INFINITY;
  let onceMs = Number.POSITIVE_INFINITY;
  let onceCpuMs = Number.POSITIVE_INFINITY;
  let headMs = Number.POSITIVE_INFINITY;
  let records = 0;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    let cpu = cpuMs();
    await new ProjectionRunner(store, projections).catchUp();
    plainMs = Math.min(plainMs, performance.now() - started);
    plainCpuMs = Math.min(plainCpuMs, cpuMs() - cpu);

    started = performance.now();
    cpu = cpuMs();
    records = await committed(everyThousand)();
    thousandMs = Math.min(thousandMs, performance.now() - started);
    thousandCpuMs = Math.min(thousandCpuMs, cpuMs() - cpu);

    started = performance.now();
    cpu = cpuMs();
    await committed(checkpointSizes)();
    checkpointMs = Math.min(checkpointMs, performance.now() - started);
    checkpointCpuMs = Math.min(checkpointCpuMs, cpuMs() - cpu);

    // One root at the head: every record is hashed once, the least any commitment pays.
    started = performance.now();
    cpu = cpuMs();
    await committed([size])();
    onceMs = Math.min(onceMs, performance.now() - started);
    onceCpuMs = Math.min(onceCpuMs, cpuMs() - cpu);

    // What a write pays for its state note: resume from the snapshots the demo left (its
    // commitment's among them) at the head and read the root (the fold of the write's own
    // few entries comes on top).
    started = performance.now();
    const resumed = new ProjectionRunner(store, projections, {
      commitment: new StateCommitment(projections),
      snapshots: store,
    });
    await resumed.catchUp();
    resumed.stateRoot();
    headMs = Math.min(headMs, performance.now() - started);
  }
  await store.close();
  const events = `demo scale ${scale} (${size.toLocaleString('en-US')} events, ${records.toLocaleString('en-US')} records)`;
  const limit = `${perSecond(size, plainMs)} replay without commitments`;
  return [
    {
      name: `replay with state commitments, root every ${ROOT_EVERY}, ${events}`,
      ours: perSecond(size, thousandMs),
      limit,
      ratio: `${(plainMs / thousandMs).toFixed(2)}x`,
      goal: '>= 0.70x',
    },
    {
      name: `the same, in process CPU time (wall time moves with the machine's load), ${events}`,
      ours: `${thousandCpuMs.toFixed(0)} ms`,
      limit: `${plainCpuMs.toFixed(0)} ms replay without commitments`,
      ratio: `${(plainCpuMs / thousandCpuMs).toFixed(2)}x`,
      goal: '>= 0.70x',
    },
    {
      name: `replay with state commitments, root at the demo's ${checkpointSizes.length} checkpoints, ${events}`,
      ours: perSecond(size, checkpointMs),
      limit,
      ratio: `${(plainMs / checkpointMs).toFixed(2)}x`,
      goal: '>= 0.70x',
    },
    {
      name: `the same, in process CPU time, ${events}`,
      ours: `${checkpointCpuMs.toFixed(0)} ms`,
      limit: `${plainCpuMs.toFixed(0)} ms replay without commitments`,
      ratio: `${(plainCpuMs / checkpointCpuMs).toFixed(2)}x`,
      goal: '>= 0.70x',
    },
    {
      name: `replay with state commitments, one root at the head (each record hashed once: the floor), ${events}`,
      ours: `${perSecond(size, onceMs)} (${onceCpuMs.toFixed(0)} ms CPU)`,
      limit: `${limit} (${plainCpuMs.toFixed(0)} ms CPU)`,
      ratio: `${(plainMs / onceMs).toFixed(2)}x (CPU ${(plainCpuMs / onceCpuMs).toFixed(2)}x)`,
      goal: '>= 0.70x',
    },
    {
      name: `state note of a write: resume every projection and the commitment from snapshots, read the root, ${events}`,
      ours: `${headMs.toFixed(0)} ms`,
      limit: `${plainMs.toFixed(0)} ms replay without commitments`,
      ratio: `${(plainMs / headMs).toFixed(2)}x`,
      goal: 'less than a replay',
    },
  ];
}

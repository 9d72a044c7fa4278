/**
 * Cold start of the read API as a user runs it: from spawning `govledger serve` (the built
 * CLI) on a large ledger with projection snapshots to its first answered dashboard request,
 * then to the first page of the complaint board (the largest state), then to every
 * dashboard endpoint answered once, then to the first proof of a figure against the signed
 * state (the fold loaded with its state commitment), and the server's resident memory then.
 * Run `pnpm build` first, and use a ledger straight from `govledger demo`, as a user leaves
 * it (no `replay`: the demo leaves snapshots):
 *   tsx bench/cold-start.ts data/demo3.db
 * `GOVLEDGER_BENCH_CLI=path/to/govledger.js` times another build of the CLI instead.
 * Beside it, in the same run: the machine's floor, starting the same bundle for
 * `govledger --version` (Node's start and the bundle's load, no ledger opened), and the
 * load average (the machine is shared; the floor moves with it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** One request per projection the dashboards read. */
const EVERY_DASHBOARD = [
  '/v1/complaint-statistics',
  '/v1/votes',
  '/v1/funds',
  '/v1/funds/project-23/units?limit=5',
  '/v1/committees',
  '/v1/public-income',
  '/v1/ratings',
  '/v1/red-black-lists',
  '/v1/companies',
  '/v1/party-building',
  '/v1/pilots',
  '/v1/joint-meetings',
  '/v1/notices',
];

const path = process.argv[2];
if (!path) throw new Error('usage: tsx bench/cold-start.ts LEDGER.db');
// GOVLEDGER_BENCH_CLI names another build of the CLI (e.g. an earlier one, for before/after).
const cli = process.env.GOVLEDGER_BENCH_CLI ?? fileURLToPath(new URL('../apps/cli/dist/govledger.js', import.meta.url));
if (!existsSync(cli)) throw new Error(`no built CLI at ${cli}: run pnpm build first`);

const floorStarted = performance.now();
spawnSync(process.execPath, [cli, '--version'], { stdio: 'ignore' });
const floor = (performance.now() - floorStarted).toFixed(0);

/** The resident and peak resident memory of process `pid` in MiB (Linux), or undefined elsewhere. */
function memoryOf(pid: number | undefined): { rss: number; peak: number } | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return undefined;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

const loadBefore = loadavg()[0]!;
const started = performance.now();
const server = spawn(process.execPath, [cli, 'serve', '--db', path, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    const found = /listening on (http:\/\/\S+?)[\s(]/.exec(out);
    if (found) resolve(found[1] as string);
  });
  server.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${out}`)));
});
const since = () => (performance.now() - started).toFixed(0);
const get = async (url: string) => {
  const response = await fetch(`${base}${url}`);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
};
try {
  const listening = since();
  await get('/v1/coverage');
  const first = since();
  await get('/v1/complaints?limit=20');
  const board = since();
  for (const url of EVERY_DASHBOARD) await get(url);
  const all = since();
  await get('/v1/state/proofs?record=coverage/totals');
  const proof = since();
  const memory = memoryOf(server.pid);
  const ledger = (await (await fetch(`${base}/v1/ledger`)).json()) as { size: number };
  console.log(
    `cold start of govledger serve on ${ledger.size.toLocaleString('en-US')} entries (goals: first answer <= 2,000 ms, every endpoint <= 3,000 ms):`,
  );
  console.log(`  listening:                               ${listening} ms`);
  console.log(`  first answer (/v1/coverage):             ${first} ms`);
  console.log(`  first page of the complaint board:       ${board} ms`);
  console.log(`  every dashboard endpoint answered once:  ${all} ms`);
  console.log(`  first proof of a figure (fold loaded):   ${proof} ms`);
  if (memory)
    console.log(
      `  server memory then: resident ${memory.rss.toFixed(0)} MiB, peak resident ${memory.peak.toFixed(0)} MiB`,
    );
  console.log(`  floor, same run: govledger --version      ${floor} ms`);
  console.log(`  load average (1 min): ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
} finally {
  server.kill('SIGTERM');
}

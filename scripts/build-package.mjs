#!/usr/bin/env node
/**
 * Builds the publishable package in the current directory: compiles src/ (minus tests and
 * test fixtures) to ESM JavaScript and .d.ts files in dist/ with the shared
 * tsconfig.package.json, through the package's one-line tsconfig.build.json.
 *
 * Run by each package's `prepack` script, before `pnpm pack` (or `pnpm publish`) reads
 * publishConfig's dist/ entry points. Development never needs it: in the workspace, `exports`
 * points at src/ and tests, tsx and esbuild read TypeScript directly.
 *
 * Safe when builds of the same package run at once (a `pnpm -r publish --dry-run` beside the
 * packaging test's `pnpm -r pack`, or two CI jobs in one checkout): it used to empty dist/ and
 * compile in place, so a second build deleted the files a first one's pack was reading, and
 * that pack failed. Now:
 * - builds of one package take turns, under an exclusive lock file (`.build.lock`, taken over
 *   when the process that left it is gone);
 * - a build whose sources, configuration and compiler are those dist/ was built from (the
 *   digest in `.build-digest`) leaves dist/ untouched;
 * - otherwise it compiles into a scratch directory and swaps it in with two renames, so
 *   dist/ is never a half-written tree.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const packageDir = process.cwd();
const config = join(packageDir, 'tsconfig.build.json');
if (!existsSync(config)) {
  console.error(`${config} is missing: a publishable package needs { "extends": "../../tsconfig.package.json" } there`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const dist = join(packageDir, 'dist');
const lock = join(packageDir, '.build.lock');
const digestFile = join(packageDir, '.build-digest');

/** Every file under `dir`, sorted. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** What dist/ is built from: the sources, both tsconfigs and the compiler's version. */
function sourceDigest() {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(join(packageDir, 'src')),
    config,
    join(packageDir, '../../tsconfig.package.json'),
    join(packageDir, '../../tsconfig.base.json'),
  ];
  for (const file of files)
    hash
      .update(`${relative(packageDir, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  hash.update(JSON.parse(readFileSync(require.resolve('typescript/package.json'), 'utf8')).version);
  return hash.digest('hex');
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the package's build lock, waiting for another build to finish (or taking over a dead one's). */
function acquireLock() {
  const waitUntil = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(lock, 'utf8'));
    } catch {
      continue; // released between our attempt and the read
    }
    const age = (() => {
      try {
        return Date.now() - statSync(lock).mtimeMs;
      } catch {
        return 0;
      }
    })();
    // A lock without a live holder (a killed build) is taken over; one being written is given a moment.
    if ((Number.isInteger(holder) && holder > 0 && !isRunning(holder)) || (!(holder > 0) && age > 5_000)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > waitUntil) {
      console.error(`${lock} is held by process ${holder} for more than 10 minutes; remove it if no build runs`);
      process.exit(1);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

acquireLock();
let status = 0;
try {
  const digest = sourceDigest();
  const built = existsSync(digestFile) ? readFileSync(digestFile, 'utf8').trim() : null;
  if (built !== digest || !existsSync(join(dist, 'index.js'))) {
    const scratch = join(packageDir, `.dist-build-${process.pid}`);
    rmSync(scratch, { recursive: true, force: true });
    const run = spawnSync(process.execPath, [tsc, '-p', config, '--outDir', scratch], { stdio: 'inherit' });
    status = run.status ?? 1;
    if (status === 0) {
      const old = join(packageDir, `.dist-old-${process.pid}`);
      if (existsSync(dist)) renameSync(dist, old);
      renameSync(scratch, dist);
      rmSync(old, { recursive: true, force: true });
      writeFileSync(digestFile, `${digest}\n`);
    } else {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(lock, { force: true });
}
process.exit(status);

#!/usr/bin/env node
/**
 * Builds the publishable package in the current directory: removes dist/, then compiles
 * src/ (minus tests and test fixtures) to ESM JavaScript and .d.ts files with the shared
 * tsconfig.package.json, through the package's one-line tsconfig.build.json.
 *
 * Run by each package's `build` script (and so by `prepack`, before `pnpm pack` reads
 * publishConfig's dist/ entry points). Development never needs it: in the workspace,
 * `exports` points at src/ and tests, tsx and esbuild read TypeScript directly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const packageDir = process.cwd();
const config = join(packageDir, 'tsconfig.build.json');
if (!existsSync(config)) {
  console.error(`${config} is missing: a publishable package needs { "extends": "../../tsconfig.package.json" } there`);
  process.exit(2);
}
rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit' });
process.exit(run.status ?? 1);

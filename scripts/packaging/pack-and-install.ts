/**
 * Packs every published package with `pnpm pack` (which runs each package's prepack build
 * and applies publishConfig), installs the tarballs into a scratch project outside the
 * workspace with plain npm, and builds and runs the residents' budget example there: what
 * a developer who embeds govledger would do, with nothing of the workspace in reach.
 *
 * better-sqlite3 compiles from source (about a minute) when npm installs it fresh; when the
 * scratch project gets the same version the workspace built, its native module is reused.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { type Manifest, publishedPackages } from './published-packages.ts';

/** One packed package: its tarball, the manifest inside it and every path it holds. */
export interface PackedPackage {
  readonly name: string;
  readonly tarball: string;
  readonly manifest: Manifest;
  readonly files: readonly string[];
}

/** Runs a command; throws with its output when it fails. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed with ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** The environment without the npm_* variables a parent pnpm or npm run sets. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^pnpm_/i.test(k)));
}

/** The pnpm the workspace pins (`packageManager`), run through npx. */
function pnpmCommand(root: string): string[] {
  const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string })
    .packageManager;
  return ['-y', pinned];
}

/**
 * Packs every published package of the workspace at `root` into `dest`, with one recursive
 * `pnpm pack` (each package's prepack build runs first, concurrently where pnpm can).
 */
export function packAll(root: string, dest: string): PackedPackage[] {
  mkdirSync(dest, { recursive: true });
  const published = publishedPackages(root);
  const filters = published.flatMap(({ dir }) => ['--filter', `./${relative(root, dir)}`]);
  run('npx', [...pnpmCommand(root), '-r', ...filters, 'pack', '--pack-destination', dest], root, cleanEnv());
  return published.map(({ manifest }) => {
    const tarball = join(dest, `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`);
    const files = run('tar', ['-tzf', tarball], dest)
      .split('\n')
      .filter((line) => line !== '' && !line.endsWith('/'))
      .map((line) => line.replace(/^package\//, ''));
    const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], dest)) as Manifest;
    return { name: manifest.name, tarball, manifest: packed, files };
  });
}

/** The version of `name` the workspace resolves from `fromDir`, and the directory it lives in. */
function workspaceModule(fromDir: string, name: string): { version: string; dir: string } {
  const manifestPath = createRequire(join(fromDir, 'package.json')).resolve(`${name}/package.json`);
  return { version: (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest).version, dir: dirname(manifestPath) };
}

/**
 * Installs the tarballs into a new npm project at `dir` (with the example's other direct
 * dependencies and @types/node from the registry), then gives better-sqlite3 its native
 * module. Returns how better-sqlite3 got it: reused from the workspace or compiled.
 */
export function installScratch(root: string, dir: string, packed: readonly PackedPackage[]): 'reused' | 'compiled' {
  mkdirSync(dir, { recursive: true });
  const example = JSON.parse(readFileSync(join(root, 'examples/residents-budget/package.json'), 'utf8')) as Manifest;
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const registryDeps = Object.fromEntries(
    Object.entries(example.dependencies ?? {}).filter(([name]) => !name.startsWith('@govledger/')),
  );
  const manifest = {
    name: 'scratch-embedder',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { ...tarballs, ...registryDeps },
    devDependencies: { '@types/node': `^${workspaceModule(root, '@types/node').version}` },
    // store-sqlite and governance depend on @govledger/core@<version>: take it from its tarball.
    overrides: Object.fromEntries(packed.map((p) => [p.name, `$${p.name}`])),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const env = cleanEnv();
  run(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    dir,
    env,
  );

  return nativeSqlite(root, dir, env);
}

/**
 * Gives the better-sqlite3 installed in `dir` its native module: the workspace's when it is the
 * same version, else compiled.
 */
function nativeSqlite(root: string, dir: string, env: NodeJS.ProcessEnv): 'reused' | 'compiled' {
  const built = workspaceModule(join(root, 'packages/store-sqlite'), 'better-sqlite3');
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/better-sqlite3/package.json'), 'utf8')) as Manifest;
  const binary = join('build', 'Release', 'better_sqlite3.node');
  if (installed.version === built.version && existsSync(join(built.dir, binary))) {
    mkdirSync(join(dir, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    copyFileSync(join(built.dir, binary), join(dir, 'node_modules/better-sqlite3', binary));
    return 'reused';
  }
  run('npm', ['rebuild', 'better-sqlite3', '--loglevel=error'], dir, env);
  return 'compiled';
}

/** The scratch project's compiler settings: strict, NodeNext, and the packages' .d.ts checked too. */
const SCRATCH_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    rewriteRelativeImportExtensions: true,
    skipLibCheck: false,
    types: ['node'],
    rootDir: 'src',
    outDir: 'dist',
  },
  include: ['src'],
};

/**
 * Copies the example's sources (not its tests) into the scratch project, type-checks and
 * compiles them against the installed packages' declarations, and runs the result.
 * Returns what the example printed.
 */
export function buildAndRunExample(root: string, dir: string): string {
  const from = join(root, 'examples/residents-budget/src');
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const file of readdirSync(from)) {
    if (file.endsWith('.ts') && !file.endsWith('.test.ts')) copyFileSync(join(from, file), join(dir, 'src', file));
  }
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(SCRATCH_TSCONFIG, null, 2)}\n`);
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], dir);
  return run(process.execPath, [join(dir, 'dist/main.js'), join(dir, 'ledger.db')], dir);
}

/**
 * Copies the example as the standalone project it is — its package.json (the @govledger
 * dependencies pointed at the tarballs), tsconfig.json and src/ with its tests — into `dir`,
 * installs it with plain npm and gives better-sqlite3 its native module. Returns how.
 */
export function installExampleProject(
  root: string,
  dir: string,
  packed: readonly PackedPackage[],
): 'reused' | 'compiled' {
  const from = join(root, 'examples/residents-budget');
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const file of readdirSync(join(from, 'src'))) copyFileSync(join(from, 'src', file), join(dir, 'src', file));
  copyFileSync(join(from, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as Manifest & {
    devDependencies?: Record<string, string>;
  };
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies ?? {}).map(([name, range]) => [name, tarballs[name] ?? range]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ ...manifest, dependencies, overrides: Object.fromEntries(packed.map((p) => [p.name, `$${p.name}`])) }, null, 2)}\n`,
  );
  const env = cleanEnv();
  run(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    dir,
    env,
  );
  return nativeSqlite(root, dir, env);
}

/** Runs `npm run <script> [args]` in `dir` and returns what it printed. */
export function npmRun(dir: string, script: string, args: readonly string[] = []): string {
  return run('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], dir, cleanEnv());
}

/** Script run in the scratch project: what a consumer can and cannot import (package names in argv). */
const IMPORT_PROBE = `
const out = {};
for (const name of process.argv.slice(1)) out[name] = Object.keys(await import(name)).length;
out.testing = import.meta.resolve('@govledger/core/testing');
try { await import('@govledger/core/dist/store.js'); out.deep = 'allowed'; } catch (e) { out.deep = e.code; }
console.log(JSON.stringify(out));
`;

/**
 * Imports every installed package from the scratch project: the number of exports of each,
 * where `@govledger/core/testing` resolves, and the error code of a deep import.
 */
export function probeImports(dir: string, names: readonly string[]): { [name: string]: number | string } {
  return JSON.parse(run(process.execPath, ['--input-type=module', '-e', IMPORT_PROBE, ...names], dir));
}

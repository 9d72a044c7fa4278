/**
 * The package build (scripts/build-package.mjs) run on a small package beside the real shared
 * tsconfigs: builds of one package at once take turns and leave one complete dist/; a build
 * from unchanged sources leaves dist/ untouched (so a pack reading it is never cut short); a
 * changed source is rebuilt; a lock left by a killed build is taken over.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const script = join(root, 'scripts', 'build-package.mjs');

function build(dir: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
}

function buildAsync(dir: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: dir, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

describe('the package build', { timeout: 120_000 }, () => {
  let scratch: string;
  let pkg: string;

  beforeAll(() => {
    // Inside the workspace's node_modules, so the shared tsconfig finds @types/node as a package does.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    scratch = mkdtempSync(join(cache, 'build-package-'));
    for (const file of ['tsconfig.package.json', 'tsconfig.base.json'])
      copyFileSync(join(root, file), join(scratch, file));
    pkg = join(scratch, 'packages', 'x');
    mkdirSync(join(pkg, 'src'), { recursive: true });
    writeFileSync(join(pkg, 'tsconfig.build.json'), '{ "extends": "../../tsconfig.package.json" }\n');
    writeFileSync(join(pkg, 'src', 'index.ts'), "export { answer } from './answer.ts';\n");
    writeFileSync(join(pkg, 'src', 'answer.ts'), 'export const answer = 41;\n');
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lets two builds of one package at once both succeed, leaving one complete dist and no scratch', async () => {
    const codes = await Promise.all([buildAsync(pkg), buildAsync(pkg)]);
    expect(codes).toEqual([0, 0]);
    expect(readdirSync(join(pkg, 'dist')).sort()).toEqual(['answer.d.ts', 'answer.js', 'index.d.ts', 'index.js']);
    expect(readdirSync(pkg).filter((f) => f.startsWith('.dist-') || f === '.build.lock')).toEqual([]);
  });

  it('leaves dist untouched when the sources are those it was built from', () => {
    const before = statSync(join(pkg, 'dist', 'index.js'));
    const run = build(pkg);
    expect(run.status, run.stderr).toBe(0);
    const after = statSync(join(pkg, 'dist', 'index.js'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('rebuilds when a source changed', () => {
    writeFileSync(join(pkg, 'src', 'answer.ts'), 'export const answer = 42;\n');
    const run = build(pkg);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(pkg, 'dist', 'answer.js'), 'utf8')).toContain('42');
  });

  it('takes over a lock left by a build that is no longer running', () => {
    writeFileSync(join(pkg, 'src', 'answer.ts'), 'export const answer = 43;\n');
    writeFileSync(join(pkg, '.build.lock'), '2147483646');
    const run = build(pkg);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(pkg, 'dist', 'answer.js'), 'utf8')).toContain('43');
    expect(existsSync(join(pkg, '.build.lock'))).toBe(false);
  });

  it('leaves dist as it was when the compiler fails', () => {
    writeFileSync(join(pkg, 'src', 'answer.ts'), 'export const answer: number = "not a number";\n');
    const run = build(pkg);
    expect(run.status).not.toBe(0);
    expect(readFileSync(join(pkg, 'dist', 'answer.js'), 'utf8')).toContain('43');
    expect(readdirSync(pkg).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Rollup } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt, isBuildCurrent } from '../build/build-when-changed.ts';
import { keepPreviousBuild } from '../build/keep-previous-build.ts';
import { precompress } from '../build/precompress.ts';

/** A bundle as Vite hands it to `writeBundle`: one chunk per name, each written to `dir` first. */
function writtenBundle(dir: string, files: Record<string, string>): Rollup.OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const [fileName, code] of Object.entries(files)) {
    mkdirSync(join(dir, fileName, '..'), { recursive: true });
    writeFileSync(join(dir, fileName), code);
    bundle[fileName] = { type: 'chunk', fileName, code };
  }
  return bundle as Rollup.OutputBundle;
}

function runWriteBundle(plugin: ReturnType<typeof precompress>, dir: string, bundle: Rollup.OutputBundle): void {
  const hook = plugin.writeBundle as (this: unknown, options: { dir: string }, bundle: Rollup.OutputBundle) => void;
  hook.call({}, { dir }, bundle);
}

describe('the dashboard build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govledger-dashboard-build-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a brotli and a gzip twin of every script, each decompressing to the script', () => {
    const code = `export const x = ${JSON.stringify('张家港'.repeat(500))};`;
    runWriteBundle(precompress(), dir, writtenBundle(dir, { 'assets/index-a1.js': code }));
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets/index-a1.js.br'))).toString()).toBe(code);
    expect(gunzipSync(readFileSync(join(dir, 'assets/index-a1.js.gz'))).toString()).toBe(code);
  });

  it('keeps the previous build’s assets beside the new ones and removes those of the build before', () => {
    const keep = keepPreviousBuild();
    runWriteBundle(keep, dir, writtenBundle(dir, { 'assets/index-one.js': '1', 'index.html': 'one' }));
    writeFileSync(join(dir, 'assets/index-one.js.br'), 'twin');
    runWriteBundle(keep, dir, writtenBundle(dir, { 'assets/index-two.js': '2', 'index.html': 'two' }));
    expect(existsSync(join(dir, 'assets/index-one.js'))).toBe(true);
    expect(existsSync(join(dir, 'assets/index-one.js.br'))).toBe(true);
    expect(existsSync(join(dir, 'assets/index-two.js'))).toBe(true);
    runWriteBundle(keep, dir, writtenBundle(dir, { 'assets/index-three.js': '3', 'index.html': 'three' }));
    expect(existsSync(join(dir, 'assets/index-one.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets/index-one.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets/index-two.js'))).toBe(true);
    expect(existsSync(join(dir, 'assets/index-three.js'))).toBe(true);
  });
});

describe('pnpm build of the dashboard', () => {
  it('does not build again when the sources are those of the last build (global set-up built them)', async () => {
    expect(isBuildCurrent()).toBe(true);
    expect(await ensureDashboardBuilt()).toBe(false);
  });
});

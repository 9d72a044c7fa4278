/**
 * A Vite plugin keeping the previous build's hashed assets beside the new ones (and removing
 * older ones): a visitor whose page was loaded just before a rebuild still finds every module
 * that page asks for, while a running server serves the new page to the next visitor. Each
 * build lists its files in `dist/.build-files`; the next build keeps those and its own.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The list of the files a build wrote, relative to the output directory. */
export const BUILD_FILES = '.build-files';

/** A compressed twin's own file: `x.js.br` belongs to `x.js`. */
function ownerOf(file: string): string {
  return file.replace(/\.(br|gz)$/, '');
}

/** The files of the build before, as its list names them (none on a first build). */
function previousBuildFiles(dir: string): Set<string> {
  const list = join(dir, BUILD_FILES);
  if (!existsSync(list)) return new Set();
  return new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean));
}

/** The plugin; Vite's own emptying of the output directory must be off (`emptyOutDir: false`). */
export function keepPreviousBuild(assetsDir = 'assets'): Plugin {
  return {
    name: 'govledger-keep-previous-build',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const current = Object.keys(bundle);
      const keep = new Set([...current, ...previousBuildFiles(dir)]);
      const assets = join(dir, assetsDir);
      if (existsSync(assets)) {
        for (const name of readdirSync(assets)) {
          if (!keep.has(ownerOf(`${assetsDir}/${name}`))) rmSync(join(assets, name), { force: true });
        }
      }
      writeFileSync(join(dir, BUILD_FILES), `${current.join('\n')}\n`);
    },
  };
}

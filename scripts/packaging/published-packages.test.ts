import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Manifest, packedManifestProblems, publishedPackages } from './published-packages.ts';

const root = join(import.meta.dirname, '..', '..');

const good: Manifest = {
  name: '@govledger/x',
  version: '0.1.0',
  license: 'Apache-2.0',
  engines: { node: '>=20.10' },
  files: ['dist'],
  types: './dist/index.d.ts',
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  dependencies: { '@govledger/core': '0.1.0' },
};
const goodFiles = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts'];

describe('the packed manifest checks', () => {
  it('accept a manifest that installs like any other package', () => {
    expect(packedManifestProblems(good, goodFiles)).toEqual([]);
  });

  it('name a workspace range, a path into src/ and a path outside the package', () => {
    const bad: Manifest = {
      ...good,
      exports: { '.': './src/index.ts' },
      dependencies: { '@govledger/core': 'workspace:*' },
      scripts: { build: 'node ../../scripts/build-package.mjs' },
    };
    expect(packedManifestProblems(bad, [...goodFiles, 'src/index.ts'])).toEqual(
      expect.arrayContaining([
        '@govledger/x: dependencies.@govledger/core is a workspace range (workspace:*)',
        '@govledger/x: exports.. = ./src/index.ts is not a dist/ file',
        '@govledger/x: scripts.build = node ../../scripts/build-package.mjs points outside the package',
        '@govledger/x: the tarball holds TypeScript source src/index.ts',
      ]),
    );
  });

  it('name an entry point missing from the tarball, a missing changelog and a packed test', () => {
    const files = goodFiles.filter((f) => f !== 'dist/index.d.ts' && f !== 'CHANGELOG.md').concat('dist/a.test.js');
    expect(packedManifestProblems(good, files)).toEqual(
      expect.arrayContaining([
        '@govledger/x: the tarball has no CHANGELOG.md',
        '@govledger/x: exports...types points at ./dist/index.d.ts, which is not in the tarball',
        '@govledger/x: the tarball holds test file dist/a.test.js',
      ]),
    );
  });

  it('find every published package of the workspace and no private one', () => {
    const names = publishedPackages(root).map((p) => p.manifest.name);
    expect(names).toEqual(
      expect.arrayContaining(['@govledger/core', '@govledger/store-sqlite', '@govledger/governance']),
    );
    expect(names).not.toContain('@govledger/cli');
  });
});

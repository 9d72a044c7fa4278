import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseRepositoryAddress,
  releaseMetadataProblems,
  workspaceReleaseProblems,
  writeReleaseMetadata,
} from './release-metadata.ts';

const root = join(import.meta.dirname, '..', '..');
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch workspace holding only the package manifests of this one. */
function copyOfManifests(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govledger-release-'));
  scratch.push(dir);
  for (const name of readdirSync(join(root, 'packages'))) {
    mkdirSync(join(dir, 'packages', name), { recursive: true });
    cpSync(join(root, 'packages', name, 'package.json'), join(dir, 'packages', name, 'package.json'));
  }
  return dir;
}

describe('the release metadata', () => {
  it('reads the three usual forms of a repository address as one', () => {
    const forms = [
      'https://git.example.org/bureau/govledger',
      'git+https://git.example.org/bureau/govledger.git',
      'git@git.example.org:bureau/govledger.git',
    ];
    for (const form of forms) {
      expect(parseRepositoryAddress(form)).toEqual({
        gitUrl: 'git+https://git.example.org/bureau/govledger.git',
        webUrl: 'https://git.example.org/bureau/govledger',
      });
    }
  });

  it('refuses an address that names no owner and repository, saying which forms it takes', () => {
    const parsed = parseRepositoryAddress('https://git.example.org/govledger');
    expect(parsed).toEqual({ error: expect.stringContaining('is not a repository address') });
  });

  it('names every published package of this workspace that has no repository yet', () => {
    const problems = workspaceReleaseProblems(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        '@govledger/core: no repository (run pnpm release:metadata --repository URL)',
        '@govledger/store-sqlite: no repository (run pnpm release:metadata --repository URL)',
      ]),
    );
  });

  it('makes every published package ready once the address is given, keeping the other fields', () => {
    const dir = copyOfManifests();
    const address = parseRepositoryAddress('https://git.example.org/bureau/govledger');
    if ('error' in address) throw new Error(address.error);
    const before = JSON.parse(readFileSync(join(dir, 'packages', 'core', 'package.json'), 'utf8'));
    writeReleaseMetadata(dir, address);
    expect(workspaceReleaseProblems(dir)).toEqual([]);
    const after = JSON.parse(readFileSync(join(dir, 'packages', 'core', 'package.json'), 'utf8'));
    expect(after.repository).toEqual({
      type: 'git',
      url: 'git+https://git.example.org/bureau/govledger.git',
      directory: 'packages/core',
    });
    expect(after.bugs).toEqual({ url: 'https://git.example.org/bureau/govledger/issues' });
    expect(Object.keys(after).slice(0, Object.keys(before).length)).toEqual(Object.keys(before));
    expect(after.publishConfig).toEqual(before.publishConfig);
  });

  it('names a package whose directory or address differs from the others', () => {
    const manifest = {
      name: '@govledger/x',
      repository: { type: 'git', url: 'git+https://a.example/o/r.git', directory: 'packages/y' },
      homepage: 'https://a.example/o/r',
      bugs: { url: 'https://a.example/o/r/issues' },
    };
    expect(releaseMetadataProblems(manifest, 'packages/x', 'git+https://b.example/o/r.git')).toEqual([
      '@govledger/x: repository.directory is packages/y, not packages/x',
      "@govledger/x: repository.url git+https://a.example/o/r.git differs from the other packages' git+https://b.example/o/r.git",
    ]);
  });
});

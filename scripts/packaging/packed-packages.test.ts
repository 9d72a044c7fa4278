import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildAndRunExample,
  installExampleProject,
  installScratch,
  npmRun,
  packAll,
  probeImports,
} from './pack-and-install.ts';
import { packedManifestProblems } from './published-packages.ts';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'govledger-packed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the published packages', () => {
  it('pack, install with plain npm outside the workspace, and run the example', { timeout: 600_000 }, () => {
    const packed = packAll(root, join(scratch, 'tarballs'));
    expect(packed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['@govledger/core', '@govledger/store-sqlite', '@govledger/governance']),
    );
    expect(packed.flatMap((p) => packedManifestProblems(p.manifest, p.files))).toEqual([]);

    const project = join(scratch, 'project');
    installScratch(root, project, packed);
    const printed = buildAndRunExample(root, project);
    expect(printed).toContain('ledger ');
    expect(printed).toContain('19 entries');
    expect(printed).toContain(
      'refused at 2025-04-20T11:00:00Z: only 380000 cents of the 500000-cent cap are left this year',
    );
    expect(printed).toContain('as of 2025-03-31 (12 entries): cap 5000.00, approved 5800.00, spent 0.00, left 5000.00');
    expect(printed).toContain('inclusion of entry 13 in size 19: verified');
    expect(printed).toContain('audit of 19 entries: ok');

    const imports = probeImports(
      project,
      packed.map((p) => p.name),
    );
    expect(imports['@govledger/core']).toBeGreaterThan(50);
    for (const p of packed) expect(imports[p.name], `${p.name} imports with no exports`).toBeGreaterThan(3);
    expect(imports.testing).toMatch(/node_modules\/@govledger\/core\/dist\/testing\.js$/);
    expect(imports.deep).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');

    // The example as the standalone project it ships as: type-checked, tested and run by npm.
    const example = join(scratch, 'residents-budget');
    installExampleProject(root, example, packed);
    npmRun(example, 'typecheck');
    const tested = npmRun(example, 'test').replace(/\x1b\[[0-9;]*m/g, '');
    expect(tested).toMatch(/Tests\s+\d+ passed/);
    expect(tested).not.toMatch(/failed/);
    expect(npmRun(example, 'start', [join(example, 'ledger.db')])).toContain('audit of 19 entries: ok');
  });
});

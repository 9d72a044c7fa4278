import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const scratchDirs = () =>
  new Set(
    readdirSync(tmpdir()).filter(
      (name) => name.startsWith('residents-budget-') && !name.startsWith('residents-budget-test-'),
    ),
  );

describe('the example run without a path', () => {
  it('prints its findings and leaves no temporary directory behind', { timeout: 60_000 }, () => {
    const before = scratchDirs();
    const run = spawnSync(process.execPath, ['--import', tsx, main], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'ledger in a temporary directory (removed on exit; give a path to keep it): 19 entries',
    );
    expect(run.stdout).toContain('audit of 19 entries: ok');
    const left = [...scratchDirs()].filter((name) => !before.has(name));
    expect(left).toEqual([]);
  });
});

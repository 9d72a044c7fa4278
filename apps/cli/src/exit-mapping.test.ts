import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.ts';
import { complaintLine, withRegisteredLedger } from './test-support/complaint-ledger.ts';
import { govledger, scratchDir } from './test-support/run-cli.ts';

const src = import.meta.dirname;

/** Every non-test source of the CLI, as [path relative to src, text]. */
function cliSources(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !path.includes('test-support')) {
        out.push([relative(src, path), readFileSync(path, 'utf8')]);
      }
    }
  };
  walk(src);
  return out;
}

/** A complaint that carries personal data, so submitting it needs the key store. */
const complaintWithPersonalData = () => complaintLine();

const withLedger = (body: (cwd: string) => Promise<void>) => withRegisteredLedger('govledger-exit-', body);

/** Makes the ledger's key store look held by a live process (this one) for as long as the test runs. */
function holdKeyStoreLock(cwd: string): void {
  writeFileSync(join(cwd, 'l.db.keys.lock'), `${process.pid}\n`);
}

describe('exit codes are chosen in program.ts only', () => {
  it('leaves no verb or helper picking an exit number of its own', () => {
    const offenders = cliSources()
      .filter(([path]) => path !== 'program.ts' && path !== 'exit-codes.ts' && path !== 'main.ts')
      .flatMap(([path, text]) =>
        text
          .split('\n')
          .map((line, i) => ({ line, at: `${path}:${i + 1}` }))
          .filter(({ line }) =>
            /\bEXIT\.(failed|usage|environment|conflict)\b|exitCode\s*[=:]|process\.exit/.test(line),
          )
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('would notice a verb that picks its own exit number', () => {
    const pattern = /\bEXIT\.(failed|usage|environment|conflict)\b|exitCode\s*[=:]|process\.exit/;
    expect(pattern.test("throw new CliError('x', EXIT.environment);")).toBe(true);
    expect(pattern.test("throw environmentError('x');")).toBe(false);
  });
});

describe('submit maps its key store failures through program.ts', () => {
  it('exits 3 and records nothing when the key store is held by another process', { timeout: 30_000 }, async () => {
    await withLedger(async (cwd) => {
      const before = (await govledger(['export', '--db', 'l.db'], { cwd })).stdout;
      holdKeyStoreLock(cwd);
      const run = await govledger(['submit', '--db', 'l.db'], { cwd, stdin: `${complaintWithPersonalData()}\n` });
      expect(run.code, run.stderr).toBe(EXIT.environment);
      expect(run.stderr).toContain('govledger: nothing was recorded: ');
      expect(run.stderr).not.toContain('internal error');
      expect((await govledger(['export', '--db', 'l.db'], { cwd })).stdout).toBe(before);
    });
  });
});

describe('forget maps its refusals through program.ts', () => {
  it('exits 1 for a subject the ledger never sealed anything of', async () => {
    await withLedger(async (cwd) => {
      const run = await govledger(['forget', '--db', 'l.db', '--subject', 'person-404', '--reason', 'request'], {
        cwd,
      });
      expect(run.code, run.stderr).toBe(EXIT.failed);
      expect(run.stderr).toContain('govledger: nothing was erased: ');
    });
  });

  it('exits 3 when the key store is held by another process', { timeout: 30_000 }, async () => {
    await withLedger(async (cwd) => {
      const filed = await govledger(['submit', '--db', 'l.db'], { cwd, stdin: `${complaintWithPersonalData()}\n` });
      expect(filed.code, filed.stderr).toBe(EXIT.ok);
      holdKeyStoreLock(cwd);
      const run = await govledger(['forget', '--db', 'l.db', '--subject', 'person-1', '--reason', 'request'], { cwd });
      expect(run.code, run.stderr).toBe(EXIT.environment);
      expect(run.stderr).not.toContain('internal error');
    });
  });
});

describe('start ends with the exit code of the step that failed', () => {
  it('exits 3 when verifying a file that is not a ledger, naming the step', async () => {
    const scratch = scratchDir('govledger-exit-');
    try {
      writeFileSync(join(scratch.dir, 'notes.db'), `${'minutes of the owners committee. '.repeat(40)}\n`);
      const run = await govledger(['start', '--db', 'notes.db', '--no-serve'], { cwd: scratch.dir });
      expect(run.code, run.stderr).toBe(EXIT.environment);
      expect(run.stderr).toContain('govledger: verifying it failed (exit 3)');
    } finally {
      scratch.remove();
    }
  });
});

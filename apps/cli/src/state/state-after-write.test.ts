import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

describe('state notes after every write', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  beforeEach(() => {
    scratch = scratchDir();
    cwd = scratch.dir;
  });
  afterEach(() => scratch.remove());

  it('a new ledger signs the state note of its first checkpoint together with it', async () => {
    expect((await govledger(['init', '--db', 'l.db', '--origin', 'o.example/l'], { cwd })).code).toBe(0);
    const stored = await govledger(['checkpoint', '--db', 'l.db', '--size', '0', '--state'], { cwd });
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout.split('\n').slice(0, 4)).toEqual(['o.example/l/state/v1', '0', expect.any(String), '0']);
  });

  it('each append leaves a signed state note at the size of its checkpoint, which verify --state recomputes', async () => {
    expect((await govledger(['init', '--db', 'l.db', '--origin', 'o.example/l'], { cwd })).code).toBe(0);
    for (const [count, offset] of [
      [5, 0],
      [3, 5],
    ] as const) {
      const run = await govledger(['append', '--db', 'l.db', '-'], { cwd, stdin: proposedEventsNdjson(count, offset) });
      expect(run.code, run.stderr).toBe(0);
      const size = String(offset + count);
      const stored = await govledger(['checkpoint', '--db', 'l.db', '--size', size, '--state'], { cwd });
      expect(stored.code, stored.stderr).toBe(0);
      const lines = stored.stdout.split('\n');
      expect(lines[0]).toBe('o.example/l/state/v1');
      expect(lines[1]).toBe(size);
    }
    const verified = await govledger(['verify', '--db', 'l.db', '--state'], { cwd });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    // The first checkpoint of the new ledger (size 0) and both appends.
    expect(verified.stdout).toContain('OK: 3 signed state root(s) recomputed from the log');
  });
});

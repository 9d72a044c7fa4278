/**
 * The seed-7, scale-1 demo ledger (about 15,000 acts) in a fresh directory, for tests of the
 * audit verbs over a realistic history. Built through the real CLI. Test code only.
 */
import { expect } from 'vitest';
import { govledger, scratchDir } from './run-cli.ts';

/** Builds `d.db` (with its signing key and seeded key store) in a fresh directory. */
export async function demoLedger(): Promise<{ dir: string; remove(): void }> {
  const scratch = scratchDir('govledger-audit-demo-');
  const run = await govledger(['demo', '--db', 'd.db', '--seed', '7'], { cwd: scratch.dir });
  expect(run.code, run.stderr).toBe(0);
  return scratch;
}

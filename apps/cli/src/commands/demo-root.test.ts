import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, govledger, scratchDir } from '../test-support/run-cli.ts';

/**
 * The ledger the demo writes for seed 1 at scale 1, pinned: a change to a codec, a rule, a
 * fold that a rule reads, the sealing of personal data or the leaf format shows here as a
 * different size or root. A deliberate change of the demo's history updates these figures
 * and says why.
 */
// 15,469 entries: the demo also sells and strikes out units of the register (44 more than
// before), and records ballots under per-vote pseudonyms (schema 3). The root changed when
// every ballot's secret part came to be sealed to the inspecting authority's public key
// (HPKE inside the box envelope; same entries, new ballot bytes), and again when every
// ballot's secret part came to be padded to one length before sealing (same entries, longer
// ballot bytes).
const SEED_1_ENTRIES = 15469;
const SEED_1_ROOT = '5/eTSZg1RPPERalfPlbydCfef89t9E0qj9zENH75lfk=';

describe('govledger demo --seed 1', () => {
  const scratch = scratchDir('govledger-demo-root-');
  let run: CliRun;

  beforeAll(async () => {
    run = await govledger(['demo', '--db', 'd.db', '--seed', '1'], { cwd: scratch.dir });
  }, 300_000);

  afterAll(() => scratch.remove());

  it('records the same number of entries under the same root as before', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`events: ${SEED_1_ENTRIES} in`);
    expect(run.stdout).toContain(`root: ${SEED_1_ROOT} (size ${SEED_1_ENTRIES})`);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '@govledger/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLedger } from '../test-support/demo-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

describe('govledger verify --state over the demo ledger', () => {
  let scratch: Awaited<ReturnType<typeof demoLedger>>;
  let cwd: string;
  beforeAll(async () => {
    scratch = await demoLedger();
    cwd = scratch.dir;
  }, 600_000);
  afterAll(() => scratch.remove());

  it('recomputes every signed state root from the ledger', async () => {
    const run = await govledger(['verify', '--db', 'd.db', '--state'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const roots = run.stdout.match(/^state root at size \d+: /gm) ?? [];
    expect(roots.length).toBeGreaterThan(4);
    expect(run.stdout).toContain(`OK: ${roots.length} signed state root(s) recomputed from the log`);
  });

  it('reproduces the signed state root offline from an export, and refuses a note for another state', async () => {
    writeFileSync(join(cwd, 'd.ndjson'), (await govledger(['export', '--db', 'd.db'], { cwd })).stdout);
    writeFileSync(join(cwd, 'd.vkey'), (await govledger(['key', '--db', 'd.db'], { cwd })).stdout);
    const note = (await govledger(['checkpoint', '--db', 'd.db', '--state'], { cwd })).stdout;
    const size = note.split('\n')[1]!;
    writeFileSync(join(cwd, 'd.state'), note);
    writeFileSync(join(cwd, 'd.cp'), (await govledger(['checkpoint', '--db', 'd.db', '--size', size], { cwd })).stdout);
    const audit = () =>
      govledger(
        [
          'verify',
          '--export',
          'd.ndjson',
          '--checkpoint',
          'd.cp',
          '--key',
          'd.vkey',
          '--state',
          '--state-note',
          'd.state',
        ],
        { cwd },
      );
    const run = await audit();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`state root at size ${size}: ${note.split('\n')[4]}`);

    const lines = note.split('\n');
    lines[4] = lines[2]!; // the log root put where the state root belongs: the signature no longer holds
    writeFileSync(join(cwd, 'd.state'), lines.join('\n'));
    const forged = await audit();
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/FAILED: state note: signature .* does not verify/);
  });

  it('names the record of a projection snapshot altered on disk', async () => {
    expect((await govledger(['replay', '--db', 'd.db'], { cwd })).code).toBe(0);
    const store = openSqliteStore(join(cwd, 'd.db'));
    try {
      const head = await store.head();
      const saved = await store.loadSnapshot('complaintBoard', 1, head.size);
      expect(saved?.size).toBe(head.size);
      const board = saved!.state as { complaints: Record<string, { status: string }>; order: string[] };
      const victim = board.order[3]!;
      board.complaints[victim]!.status = board.complaints[victim]!.status === 'closed' ? 'filed' : 'closed';
      await store.saveSnapshot(saved!);
      await store.close();
      const run = await govledger(['verify', '--db', 'd.db', '--state'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`differs from a replay of the log at record complaintBoard/${victim}`);
    } finally {
      await store.close().catch(() => {});
    }
  });
});

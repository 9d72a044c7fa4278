import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EventStore, MemoryStore } from '@govledger/core';
import { openSqliteStore } from '@govledger/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLedger } from '../test-support/demo-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';
import { allProjections } from '../projections.ts';
import { committingRunner } from './state-signer.ts';

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

  it('gives the signed state root from the same export imported into a memory store and into a new SQLite file', async () => {
    const exported = (await govledger(['export', '--db', 'd.db'], { cwd })).stdout;
    const leaves = exported
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => Buffer.from(line, 'utf8'));
    const note = (await govledger(['checkpoint', '--db', 'd.db', '--state'], { cwd })).stdout.split('\n');
    const size = Number(note[1]);
    const rootIn = async (store: EventStore & { importLeaves: MemoryStore['importLeaves'] }) => {
      expect((await store.importLeaves(leaves))._tag).toBe('Right');
      const runner = committingRunner(store);
      await runner.catchUp(size);
      const root = runner.stateRoot()!;
      return `${root.records} ${Buffer.from(root.root).toString('base64')}`;
    };
    const sqlite = openSqliteStore(join(cwd, 'again.db'));
    try {
      const signed = `${note[3]} ${note[4]}`;
      expect(await rootIn(new MemoryStore())).toBe(signed);
      expect(await rootIn(sqlite)).toBe(signed);
    } finally {
      await sqlite.close();
    }
  });

  it('keeps every public record of every projection equal to its recomputation from the states, at every root', async () => {
    const store = openSqliteStore(join(cwd, 'd.db'), { readonly: true });
    try {
      const runner = committingRunner(store);
      const head = (await store.head()).size;
      const stateOf = (slot: number) => runner.state(allProjections[slot]!.name);
      for (let size = 2500; size < head + 2500; size += 2500) {
        await runner.catchUp(Math.min(size, head));
        runner.stateRoot();
        expect(runner.commitment!.firstMismatch(stateOf)).toBeUndefined();
      }
      const committed = new Set(runner.stateCommitmentSnapshot()!.records.map(([model]) => model));
      expect([...committed].sort()).toEqual(
        allProjections
          .filter((p) => p.publicRecords !== undefined)
          .map((p) => p.name)
          .sort(),
      );
      for (const model of ['registry', 'complaintStatistics', 'companyCreditFiles', 'unitFundBalances']) {
        expect(committed).toContain(model);
      }
    } finally {
      await store.close();
    }
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

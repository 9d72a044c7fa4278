import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createReader } from '@govledger/reader';
import { openSqliteStore } from '@govledger/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from '../projections.ts';
import { govledger, proposedEventsNdjson, scratchDir } from '../test-support/run-cli.ts';

const PROGRAM = join(import.meta.dirname, 'state-proof.py');
const pythonWithEd25519 =
  spawnSync('python3', ['-c', 'import cryptography.hazmat.primitives.asymmetric.ed25519'], { stdio: 'ignore' })
    .status === 0;

/** The parts of a served record answer the test alters. */
interface ServedRecord {
  proof: { record: { events: number }; path: string[] };
  state: { note: string };
}

/** Runs the Python checker on `input`; its exit code and output. */
function python(input: unknown): { code: number | null; out: string } {
  const run = spawnSync('python3', [PROGRAM], { input: JSON.stringify(input), encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('a Python program written from docs/audit.md alone checks a record against the signed state root', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let input: { vkey: string; checkpoint: string; answer: ServedRecord };
  beforeAll(async () => {
    scratch = scratchDir();
    const cwd = scratch.dir;
    await govledger(['init', '--db', 'l.db', '--origin', 'zjg.example/ledger'], { cwd });
    await govledger(['append', '--db', 'l.db'], { cwd, stdin: proposedEventsNdjson(23) });
    const note = (await govledger(['checkpoint', '--db', 'l.db', '--state'], { cwd })).stdout;
    const size = note.split('\n')[1]!;
    const checkpoint = (await govledger(['checkpoint', '--db', 'l.db', '--size', size], { cwd })).stdout;
    const vkey = (await govledger(['key', '--db', 'l.db'], { cwd })).stdout;
    const store = openSqliteStore(join(cwd, 'l.db'), { readonly: true });
    const reader = createReader({ store, projections: allProjections, rateLimit: false, docs: false });
    try {
      const answer = await reader.inject({ method: 'GET', url: '/v1/state/records/ledgerStatistics/totals' });
      expect(answer.statusCode).toBe(200);
      input = { vkey, checkpoint, answer: answer.json() as ServedRecord };
    } finally {
      await reader.close();
      await store.close();
    }
  }, 120_000);
  afterAll(() => scratch.remove());

  it.skipIf(!pythonWithEd25519)('accepts the record as served (needs python3 with cryptography)', () => {
    expect(input.answer.proof.record.events).toBe(23);
    const run = python(input);
    expect(run.out).toContain('OK ledgerStatistics/totals at size 23');
    expect(run.code).toBe(0);
  });

  it.skipIf(!pythonWithEd25519)('refuses an altered figure, proof hash, state root or signature', () => {
    const altered = (edit: (copy: typeof input) => void) => {
      const copy = structuredClone(input);
      edit(copy);
      return python(copy);
    };
    const figure = altered((c) => {
      c.answer.proof.record.events = 24;
    });
    expect(figure.out).toContain('does not lead to the signed state root');
    const hash = altered((c) => {
      c.answer.proof.path[0] = c.answer.proof.path[1] ?? '';
    });
    expect(hash.code).toBe(1);
    const lines = input.answer.state.note.split('\n');
    const root = altered((c) => {
      c.answer.state.note = [...lines.slice(0, 4), lines[2], ...lines.slice(5)].join('\n');
    });
    expect(root.out).toContain('does not verify');
    const signature = altered((c) => {
      const at = lines.findIndex((l: string) => l.startsWith('\u2014 '));
      const broken = [...lines];
      broken[at] = `${(broken[at] ?? '').slice(0, -6)}AAAAA=`;
      c.answer.state.note = broken.join('\n');
    });
    expect(signature.code).toBe(1);
  });
});

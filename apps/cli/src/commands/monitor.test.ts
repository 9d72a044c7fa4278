import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkEvidence,
  encodeVerifierKey,
  type Evidence,
  generateSignerKey,
  MemoryStore,
  parseVerifierKey,
  type SignerKey,
  signCheckpoint,
} from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { createReader } from '@govledger/reader';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { govledger, scratchDir } from '../test-support/run-cli.ts';

const ORIGIN = 'ledger.example/zjg';
let scratch: ReturnType<typeof scratchDir>;
let signer: SignerKey;
let server: ReturnType<typeof createReader> | null = null;
let port = 0;

async function ledger(count: number, tag: string): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (let i = 0; i < count; i++) {
    const appended = await store.append(`s-${i % 2}`, [sampleEvent(`s-${i % 2}`, { i, tag })]);
    if (isLeft(appended)) throw new Error('append');
  }
  await checkpoint(store);
  return store;
}

async function checkpoint(store: MemoryStore): Promise<void> {
  const head = await store.log.treeHead();
  await store.log.saveCheckpoint({
    size: head.size,
    note: signCheckpoint({ origin: ORIGIN, size: head.size, root: head.root }, signer),
  });
}

/** Serves `store` at the one URL the monitor watches (the operator swaps what it shows). */
async function serve(store: MemoryStore): Promise<string> {
  await server?.close();
  server = createReader({
    store,
    projections: [],
    rateLimit: false,
    docs: false,
    verifierKey: encodeVerifierKey(signer),
  });
  const address = await server.listen({ host: '127.0.0.1', port });
  port = Number(new URL(address).port);
  return address;
}

const monitor = (url: string, state: string, extra: string[] = []) =>
  govledger(['monitor', '--url', url, '--state', state, '--once', ...extra], { cwd: scratch.dir });

function evidenceIn(state: string): Evidence {
  const dir = join(scratch.dir, state, 'evidence');
  const [file] = readdirSync(dir);
  return JSON.parse(readFileSync(join(dir, file as string), 'utf8')) as Evidence;
}

beforeEach(() => {
  scratch = scratchDir('monitor-');
  const key = generateSignerKey(ORIGIN);
  if (isLeft(key)) throw new Error('key');
  signer = key.right;
  port = 0;
});

afterEach(async () => {
  await server?.close();
  server = null;
  scratch.remove();
});

describe('govledger monitor', () => {
  it('follows honest growth, pinning the log key it was given', async () => {
    const store = await ledger(5, 'honest');
    const url = await serve(store);
    const vkey = encodeVerifierKey(signer);
    const first = await monitor(url, 'state', ['--key', vkey]);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/first checkpoint kept: size 5/) });
    for (let i = 5; i < 9; i++) await store.append('s-0', [sampleEvent('s-0', { i })]);
    await checkpoint(store);
    const next = await monitor(url, 'state');
    expect(next).toMatchObject({ code: 0, stdout: expect.stringMatching(/size 5 -> 9: signed and consistent/) });
    expect((await monitor(url, 'state')).stdout).toMatch(/size 9: unchanged/);
    const other = generateSignerKey(ORIGIN);
    if (isLeft(other)) throw new Error('key');
    expect((await monitor(url, 'state', ['--key', encodeVerifierKey(other.right)])).stderr).toMatch(/pinned/);
  });

  it('catches a split view: another history signed by the same key, and writes checkable evidence', async () => {
    const url = await serve(await ledger(8, 'public'));
    expect((await monitor(url, 'state')).code).toBe(0);
    await serve(await ledger(10, 'bureau'));
    const caught = await monitor(url, 'state');
    expect(caught.code).toBe(1);
    expect(caught.stderr).toMatch(/MISBEHAVIOUR: split view: .*evidence written to/);
    const evidence = evidenceIn('state');
    expect(evidence.kind).toBe('split-view');
    const key = parseVerifierKey(encodeVerifierKey(signer));
    if (isLeft(key)) throw new Error('key');
    expect(isRight(checkEvidence(evidence, key.right))).toBe(true);
    const dir = join('state', 'evidence');
    const file = join(dir, readdirSync(join(scratch.dir, dir))[0] as string);
    const vkey = encodeVerifierKey(signer);
    const proven = await govledger(['verify-evidence', file, '--key', vkey], { cwd: scratch.dir });
    expect(proven).toMatchObject({ code: 0, stdout: expect.stringMatching(/^PROVEN: split view: /) });
    const other = generateSignerKey(ORIGIN);
    if (isLeft(other)) throw new Error('key');
    const foreign = await govledger(['verify-evidence', file, '--key', encodeVerifierKey(other.right)], {
      cwd: scratch.dir,
    });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('the evidence proves nothing: the first checkpoint');
    writeFileSync(join(scratch.dir, 'not-evidence.json'), JSON.stringify({ ...evidence, observed: [] }));
    const malformed = await govledger(['verify-evidence', 'not-evidence.json', '--key', vkey], { cwd: scratch.dir });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/not-evidence\.json is not a govledger evidence file: .*observed/);
  });

  it('catches a rollback to a shorter log', async () => {
    const full = await ledger(8, 'x');
    const url = await serve(full);
    expect((await monitor(url, 'state')).code).toBe(0);
    const leaves: Uint8Array[] = [];
    for await (const { leaf } of full.readLeaves(0, 6)) leaves.push(leaf);
    const shorter = new MemoryStore();
    await shorter.importLeaves(leaves);
    await checkpoint(shorter);
    await serve(shorter);
    const caught = await monitor(url, 'state');
    expect(caught.code).toBe(1);
    expect(caught.stderr).toMatch(/MISBEHAVIOUR: rollback: .* served size 8 .* then size 6/);
    expect(evidenceIn('state').kind).toBe('rollback');
  });
});

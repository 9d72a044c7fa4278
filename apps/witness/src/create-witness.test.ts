import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addSignatureLines,
  COSIGNATURE_V1_TYPE,
  formatAddCheckpoint,
  generateSignerKey,
  signCheckpoint,
  TreeReader,
  verifierKeyOf,
  verifyCosignatures,
} from '@govledger/core';
import { blobLog, sampleLeaves } from '@govledger/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWitness } from './create-witness.ts';
import { WitnessState } from './witness-state.ts';
import { must } from '@govledger/core/testing';

const ORIGIN = 'ledger.example/zjg';
const logKey = must(generateSignerKey(ORIGIN));
const cosigner = must(generateSignerKey('witness.example/committee', COSIGNATURE_V1_TYPE));
const honest = new TreeReader(blobLog(sampleLeaves(64)).read, 64);
const forked = new TreeReader(
  blobLog([...sampleLeaves(32), ...sampleLeaves(32).map((l) => Buffer.concat([l, l]))]).read,
  64,
);
const NOW = new Date('2026-11-26T08:00:00Z');

function note(size: number, tree = honest): string {
  return signCheckpoint({ origin: ORIGIN, size, root: tree.rootAt(size) }, logKey);
}

function body(oldSize: number, size: number, tree = honest): string {
  const proof = oldSize === 0 || oldSize === size ? [] : tree.consistencyPath(oldSize, size);
  return formatAddCheckpoint({ oldSize, proof, note: note(size, tree) });
}

let dir: string;
let state: WitnessState;

function witness() {
  return createWitness({ state, logs: [verifierKeyOf(logKey)], cosigner, clock: () => NOW });
}

async function post(payload: string, app = witness()) {
  const response = await app.inject({
    method: 'POST',
    url: '/add-checkpoint',
    payload,
    headers: { 'content-type': 'text/plain' },
  });
  return { status: response.statusCode, type: String(response.headers['content-type']), text: response.body };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'witness-'));
  state = must(WitnessState.open(dir));
});

afterEach(() => {
  state.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /add-checkpoint', () => {
  it('answers 200 with a timestamped cosignature that verifies over the checkpoint', async () => {
    const answer = await post(body(0, 10));
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/^— witness\.example\/committee [A-Za-z0-9+/=]+\n$/);
    const cosigned = addSignatureLines(note(10), [answer.text]);
    const found = must(verifyCosignatures(cosigned, [verifierKeyOf(cosigner)]));
    expect(found).toMatchObject([{ name: 'witness.example/committee', timestamp: NOW.getTime() / 1000 }]);
  });

  it('persists the cosigned size before answering, across a restart', async () => {
    await post(body(0, 10));
    state.close();
    state = must(WitnessState.open(dir));
    expect(state.latest(ORIGIN)?.size).toBe(10);
    expect((await post(body(0, 20))).text).toBe('10\n');
    expect((await post(body(10, 20))).status).toBe(200);
  });

  it('answers 409 text/x.tlog.size with the latest size for a wrong old size', async () => {
    await post(body(0, 10));
    const answer = await post(body(5, 20));
    expect(answer).toEqual({ status: 409, type: 'text/x.tlog.size', text: '10\n' });
  });

  it('answers 404 for a log it does not follow, 403 for a bad signature, 400 for a bad body', async () => {
    const stranger = must(generateSignerKey('other.example/log'));
    const other = signCheckpoint({ origin: 'other.example/log', size: 1, root: honest.rootAt(1) }, stranger);
    expect((await post(formatAddCheckpoint({ oldSize: 0, proof: [], note: other }))).status).toBe(404);
    const impostor = must(generateSignerKey(ORIGIN));
    const forged = signCheckpoint({ origin: ORIGIN, size: 1, root: honest.rootAt(1) }, impostor);
    expect((await post(formatAddCheckpoint({ oldSize: 0, proof: [], note: forged }))).status).toBe(403);
    const bad = await post('old 01\n\nx');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/line 1/);
  });

  it('answers 422 to an inconsistent proof and never cosigns the fork; the request is kept as evidence', async () => {
    await post(body(0, 40));
    const fork = formatAddCheckpoint({ oldSize: 40, proof: forked.consistencyPath(40, 64), note: note(64, forked) });
    expect((await post(fork)).status).toBe(422);
    expect(state.latest(ORIGIN)?.size).toBe(40);
    const evidence = readdirSync(join(dir, 'evidence'));
    expect(evidence).toHaveLength(1);
    expect(readFileSync(join(dir, 'evidence', evidence[0] as string), 'utf8')).toContain(note(40));
  });

  it('refuses a split view at the same size (409) and a rollback (400, then 409)', async () => {
    await post(body(0, 40));
    expect((await post(body(40, 40, forked))).status).toBe(409);
    expect((await post(formatAddCheckpoint({ oldSize: 40, proof: [], note: note(30) }))).status).toBe(400);
    expect(await post(body(30, 30))).toMatchObject({ status: 409, text: '40\n' });
    expect(state.latest(ORIGIN)?.size).toBe(40);
  });

  it('handles racing requests one at a time: a late smaller one cannot roll the state back', async () => {
    await post(body(0, 10));
    const app = witness();
    const [big, small] = await Promise.all([post(body(10, 50), app), post(body(10, 20), app)]);
    expect(big.status).toBe(200);
    expect(small).toMatchObject({ status: 409, text: '50\n' });
    expect(state.latest(ORIGIN)?.size).toBe(50);
  });
});

describe('the state directory', () => {
  it('is held by one witness at a time', () => {
    expect(WitnessState.open(dir)).toMatchObject({ left: { _tag: 'StateUnavailable' } });
    state.close();
    expect(existsSync(join(dir, 'witness.lock'))).toBe(false);
    state = must(WitnessState.open(dir));
  });
});

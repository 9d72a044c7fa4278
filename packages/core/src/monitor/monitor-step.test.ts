import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../checkpoint/checkpoint.ts';
import { generateSignerKey, verifierKeyOf } from '../checkpoint/keys.ts';
import { blobLog, sampleLeaves } from '../merkle/testkit.ts';
import { consistencyProof, TreeReader } from '../merkle/tree-reader.ts';
import { checkEvidence } from './evidence.ts';
import { monitorStep } from './monitor-step.ts';
import { must } from '../testing/must.ts';

const ORIGIN = 'ledger.example/zjg';
const signer = must(generateSignerKey(ORIGIN));
const key = verifierKeyOf(signer);
const honestLog = blobLog(sampleLeaves(50));
const forkedLog = blobLog([...sampleLeaves(25), ...sampleLeaves(25).map((l) => Buffer.concat([l, Buffer.from('~')]))]);
const honest = new TreeReader(honestLog.read, 50);
const forked = new TreeReader(forkedLog.read, 50);

function seen(size: number, tree = honest, at = '2026-11-26T08:00:00Z') {
  return {
    at,
    url: 'http://ledger.example',
    checkpoint: signCheckpoint({ origin: ORIGIN, size, root: tree.rootAt(size) }, signer),
  };
}

const honestProofs = async (from: number, to: number) => consistencyProof(honestLog.read, from, to);
const forkedProofs = async (from: number, to: number) => consistencyProof(forkedLog.read, from, to);

describe('a monitor poll', () => {
  it('keeps the first checkpoint, and follows honest growth with its consistency proof', async () => {
    expect(await monitorStep(key, null, seen(10), honestProofs)).toEqual({ _tag: 'First', size: 10 });
    expect(await monitorStep(key, seen(10), seen(10), honestProofs)).toEqual({ _tag: 'Unchanged', size: 10 });
    expect(await monitorStep(key, seen(10), seen(40), honestProofs)).toEqual({ _tag: 'Advanced', from: 10, to: 40 });
  });

  it('catches a split view at one size, with evidence anyone can check with the log key', async () => {
    const outcome = await monitorStep(key, seen(40), seen(40, forked), honestProofs);
    expect(outcome._tag).toBe('Misbehaviour');
    if (outcome._tag !== 'Misbehaviour') return;
    expect(outcome.evidence.kind).toBe('split-view');
    const checked = JSON.parse(JSON.stringify(outcome.evidence));
    expect(checkEvidence(checked, key)).toMatchObject({ right: expect.stringMatching(/signed two roots for size 40/) });
  });

  it('catches a fork across sizes with the log’s own proof binding the two histories', async () => {
    const outcome = await monitorStep(key, seen(30), seen(45, forked), forkedProofs);
    expect(outcome).toMatchObject({ _tag: 'Misbehaviour', evidence: { kind: 'split-view' } });
    if (outcome._tag !== 'Misbehaviour') return;
    expect(isRight(checkEvidence(outcome.evidence, key))).toBe(true);
  });

  it('catches a rollback', async () => {
    const outcome = await monitorStep(key, seen(40), seen(20, honest, '2026-11-26T09:00:00Z'), honestProofs);
    expect(outcome).toMatchObject({ _tag: 'Misbehaviour', evidence: { kind: 'rollback' } });
    if (outcome._tag !== 'Misbehaviour') return;
    expect(checkEvidence(outcome.evidence, key)).toMatchObject({
      right: expect.stringMatching(/served size 40.*then size 20/),
    });
  });

  it('refuses a checkpoint that does not open with the log key, and growth the log cannot prove', async () => {
    const other = must(generateSignerKey(ORIGIN));
    const forged = {
      ...seen(10),
      checkpoint: signCheckpoint({ origin: ORIGIN, size: 10, root: honest.rootAt(10) }, other),
    };
    expect(await monitorStep(key, null, forged, honestProofs)).toMatchObject({ _tag: 'Unverifiable' });
    expect(await monitorStep(key, seen(10), seen(20), async () => null)).toMatchObject({ _tag: 'Unverifiable' });
  });

  it('evidence altered in either note, or with the roles swapped, proves nothing', async () => {
    const outcome = await monitorStep(key, seen(40), seen(40, forked), honestProofs);
    if (outcome._tag !== 'Misbehaviour') throw new Error('expected misbehaviour');
    const [a, b] = outcome.evidence.observed;
    const tampered = { ...outcome.evidence, observed: [a, { ...b, checkpoint: a.checkpoint }] as const };
    expect(isLeft(checkEvidence(tampered, key))).toBe(true);
    const forgedNote = { ...b, checkpoint: b.checkpoint.replace('\n40\n', '\n41\n') };
    expect(checkEvidence({ ...outcome.evidence, observed: [a, forgedNote] }, key)).toMatchObject({
      left: expect.stringMatching(/second checkpoint/),
    });
  });

  it('never reports an honest log, and catches a fork of what it kept, for random sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), async (x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const good = await monitorStep(key, seen(from), seen(to), honestProofs);
        expect(good._tag === 'Advanced' || good._tag === 'Unchanged').toBe(true);
        const bad = await monitorStep(key, seen(from), seen(to, forked), forkedProofs);
        // The forked log shares its first 25 entries with the honest one: it is caught exactly
        // when it rewrites what the kept checkpoint covers.
        expect(bad._tag === 'Misbehaviour').toBe(from > 25);
      }),
      { numRuns: 200 },
    );
  });
});

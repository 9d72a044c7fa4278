import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCheckpoint, signCheckpoint } from '../checkpoint/checkpoint.ts';
import { addSignatureLines, COSIGNATURE_V1_TYPE, cosign } from '../checkpoint/cosignature.ts';
import { generateSignerKey, verifierKeyOf } from '../checkpoint/keys.ts';
import { MemoryStore } from '../memory-store.ts';
import { sampleEvent } from '../testing/sample-events.ts';
import { buildBundle } from './build-bundle.ts';
import { parseTlogProof, TLOG_PROOF_HEADER } from './tlog-proof.ts';
import { verifyBundle } from './verify-bundle.ts';
import { must } from '../testing/must.ts';

const ORIGIN = 'ledger.example/zjg';
const logKey = must(generateSignerKey(ORIGIN));
const committee = must(generateSignerKey('committee.example/w', COSIGNATURE_V1_TYPE));
const court = must(generateSignerKey('court.example/w', COSIGNATURE_V1_TYPE));
const trust = {
  logKey: verifierKeyOf(logKey),
  witnesses: [verifierKeyOf(committee), verifierKeyOf(court)],
  quorum: 2,
};
const store = new MemoryStore();
let bundle: string;

beforeAll(async () => {
  for (let i = 0; i < 13; i++) must(await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { i })]));
  const head = await store.log.treeHead();
  const checkpoint = { origin: ORIGIN, size: head.size, root: head.root };
  const body = formatCheckpoint(checkpoint);
  const note = addSignatureLines(signCheckpoint(checkpoint, logKey), [
    cosign(body, committee, 1_764_000_000),
    cosign(body, court, 1_764_000_060),
  ]);
  await store.log.saveCheckpoint({ size: head.size, note });
  bundle = must(await buildBundle(store, 5));
});

describe('proof bundles (c2sp.org/tlog-proof@v1)', () => {
  it('carry the leaf as extra, the index, the inclusion path and the cosigned checkpoint', () => {
    expect(bundle.startsWith(`${TLOG_PROOF_HEADER}\nextra `)).toBe(true);
    const parsed = must(parseTlogProof(bundle));
    expect(parsed.index).toBe(5);
    expect(parsed.path).toHaveLength(4);
    expect(parsed.note.startsWith(`${ORIGIN}\n13\n`)).toBe(true);
  });

  it('verify offline and say what they prove', async () => {
    const facts = must(verifyBundle(bundle, trust));
    expect(facts).toMatchObject({
      origin: ORIGIN,
      index: 5,
      size: 13,
      event: { streamId: 's-2', streamVersion: 1, type: 'SomethingHappened' },
      cosigners: [
        { name: 'committee.example/w', time: '2025-11-24T16:00:00.000Z' },
        { name: 'court.example/w', time: '2025-11-24T16:01:00.000Z' },
      ],
    });
    let leaf: Uint8Array | undefined;
    for await (const l of store.readLeaves(5, 6)) leaf = l.leaf;
    expect(Buffer.from(facts.leaf).equals(Buffer.from(leaf as Uint8Array))).toBe(true);
  });

  it('refuse a cosignature dated later than now beyond the clock skew, and accept one within it', () => {
    const courtTime = 1_764_000_060;
    expect(verifyBundle(bundle, { ...trust, now: courtTime - 301 })).toMatchObject({
      left: { _tag: 'BundleInvalid', what: 'witness cosignature', reason: expect.stringContaining('court.example/w') },
    });
    expect(isRight(verifyBundle(bundle, { ...trust, now: courtTime - 300 }))).toBe(true);
    expect(isRight(verifyBundle(bundle, { ...trust, now: courtTime - 10, clockSkewSeconds: 10 }))).toBe(true);
    expect(isLeft(verifyBundle(bundle, { ...trust, now: courtTime - 11, clockSkewSeconds: 10 }))).toBe(true);
  });

  it.each([
    ['another log key', { ...trust, logKey: verifierKeyOf(must(generateSignerKey(ORIGIN))) }, 'checkpoint signature'],
    ['a quorum of three', { ...trust, quorum: 3 }, 'witness quorum'],
    ['only one witness trusted, two needed', { ...trust, witnesses: [verifierKeyOf(court)] }, 'witness quorum'],
  ])('fail with %s, naming the check', (_what, given, what) => {
    expect(verifyBundle(bundle, given)).toMatchObject({ left: { _tag: 'BundleInvalid', what } });
  });

  it('fail when the leaf, an inclusion hash, the index or the checkpoint is changed, naming what failed', () => {
    const lines = bundle.split('\n');
    const swapped = [...lines];
    swapped[3] = lines[4] as string;
    swapped[4] = lines[3] as string;
    expect(verifyBundle(swapped.join('\n'), trust)).toMatchObject({ left: { what: 'inclusion proof' } });
    expect(verifyBundle(bundle.replace('\nindex 5\n', '\nindex 6\n'), trust)).toMatchObject({
      left: { what: 'inclusion proof' },
    });
    expect(verifyBundle(bundle.replace(`\n${ORIGIN}\n13\n`, `\n${ORIGIN}\n14\n`), trust)).toMatchObject({
      left: { what: 'checkpoint signature' },
    });
  });

  it('fail when any one byte of the file is altered', () => {
    const bytes = Buffer.from(bundle, 'utf8');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, mask) => {
        const altered = Buffer.from(bytes);
        altered[at] = (altered[at] as number) ^ mask;
        const result = verifyBundle(altered, trust);
        expect(isRight(result), `byte ${at} ^ ${mask}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('are refused for an entry no checkpoint covers yet', async () => {
    must(await store.append('late', [sampleEvent('late', { i: 99 })]));
    expect(await buildBundle(store, 13)).toMatchObject({ left: { reason: /not covered by a checkpoint/ } });
    expect(await buildBundle(store, 99)).toMatchObject({ left: { reason: /does not exist/ } });
  });
});

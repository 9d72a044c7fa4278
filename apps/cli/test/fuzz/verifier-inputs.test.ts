import {
  encodeVerifierKey,
  generateSignerKey,
  MemoryStore,
  parseEvidence,
  parseVerifierKey,
  signCheckpoint,
  verifyBundle,
  type VerifierKey,
  verifyExport,
} from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import fc from 'fast-check';
import { isLeft } from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzRuns } from './fuzz-scale.ts';

describe('fuzzed verifier inputs', () => {
  let leaves: Buffer[];
  let checkpoint: string;
  let verifier: VerifierKey;
  beforeAll(async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 8; i++)
      await store.appendBatch([
        { streamId: `s-${i % 2}`, expectedVersion: 'any', events: [sampleEvent(`s-${i % 2}`, { n: i })] },
      ]);
    leaves = [];
    for await (const stored of store.readLeaves(0, 8)) leaves.push(Buffer.from(stored.leaf));
    const signer = generateSignerKey('fuzz.example/log');
    if (isLeft(signer)) throw new Error(signer.left.reason);
    const head = await store.log.treeHead();
    checkpoint = signCheckpoint({ origin: 'fuzz.example/log', size: head.size, root: head.root }, signer.right);
    const key = parseVerifierKey(encodeVerifierKey(signer.right));
    if (isLeft(key)) throw new Error('key');
    verifier = key.right;
  });

  it('verify of an export with one byte flipped, deleted or inserted fails and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 7 }),
        fc.nat({ max: 400 }),
        fc.integer({ min: 1, max: 255 }),
        fc.constantFrom('flip', 'delete', 'insert'),
        async (line, at, byte, how) => {
          const copy = leaves.map((l) => Buffer.from(l));
          const target = copy[line]!;
          const i = at % target.length;
          copy[line] =
            how === 'flip'
              ? Buffer.from(target.map((b, j) => (j === i ? b ^ byte : b)))
              : how === 'delete'
                ? Buffer.concat([target.subarray(0, i), target.subarray(i + 1)])
                : Buffer.concat([target.subarray(0, i), Buffer.from([byte]), target.subarray(i)]);
          const report = await verifyExport(
            (async function* () {
              yield* copy;
            })(),
            { checkpoint, verifier },
          );
          expect(report.ok).toBe(false);
        },
      ),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('parsing evidence and bundles from arbitrary text never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        ),
        (text) => {
          parseEvidence(text);
          verifyBundle(text, { logKey: verifier });
        },
      ),
      { numRuns: fuzzRuns(1000) },
    );
  });
});

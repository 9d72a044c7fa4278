import fc from 'fast-check';
import { isLeft, isRight, left } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { encodeHash } from './base64.ts';
import { leafHash } from './hash.ts';
import type { ConsistencyProof, InclusionProof } from './proof-types.ts';
import { blobLog, sampleLeaves } from './testkit.ts';
import { consistencyProof, inclusionProof } from './tree-reader.ts';
import { verifyConsistency, verifyInclusion } from './verify-proofs.ts';

const log = blobLog(sampleLeaves(300));

/** A different valid hash: the base64 of `hash` with one bit of byte `byte` flipped. */
function flip(hash: string, byte: number): string {
  const bytes = Buffer.from(hash, 'base64');
  bytes[byte % 32] = (bytes[byte % 32] as number) ^ 0x01;
  return bytes.toString('base64');
}

const sizeArb = fc.integer({ min: 1, max: 300 });

describe('verifyInclusion', () => {
  it('accepts the proof of every index in random sizes, with and without the leaf', () => {
    fc.assert(
      fc.property(sizeArb, (size) => {
        for (let index = 0; index < size; index += 1) {
          const proof = inclusionProof(log.read, index, size);
          expect(verifyInclusion(proof)).toEqual({ _tag: 'Right', right: true });
          expect(isRight(verifyInclusion(proof, leafHash(log.leaves[index] as Buffer)))).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('rejects a proof once any path element, the leaf hash or the root is tampered with', () => {
    fc.assert(
      fc.property(sizeArb, fc.nat(), fc.nat(), (size, pick, byte) => {
        const index = pick % size;
        const proof = inclusionProof(log.read, index, size);
        const tampered: InclusionProof[] = [
          { ...proof, leafHash: flip(proof.leafHash, byte) },
          { ...proof, root: flip(proof.root, byte) },
          ...proof.path.map((_, i) => ({ ...proof, path: proof.path.map((p, j) => (i === j ? flip(p, byte) : p)) })),
        ];
        for (const bad of tampered) expect(isLeft(verifyInclusion(bad))).toBe(true);
      }),
    );
  });

  // A size that keeps the path's shape is bound only through the root (which the auditor
  // compares with a checkpoint of that size), so these probes change the shape.
  it('rejects a proof for the wrong leaf, index or size', () => {
    const proof = inclusionProof(log.read, 5, 13);
    expect(verifyInclusion(proof, leafHash(Buffer.from('not leaf 5')))).toEqual(
      left({ _tag: 'ProofInvalid', reason: 'leafHash does not match the hash of the given leaf' }),
    );
    expect(isLeft(verifyInclusion({ ...proof, index: 4 }))).toBe(true);
    expect(isLeft(verifyInclusion({ ...proof, size: 26 }))).toBe(true);
    expect(isLeft(verifyInclusion({ ...proof, size: 6 }))).toBe(true);
  });

  it('says why when the proof is the wrong length', () => {
    const proof = inclusionProof(log.read, 5, 13);
    expect(verifyInclusion({ ...proof, path: proof.path.slice(1) })).toEqual(
      left({ _tag: 'ProofInvalid', reason: 'path has fewer hashes than a tree of size 13 needs' }),
    );
    expect(verifyInclusion({ ...proof, path: [...proof.path, proof.root] })).toEqual(
      left({ _tag: 'ProofInvalid', reason: 'path has more than the hashes a tree of size 13 needs' }),
    );
  });

  it.each([
    ['index ≥ size', { index: 3, size: 3 }, 'index 3 is not below size 3'],
    ['a negative index', { index: -1 }, 'index is not a non-negative safe integer'],
    ['a size beyond 2^53', { size: 2 ** 60 }, 'size is not a non-negative safe integer'],
    ['a short leaf hash', { leafHash: 'AAAA' }, 'leafHash is not a base64 SHA-256 hash'],
    ['a root in hex', { root: 'ab'.repeat(32) }, 'root is not a base64 SHA-256 hash'],
    ['a path that is not an array', { path: 'x' as unknown as string[] }, 'path is not an array'],
    ['a bad path element', { path: ['', ''] }, 'path[0] is not a base64 SHA-256 hash'],
  ])('names the field when the proof has %s', (_what, change, reason) => {
    const proof = { ...inclusionProof(log.read, 1, 3), ...change } as InclusionProof;
    expect(verifyInclusion(proof)).toEqual(left({ _tag: 'ProofInvalid', reason }));
  });
});

describe('verifyConsistency', () => {
  it('accepts the proof for every from ≤ to in random sizes', () => {
    fc.assert(
      fc.property(sizeArb, (to) => {
        for (let from = 1; from <= to; from += 1) {
          expect(verifyConsistency(consistencyProof(log.read, from, to))).toEqual({ _tag: 'Right', right: true });
        }
      }),
      { numRuns: 10 },
    );
  });

  it('accepts every pair of sizes up to 64 exhaustively', () => {
    for (let to = 1; to <= 64; to += 1) {
      for (let from = 1; from <= to; from += 1) {
        expect(isRight(verifyConsistency(consistencyProof(log.read, from, to)))).toBe(true);
      }
    }
  });

  it('rejects a proof once any path element or either root is tampered with', () => {
    fc.assert(
      fc.property(sizeArb, fc.nat(), fc.nat(), (to, pick, byte) => {
        const from = 1 + (pick % to);
        const proof = consistencyProof(log.read, from, to);
        const tampered: ConsistencyProof[] = [
          { ...proof, fromRoot: flip(proof.fromRoot, byte) },
          { ...proof, toRoot: flip(proof.toRoot, byte) },
          ...proof.path.map((_, i) => ({ ...proof, path: proof.path.map((p, j) => (i === j ? flip(p, byte) : p)) })),
        ];
        for (const bad of tampered) expect(isLeft(verifyConsistency(bad))).toBe(true);
      }),
    );
  });

  it('rejects a proof presented for other sizes', () => {
    const proof = consistencyProof(log.read, 7, 13);
    for (const sizes of [{ from: 6 }, { from: 8 }, { to: 26 }, { to: 8 }, { from: 13 }]) {
      expect(isLeft(verifyConsistency({ ...proof, ...sizes }))).toBe(true);
    }
  });

  it('requires equal roots and an empty path when from equals to', () => {
    const same = consistencyProof(log.read, 9, 9);
    expect(same.path).toEqual([]);
    expect(isRight(verifyConsistency(same))).toBe(true);
    expect(verifyConsistency({ ...same, toRoot: encodeHash(leafHash(Buffer.from('x'))) })).toEqual(
      left({ _tag: 'ProofInvalid', reason: 'fromRoot and toRoot differ for the same size' }),
    );
    expect(verifyConsistency({ ...same, path: [same.fromRoot] })).toEqual(
      left({ _tag: 'ProofInvalid', reason: 'path must be empty when from equals to' }),
    );
  });

  it.each([
    ['from = 0', { from: 0 }, 'from is not a positive safe integer'],
    ['from > to', { from: 8, to: 7 }, 'from 8 is greater than to 7'],
    ['an empty path', { path: [] }, 'path is empty'],
    ['a bad fromRoot', { fromRoot: 'zz' }, 'fromRoot is not a base64 SHA-256 hash'],
    ['a bad toRoot', { toRoot: 'zz' }, 'toRoot is not a base64 SHA-256 hash'],
  ])('says why when the proof has %s', (_what, change, reason) => {
    const proof = { ...consistencyProof(log.read, 3, 7), ...change } as ConsistencyProof;
    expect(verifyConsistency(proof)).toEqual(left({ _tag: 'ProofInvalid', reason }));
  });
});

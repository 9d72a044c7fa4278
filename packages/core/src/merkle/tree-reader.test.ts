import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHash } from './base64.ts';
import { EMPTY_ROOT } from './hash.ts';
import { blobLog, referenceConsistency, referencePath, referenceRoot, sampleLeaves } from './testkit.ts';
import { consistencyProof, inclusionProof, rootAt, TreeReader } from './tree-reader.ts';

const hexes = (hashes: readonly Uint8Array[]): string[] => hashes.map((h) => Buffer.from(h).toString('hex'));
const log300 = blobLog(sampleLeaves(300));

describe('TreeReader', () => {
  it('gives the recursive root for every size up to the log size', () => {
    const tree = new TreeReader(log300.read, 300);
    for (let size = 0; size <= 300; size += 1) {
      expect(tree.rootAt(size).equals(referenceRoot(log300.leafHashes.slice(0, size)))).toBe(true);
    }
  });

  it('gives the RFC 6962 PATH for every index of random sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (size) => {
        const tree = new TreeReader(log300.read, 300);
        const leaves = log300.leafHashes.slice(0, size);
        for (let index = 0; index < size; index += 1) {
          expect(hexes(tree.inclusionPath(index, size))).toEqual(hexes(referencePath(index, leaves)));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('gives the RFC 6962 PROOF for every from ≤ to of random sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (to) => {
        const tree = new TreeReader(log300.read, 300);
        const leaves = log300.leafHashes.slice(0, to);
        for (let from = 1; from <= to; from += 1) {
          expect(hexes(tree.consistencyPath(from, to))).toEqual(hexes(referenceConsistency(from, leaves)));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('reads O(log n) stored hashes per proof: at most two per tree level', () => {
    const size = 2 ** 12 - 1; // every level has a right-edge subtree: the worst case
    const log = blobLog(sampleLeaves(size));
    const levels = 12;
    for (const index of [0, 1, 2047, 2048, 4000, size - 1]) {
      log.reads.count = 0;
      inclusionProof(log.read, index, size);
      expect(log.reads.count).toBeLessThanOrEqual(2 * levels + 1);
    }
    for (const from of [1, 3, 1000, 2047, 2049, size - 1]) {
      log.reads.count = 0;
      consistencyProof(log.read, from, size);
      expect(log.reads.count).toBeLessThanOrEqual(3 * levels + 1);
    }
  });

  it("returns copies, so mutating a root or path cannot corrupt the store's hashes", () => {
    const log = blobLog(sampleLeaves(8));
    const before = Buffer.concat(log.blobs);
    const tree = new TreeReader(log.read, 8);
    tree.rootAt(8).fill(0);
    tree.rootAt(4).fill(0);
    tree.leafHashAt(3).fill(0);
    for (const hash of [...tree.inclusionPath(2, 8), ...tree.consistencyPath(3, 8)]) hash.fill(0);
    expect(Buffer.concat(log.blobs).equals(before)).toBe(true);
    expect(tree.rootAt(8).equals(referenceRoot(log.leafHashes))).toBe(true);
  });

  it('defaults sizes to the log size', () => {
    const tree = new TreeReader(log300.read, 77);
    expect(tree.rootAt().equals(tree.rootAt(77))).toBe(true);
    expect(hexes(tree.inclusionPath(5))).toEqual(hexes(tree.inclusionPath(5, 77)));
    expect(hexes(tree.consistencyPath(5))).toEqual(hexes(tree.consistencyPath(5, 77)));
  });

  it.each([
    ['a size beyond the log', (t: TreeReader) => t.rootAt(11), /size must be <= the log size \(10\), got 11/],
    ['a negative size', (t: TreeReader) => t.rootAt(-1), /size must be a safe integer >= 0, got -1/],
    ['an index at the size', (t: TreeReader) => t.inclusionPath(4, 4), /index must be < size \(4\), got 4/],
    ['a fractional index', (t: TreeReader) => t.inclusionPath(1.5, 4), /index must be a safe integer/],
    [
      'an empty tree for inclusion',
      (t: TreeReader) => t.inclusionPath(0, 0),
      /size must be a safe integer >= 1, got 0/,
    ],
    ['from = 0', (t: TreeReader) => t.consistencyPath(0, 4), /from must be a safe integer >= 1, got 0/],
    ['from > to', (t: TreeReader) => t.consistencyPath(5, 4), /from must be <= to \(4\), got 5/],
    ['to beyond the log', (t: TreeReader) => t.consistencyPath(1, 12), /to must be <= the log size \(10\), got 12/],
    ['a leaf index beyond the log', (t: TreeReader) => t.leafHashAt(10), /index must be < size \(10\), got 10/],
  ])('throws a RangeError naming the argument for %s', (_what, call, message) => {
    const tree = new TreeReader(log300.read, 10);
    expect(() => call(tree)).toThrow(RangeError);
    expect(() => call(tree)).toThrow(message);
  });
});

describe('JSON proofs', () => {
  it('prints an inclusion proof with base64 hashes matching the tree', () => {
    const proof = inclusionProof(log300.read, 6, 13);
    expect(proof.index).toBe(6);
    expect(proof.size).toBe(13);
    expect(decodeHash(proof.leafHash)?.equals(log300.leafHashes[6] as Buffer)).toBe(true);
    expect(proof.path.map((p) => decodeHash(p)?.toString('hex'))).toEqual(
      hexes(referencePath(6, log300.leafHashes.slice(0, 13))),
    );
    expect(decodeHash(proof.root)?.equals(referenceRoot(log300.leafHashes.slice(0, 13)))).toBe(true);
  });

  it('prints a consistency proof with both roots', () => {
    const proof = consistencyProof(log300.read, 7, 13);
    expect(proof).toMatchObject({ from: 7, to: 13 });
    expect(decodeHash(proof.fromRoot)?.equals(referenceRoot(log300.leafHashes.slice(0, 7)))).toBe(true);
    expect(decodeHash(proof.toRoot)?.equals(referenceRoot(log300.leafHashes.slice(0, 13)))).toBe(true);
  });

  it('gives the empty root for size 0 and copies it', () => {
    const root = rootAt(log300.read, 0);
    expect(root.equals(EMPTY_ROOT)).toBe(true);
    root.fill(0);
    expect(rootAt(log300.read, 0).equals(EMPTY_ROOT)).toBe(true);
  });
});

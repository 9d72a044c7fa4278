import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MerkleFrontier } from './frontier.ts';
import { EMPTY_ROOT, leafHash } from './hash.ts';
import { completedLevels, subtreeLocation } from './subtree-layout.ts';
import { blobLog, referenceRoot } from './testkit.ts';

const leavesArb = fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 300 });

describe('MerkleFrontier', () => {
  it('starts empty with the empty root', () => {
    const frontier = new MerkleFrontier();
    expect(frontier.size).toBe(0);
    expect(frontier.root().equals(EMPTY_ROOT)).toBe(true);
    expect(frontier.subtreeHashes()).toEqual([]);
  });

  it('has the root of the recursive RFC 6962 definition after every append', () => {
    fc.assert(
      fc.property(leavesArb, (leaves) => {
        const frontier = new MerkleFrontier();
        const hashes: Buffer[] = [];
        for (const leaf of leaves) {
          hashes.push(leafHash(leaf));
          frontier.append(leafHash(leaf));
          expect(frontier.root().equals(referenceRoot(hashes))).toBe(true);
        }
        expect(frontier.size).toBe(leaves.length);
      }),
      { numRuns: 30 },
    );
  });

  it('returns for entry i its leaf hash then the root of each subtree leaf i completed', () => {
    const leaves = Array.from({ length: 70 }, (_, i) => Buffer.from([i]));
    const hashes = leaves.map(leafHash);
    const frontier = new MerkleFrontier();
    leaves.forEach((_, i) => {
      const completed = frontier.append(hashes[i] as Buffer);
      expect(completed.length).toBe(1 + completedLevels(i));
      completed.forEach((hash, level) => {
        const first = i + 1 - 2 ** level;
        expect(hash.equals(referenceRoot(hashes.slice(first, i + 1)))).toBe(true);
        expect(subtreeLocation(level, first / 2 ** level)).toEqual({ entry: i, offset: 32 * level });
      });
    });
  });

  it('gives appendBlob as the concatenation of what append returns', () => {
    const a = new MerkleFrontier();
    const b = new MerkleFrontier();
    for (let i = 0; i < 20; i += 1) {
      const hash = leafHash(Buffer.from([i]));
      expect(a.appendBlob(hash).equals(Buffer.concat(b.append(hash)))).toBe(true);
    }
  });

  it('rebuilds from stored subtrees to the same state as the incremental one, for every size', () => {
    fc.assert(
      fc.property(leavesArb, (leaves) => {
        const log = blobLog(leaves);
        const incremental = new MerkleFrontier();
        for (let size = 0; size <= leaves.length; size += 1) {
          log.reads.count = 0;
          const rebuilt = MerkleFrontier.fromReader(log.read, size);
          expect(log.reads.count).toBe(rebuilt.subtreeHashes().length);
          expect(rebuilt.size).toBe(size);
          expect(rebuilt.subtreeHashes()).toEqual(incremental.subtreeHashes());
          expect(rebuilt.root().equals(incremental.root())).toBe(true);
          if (size < leaves.length) incremental.append(log.leafHashes[size] as Buffer);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('continues from a rebuilt state exactly as the original would', () => {
    const log = blobLog(Array.from({ length: 45 }, (_, i) => Buffer.from([i, i])));
    const resumed = MerkleFrontier.fromReader(log.read, 30);
    for (let i = 30; i < 45; i += 1) {
      expect(resumed.appendBlob(log.leafHashes[i] as Buffer).equals(log.blobs[i] as Buffer)).toBe(true);
    }
  });

  it('clones into an independent frontier', () => {
    const original = new MerkleFrontier();
    original.append(leafHash(Buffer.from('a')));
    const copy = original.clone();
    copy.append(leafHash(Buffer.from('b')));
    expect(original.size).toBe(1);
    expect(copy.size).toBe(2);
    expect(original.root().equals(leafHash(Buffer.from('a')))).toBe(true);
  });

  it('hands out roots the caller may mutate without corrupting the frontier', () => {
    const frontier = new MerkleFrontier();
    frontier.append(leafHash(Buffer.from('a')));
    frontier.root().fill(0);
    expect(frontier.root().equals(leafHash(Buffer.from('a')))).toBe(true);
  });

  it('refuses a leaf hash that is not 32 bytes', () => {
    expect(() => new MerkleFrontier().append(new Uint8Array(20))).toThrow(/32 bytes, got 20/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completedLevels,
  exactLog2,
  frontierSubtrees,
  hashesBlobBytes,
  largestPowerOfTwoBelow,
  readSubtree,
  subtreeLocation,
} from './subtree-layout.ts';

describe('subtree layout', () => {
  it('finds subtree (L, j) in the blob of entry (j+1)·2^L − 1 at byte 32·L', () => {
    expect(subtreeLocation(0, 5)).toEqual({ entry: 5, offset: 0 });
    expect(subtreeLocation(1, 2)).toEqual({ entry: 5, offset: 32 });
    expect(subtreeLocation(2, 1)).toEqual({ entry: 7, offset: 64 });
    expect(subtreeLocation(3, 0)).toEqual({ entry: 7, offset: 96 });
  });

  it('counts the subtrees a leaf completes as its trailing 1 bits, also beyond 2^32', () => {
    expect([0, 1, 2, 3, 7, 8, 11, 15].map(completedLevels)).toEqual([0, 1, 0, 2, 3, 0, 2, 4]);
    expect(completedLevels(2 ** 40 - 1)).toBe(40);
    expect(hashesBlobBytes(7)).toBe(128);
  });

  it('decomposes a size into perfect subtrees, largest first, covering exactly its leaves', () => {
    expect(frontierSubtrees(0)).toEqual([]);
    expect(frontierSubtrees(6)).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (size) => {
        let start = 0;
        for (const { level, index } of frontierSubtrees(size)) {
          expect(index * 2 ** level).toBe(start);
          start += 2 ** level;
        }
        expect(start).toBe(size);
      }),
    );
  });

  it('splits at the largest power of two strictly below n', () => {
    expect([2, 3, 4, 5, 8, 9].map(largestPowerOfTwoBelow)).toEqual([1, 2, 2, 4, 4, 8]);
    expect(largestPowerOfTwoBelow(2 ** 50 + 1)).toBe(2 ** 50);
  });

  it('recognises exact powers of two', () => {
    expect([1, 2, 3, 4, 6, 2 ** 52].map(exactLog2)).toEqual([0, 1, -1, 2, -1, 52]);
  });

  it('names the subtree when a reader returns something that is not a hash', () => {
    expect(() => readSubtree(() => new Uint8Array(5), 3, 9)).toThrow(/5 bytes for level 3 index 9/);
  });
});

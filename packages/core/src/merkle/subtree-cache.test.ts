import { describe, expect, it } from 'vitest';
import { cachedSubtreeReader } from './subtree-cache.ts';

describe('cachedSubtreeReader', () => {
  it('reads an upper subtree from the store once and low ones every time', () => {
    const reads: string[] = [];
    const read = (level: number, index: number) => {
      reads.push(`${level}/${index}`);
      return new Uint8Array([level, index]);
    };
    const cached = cachedSubtreeReader(read, { minLevel: 3 });
    expect(cached(5, 2)).toEqual(new Uint8Array([5, 2]));
    expect(cached(5, 2)).toEqual(new Uint8Array([5, 2]));
    cached(1, 7);
    cached(1, 7);
    expect(reads).toEqual(['5/2', '1/7', '1/7']);
  });

  it('keeps subtrees of equal index but different level apart and starts over past its bound', () => {
    const read = (level: number, index: number) => new Uint8Array([level, index]);
    const cached = cachedSubtreeReader(read, { minLevel: 0, maxEntries: 2 });
    expect(cached(2, 1)).toEqual(new Uint8Array([2, 1]));
    expect(cached(3, 1)).toEqual(new Uint8Array([3, 1]));
    expect(cached(4, 1)).toEqual(new Uint8Array([4, 1]));
    expect(cached(2, 1)).toEqual(new Uint8Array([2, 1]));
  });
});

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ROOT, HASH_BYTES, hashEquals, leafHash, nodeHash } from './hash.ts';

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

describe('leafHash', () => {
  it('is SHA-256 of 0x00 followed by the leaf bytes, for any leaf up to and beyond 64 KiB', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000, size: 'max' }), (leaf) => {
        expect(leafHash(leaf).equals(sha256(Buffer.from([0]), leaf))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('returns a fresh buffer that later hashing does not overwrite', () => {
    const first = leafHash(Buffer.from('a'));
    const copy = Buffer.from(first);
    leafHash(Buffer.from('b'));
    expect(first.equals(copy)).toBe(true);
  });

  it('hashes a view into a larger buffer by its own bytes only', () => {
    const big = Buffer.from('xxhelloyy');
    expect(leafHash(big.subarray(2, 7)).equals(leafHash(Buffer.from('hello')))).toBe(true);
  });
});

describe('nodeHash', () => {
  it('is SHA-256 of 0x01, the left child, then the right child', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (l, r) => {
          expect(nodeHash(l, r).equals(sha256(Buffer.from([1]), l, r))).toBe(true);
        },
      ),
    );
  });

  it('refuses children that are not 32 bytes, naming both lengths', () => {
    expect(() => nodeHash(new Uint8Array(31), new Uint8Array(32))).toThrow(/left=31 right=32/);
  });
});

describe('EMPTY_ROOT', () => {
  it('is SHA-256 of the empty string', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(EMPTY_ROOT.length).toBe(HASH_BYTES);
  });
});

describe('hashEquals', () => {
  it('tells equal bytes from different bytes and lengths', () => {
    expect(hashEquals(Buffer.from([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(hashEquals(Buffer.from([1, 2]), Buffer.from([1, 3]))).toBe(false);
    expect(hashEquals(Buffer.from([1, 2]), Buffer.from([1, 2, 3]))).toBe(false);
  });
});

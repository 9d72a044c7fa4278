import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, decodeHash, encodeHash } from './base64.ts';

describe('decodeBase64Strict', () => {
  it('round-trips any bytes through standard padded base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64Strict(Buffer.from(bytes).toString('base64'))?.equals(bytes)).toBe(true);
      }),
    );
  });

  it.each([
    ['missing padding', 'AAE'],
    ['url-safe alphabet', 'AA-_'],
    ['embedded whitespace', 'AA E='],
    ['non-zero trailing bits', 'AAF='],
    ['padding in the middle', 'A=AA'],
  ])('rejects %s', (_why, text) => {
    expect(decodeBase64Strict(text)).toBeUndefined();
  });
});

describe('decodeHash', () => {
  it('accepts exactly 32 bytes and round-trips encodeHash', () => {
    const hash = Buffer.alloc(32, 7);
    expect(decodeHash(encodeHash(hash))?.equals(hash)).toBe(true);
    expect(decodeHash(Buffer.alloc(31).toString('base64'))).toBeUndefined();
    expect(decodeHash(Buffer.alloc(33).toString('base64'))).toBeUndefined();
  });

  it('encodes a view by its own bytes, not its whole backing buffer', () => {
    const backing = Buffer.alloc(64, 1);
    backing.fill(2, 32);
    expect(encodeHash(backing.subarray(32))).toBe(Buffer.alloc(32, 2).toString('base64'));
  });
});

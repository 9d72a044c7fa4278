import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafHash, nodeHash } from '../merkle/hash.ts';
import { digestBytes, digestOf, leafDigest, nodeDigest } from './digest.ts';

describe('state tree digests', () => {
  it('hash a leaf text to exactly the RFC 6962 leaf hash of its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(digestBytes(leafDigest(text))).toEqual(leafHash(Buffer.from(text, 'utf8')));
      }),
    );
    expect(digestBytes(leafDigest('{"key":"总","model":"m","record":null}'))).toEqual(
      leafHash(Buffer.from('{"key":"总","model":"m","record":null}', 'utf8')),
    );
  });

  it('hash two children to exactly the RFC 6962 node hash, whatever bytes they hold', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (a, b) => {
          expect(digestBytes(nodeDigest(digestOf(a), digestOf(b)))).toEqual(nodeHash(a, b));
        },
      ),
    );
  });

  it('convert a hash to a 32-character digest and back without changing a byte', () => {
    const hash = leafHash(Buffer.from('x'));
    const digest = digestOf(hash.subarray(0));
    expect(digest).toHaveLength(32);
    expect(digestBytes(digest)).toEqual(hash);
  });
});

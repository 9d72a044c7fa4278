import { canonicalJson, Id } from '@govledger/core';
import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SealedBallotV3 } from './events.ts';
import {
  MAX_ID_CODE_UNITS,
  PADDED_BALLOT_BYTES,
  padBallotPlaintext,
  unpadBallotPlaintext,
  widestSecretPart,
} from './ballot-padding.ts';

const bytesOf = (value: unknown) => new TextEncoder().encode(canonicalJson(value));

describe('padding a ballot secret part to one length', () => {
  it('takes its bound from the Id codec: an id of the bound is admitted and one code unit more is not', () => {
    expect(Id.is('\uffff'.repeat(MAX_ID_CODE_UNITS))).toBe(true);
    expect(Id.is('a'.repeat(MAX_ID_CODE_UNITS + 1))).toBe(false);
  });

  it('sizes the padding by the widest secret part the codecs admit, which fits exactly', () => {
    expect(SealedBallotV3.is(widestSecretPart())).toBe(true);
    expect(bytesOf(widestSecretPart()).length).toBe(PADDED_BALLOT_BYTES - 1);
    const padded = padBallotPlaintext(bytesOf(widestSecretPart()));
    expect(isRight(padded) && padded.right.at(-1)).toBe(0x80);
  });

  it('pads every secret part the codecs admit to the same length and strips it back exactly', () => {
    const secret = fc
      .record({
        ownerId: fc.string({ minLength: 1, maxLength: MAX_ID_CODE_UNITS, unit: 'binary' }),
        choice: fc.constantFrom('approve', 'reject', 'abstain'),
        blinding: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
        areaM2Hundredths: fc.maxSafeNat(),
        unitCount: fc.maxSafeNat(),
      })
      .filter((s) => SealedBallotV3.is(s));
    fc.assert(
      fc.property(secret, (s) => {
        const padded = padBallotPlaintext(bytesOf(s));
        expect(isRight(padded) && padded.right.length).toBe(PADDED_BALLOT_BYTES);
        if (!isRight(padded)) return;
        expect(Buffer.from(unpadBallotPlaintext(padded.right) ?? []).toString('utf8')).toBe(canonicalJson(s));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a plaintext longer than the padded size rather than giving it a length of its own', () => {
    const tooLong = new Uint8Array(PADDED_BALLOT_BYTES);
    expect(padBallotPlaintext(tooLong)).toEqual({
      _tag: 'Left',
      left: { _tag: 'BallotTooLongToPad', bytes: PADDED_BALLOT_BYTES, limit: PADDED_BALLOT_BYTES },
    });
    expect(isRight(padBallotPlaintext(new Uint8Array(PADDED_BALLOT_BYTES - 1)))).toBe(true);
  });

  it('finds no plaintext in padding that is not 0x80 followed by zeros', () => {
    expect(unpadBallotPlaintext(new Uint8Array(8))).toBeNull();
    expect(unpadBallotPlaintext(Uint8Array.from([0x7b, 0x7d, 0x00, 0x00]))).toBeNull();
    expect(unpadBallotPlaintext(Uint8Array.from([0x7b, 0x7d, 0x80, 0x00]))).toEqual(Uint8Array.from([0x7b, 0x7d]));
  });
});

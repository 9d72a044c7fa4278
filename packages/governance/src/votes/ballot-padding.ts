/**
 * Padding a ballot's secret part to one fixed length before it is sealed, so that the length
 * of the ciphertext (which AES-GCM keeps, and base64 shows to the byte) tells nothing: not the
 * choice ("reject" is a letter shorter than "approve"), not the digits of the owner's area,
 * not the letters of the owner id. Every ballot sealed in this format has the same length.
 *
 * The padded size is not a guess: it is the length of the longest secret part the codecs allow
 * (an owner id of 512 UTF-16 code units, each at most 3 bytes in UTF-8 and never escaped by
 * JSON, as `Id` admits no control character or lone surrogate; areas and counts up to
 * `Number.MAX_SAFE_INTEGER`; a 64-hex blinding; the longest choice), plus the one marker byte.
 * A secret part longer than that cannot be decoded as a ballot, and is refused rather than
 * sealed at a length of its own (see docs/privacy.md, "The sealed part's length").
 *
 * The padding is ISO/IEC 7816-4's: the plaintext, one byte 0x80, then zero bytes up to the
 * size. JSON never holds a raw 0x80 or 0x00 byte after its last character, so stripping is
 * unambiguous.
 */
import { canonicalJson } from '@govledger/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** The longest id the `Id` codec admits, in UTF-16 code units (`isValidId` in core). */
export const MAX_ID_CODE_UNITS = 512;

/**
 * The widest secret part the codecs admit (`SealedBallotV3` of `events.ts`, not imported
 * here, as events import the seal): every field at its longest in UTF-8. The tests check it
 * is a valid secret part.
 */
export function widestSecretPart(): {
  ownerId: string;
  choice: string;
  blinding: string;
  areaM2Hundredths: number;
  unitCount: number;
} {
  return {
    ownerId: '\uffff'.repeat(MAX_ID_CODE_UNITS),
    choice: 'approve',
    blinding: 'f'.repeat(64),
    areaM2Hundredths: Number.MAX_SAFE_INTEGER,
    unitCount: Number.MAX_SAFE_INTEGER,
  };
}

/** The number of bytes every padded secret part has: the widest one the codecs admit, plus the marker. */
export const PADDED_BALLOT_BYTES = Buffer.byteLength(canonicalJson(widestSecretPart()), 'utf8') + 1;

const MARKER = 0x80;

/** A secret part too long to pad (only possible if the codecs' limits grew without this size). */
export interface BallotTooLongToPad {
  readonly _tag: 'BallotTooLongToPad';
  readonly bytes: number;
  readonly limit: number;
}

/** The message of a {@link BallotTooLongToPad}. */
export function describeBallotTooLongToPad(error: BallotTooLongToPad): string {
  return `the ballot's secret part is ${error.bytes} bytes of JSON, more than the ${error.limit - 1} every sealed ballot is padded to; refused rather than sealed at a length of its own`;
}

/** `plaintext` padded to {@link PADDED_BALLOT_BYTES} (0x80, then zeros), or refused when it does not fit. */
export function padBallotPlaintext(
  plaintext: Uint8Array,
  size: number = PADDED_BALLOT_BYTES,
): Either<BallotTooLongToPad, Uint8Array> {
  if (plaintext.length + 1 > size) return left({ _tag: 'BallotTooLongToPad', bytes: plaintext.length, limit: size });
  const padded = new Uint8Array(size);
  padded.set(plaintext);
  padded[plaintext.length] = MARKER;
  return right(padded);
}

/** The plaintext inside `padded`, or null when its padding is not 0x80 followed by zeros. */
export function unpadBallotPlaintext(padded: Uint8Array): Uint8Array | null {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== MARKER) return null;
  return padded.subarray(0, end);
}

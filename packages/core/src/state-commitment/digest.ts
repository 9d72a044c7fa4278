/**
 * RFC 6962 leaf and node hashes for the state tree, kept as 32-character latin1 strings (one
 * character per byte) instead of 32-byte Buffers.
 *
 * Why: the state tree hashes one leaf and about one node per record, and measured on this
 * machine Node's one-shot `crypto.hash` costs about twice as much when it returns a Buffer
 * (a new backing store per hash) as when it returns a one-byte string; such strings also
 * compare with `===` and cost the collector little. The bytes hashed are exactly those of
 * `leafHash` / `nodeHash` in `../merkle/hash.ts` (the tests check it); only the container
 * differs. Convert at the edges (`digestBytes`, `digestOf`).
 */
import * as crypto from 'node:crypto';
import { HASH_BYTES } from '../merkle/hash.ts';

/** A 32-byte SHA-256 hash as a latin1 string of 32 characters. */
export type Digest = string;

/** Node's name of latin1 among the digest encodings its types list (the same encoding). */
const LATIN1 = 'binary';

type OneShotHash = (algorithm: string, data: string | Uint8Array, outputEncoding: typeof LATIN1) => string;

/** `crypto.hash` when the running Node has it (20.12+), else undefined. */
const oneShot: OneShotHash | undefined =
  typeof (crypto as { hash?: unknown }).hash === 'function' ? (crypto.hash as unknown as OneShotHash) : undefined;

/** `0x01 || left || right`, rewritten in place for each node. */
const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES);
nodeInput[0] = 0x01;

/**
 * `SHA-256(0x00 || utf8(text))`: the RFC 6962 leaf hash of a leaf given as text. The prefix
 * is the character U+0000, whose UTF-8 encoding is the single byte 0x00.
 */
export function leafDigest(text: string): Digest {
  const prefixed = `\u0000${text}`;
  return oneShot !== undefined
    ? oneShot('sha256', prefixed, LATIN1)
    : crypto.createHash('sha256').update(prefixed, 'utf8').digest(LATIN1);
}

/** `SHA-256(0x01 || left || right)`: the RFC 6962 node hash of two child digests. */
export function nodeDigest(left: Digest, right: Digest): Digest {
  nodeInput.write(left, 1, HASH_BYTES, 'latin1');
  nodeInput.write(right, 1 + HASH_BYTES, HASH_BYTES, 'latin1');
  return oneShot !== undefined
    ? oneShot('sha256', nodeInput, LATIN1)
    : crypto.createHash('sha256').update(nodeInput).digest(LATIN1);
}

/** The digest of 32 hash bytes. */
export function digestOf(hash: Uint8Array): Digest {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('latin1');
}

/** The 32 bytes of a digest, in a fresh Buffer. */
export function digestBytes(digest: Digest): Buffer {
  return Buffer.from(digest, 'latin1');
}

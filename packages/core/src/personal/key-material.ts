/**
 * Subject keys: 256-bit AES keys, one or more per data subject, named by a key id derived
 * from the key bytes. Keys are random; for reproducible demos only, a key seed derives them.
 */
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { coreError } from '../errors/thrown-errors.ts';

/** Length of a subject key in bytes (AES-256). */
export const SUBJECT_KEY_BYTES = 32;

/**
 * One key of one data subject. `keyId` is a public name for the key (it is written in every
 * envelope sealed with it); `key` is the secret. Stores hand out copies of `key`.
 */
export interface SubjectKey {
  readonly subject: string;
  readonly keyId: string;
  readonly key: Uint8Array;
}

/**
 * The key id of `key`: 16 base64url characters (96 bits) of a domain-separated SHA-256 of the
 * key. A key id names the key material itself, so a reader holding a different key under the
 * same subject can tell "not this key" from "this key, but the ciphertext was changed". It
 * reveals nothing usable about the key.
 */
export function keyIdOf(key: Uint8Array): string {
  return createHash('sha256')
    .update('govledger/personal/v1/key-id\u0000')
    .update(key)
    .digest()
    .subarray(0, 12)
    .toString('base64url');
}

/** Makes the key of `subject` number `generation` (0 for the first, 1 after one rotation …). */
export type KeySource = (subject: string, generation: number) => Buffer;

/** Fresh random keys from the operating system's CSPRNG: the only source for real ledgers. */
export const randomKeySource: KeySource = () => randomBytes(SUBJECT_KEY_BYTES);

/**
 * Keys derived by HKDF-SHA256 from `seed`, the subject and the generation: the same seed gives
 * the same keys, so a seeded demo produces the same ledger bytes on every run.
 *
 * FOR DEMOS ONLY: anyone who knows the seed can re-derive every key, including destroyed ones,
 * so erasure promises nothing for data sealed under a seeded store.
 */
export function seededKeySource(seed: string | Uint8Array): KeySource {
  const ikm = typeof seed === 'string' ? Buffer.from(seed, 'utf8') : Buffer.from(seed);
  if (ikm.length === 0) throw coreError('GL_KEY_MATERIAL_INVALID', 'a key seed must not be empty');
  return (subject, generation) => {
    // HKDF info is limited to 1024 bytes, so the subject enters as its SHA-256.
    const info = Buffer.alloc(32 + 4);
    createHash('sha256').update(subject, 'utf8').digest().copy(info, 0);
    info.writeUInt32BE(generation, 32);
    return Buffer.from(hkdfSync('sha256', ikm, 'govledger/personal/v1/seeded-demo-key', info, SUBJECT_KEY_BYTES));
  };
}

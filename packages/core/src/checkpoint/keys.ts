/**
 * Ed25519 keys for signed notes, in the text forms Go's `golang.org/x/mod/sumdb/note` reads:
 * - verifier key (public): `<name>+<8 hex key id>+<base64(0x01 || 32-byte public key)>`
 * - signer key (secret):   `PRIVATE+KEY+<name>+<8 hex key id>+<base64(0x01 || 32-byte seed)>`
 * The key id is the first 4 bytes (big-endian) of SHA-256(name || "\n" || 0x01 || public key)
 * (C2SP signed-note, signature type 0x01).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { decodeBase64Strict } from '../merkle/base64.ts';
import { formatKeyId, type KeyMalformed } from './errors.ts';
import { isValidKeyName } from './note-rules.ts';

/** The signed-note signature type byte of Ed25519. */
export const ED25519_SIGNATURE_TYPE = 0x01;

/** Bytes of an Ed25519 public key and of a private key seed. */
const KEY_BYTES = 32;
/** DER prefixes that wrap a raw 32-byte Ed25519 seed (PKCS#8) or public key (SPKI). */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A key that signs notes as `name`. Keep it secret; `keyId` identifies its public half. */
export interface SignerKey {
  readonly name: string;
  /** The signature type byte its key id and key strings use: 0x01 (absent) or 0x04 (a witness cosigner). */
  readonly type?: number;
  /** uint32 key id (see module doc). */
  readonly keyId: number;
  readonly privateKey: KeyObject;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
}

/** A trusted key that checks signatures by `name` with key id `keyId`. */
export interface VerifierKey {
  readonly name: string;
  /** The signature type byte: 0x01 (absent) for log signatures, 0x04 for witness cosignatures. */
  readonly type?: number;
  readonly keyId: number;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  /** The same key as a node:crypto KeyObject, ready for `crypto.verify`. */
  readonly key: KeyObject;
}

const malformed = (reason: string): Either<KeyMalformed, never> => left({ _tag: 'KeyMalformed', reason });

/**
 * The C2SP key id of an Ed25519 key: SHA-256(name || "\n" || type || publicKey)[:4] as a
 * uint32, with type 0x01 for note signatures (the default) and 0x04 for cosignatures.
 */
export function noteKeyId(name: string, publicKey: Uint8Array, type: number = ED25519_SIGNATURE_TYPE): number {
  const digest = createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, type]))
    .update(publicKey)
    .digest();
  return digest.readUInt32BE(0);
}

function signerFromSeed(name: string, seed: Uint8Array, type: number): SignerKey {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = Buffer.from(spki.subarray(spki.length - KEY_BYTES));
  const key = { name, keyId: noteKeyId(name, publicKey, type), privateKey, publicKey };
  return type === ED25519_SIGNATURE_TYPE ? key : { ...key, type };
}

function typeOf(key: { readonly type?: number }): number {
  return key.type ?? ED25519_SIGNATURE_TYPE;
}

function seedOf(privateKey: KeyObject): Buffer {
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  return Buffer.from(pkcs8.subarray(pkcs8.length - KEY_BYTES));
}

/**
 * A fresh random Ed25519 signer key named `name` (for a log, name it after its origin; pass
 * `type` 0x04 for a witness's cosigner key). Fails if the name breaks the signed-note rules
 * (empty, white space or `+`).
 */
export function generateSignerKey(
  name: string,
  type: number = ED25519_SIGNATURE_TYPE,
): Either<KeyMalformed, SignerKey> {
  if (!isValidKeyName(name)) return malformed(`name ${JSON.stringify(name)} must be non-empty without spaces or '+'`);
  const { privateKey } = generateKeyPairSync('ed25519');
  return right(signerFromSeed(name, seedOf(privateKey), type));
}

/** The signer key file text `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || seed)>` (secret!). */
export function encodeSignerKey(signer: SignerKey): string {
  const key = Buffer.concat([Buffer.from([typeOf(signer)]), seedOf(signer.privateKey)]).toString('base64');
  return `PRIVATE+KEY+${signer.name}+${formatKeyId(signer.keyId)}+${key}`;
}

/** The public half of a signer key. */
export function verifierKeyOf(signer: SignerKey): VerifierKey {
  const { name, keyId, publicKey } = signer;
  const verifier = { name, keyId, publicKey, key: createPublicKey(signer.privateKey) };
  return signer.type === undefined ? verifier : { ...verifier, type: signer.type };
}

/** The verifier key text `<name>+<key id>+<base64(0x01 || public key)>` to publish. */
export function encodeVerifierKey(verifier: VerifierKey | SignerKey): string {
  const key = Buffer.concat([Buffer.from([typeOf(verifier)]), verifier.publicKey]).toString('base64');
  return `${verifier.name}+${formatKeyId(verifier.keyId)}+${key}`;
}

interface KeyParts {
  readonly name: string;
  readonly keyId: number;
  readonly key: Buffer;
}

/** Splits `<name>+<hex id>+<base64 key>` and checks each part (the key may itself hold '+'). */
function splitKey(text: string, what: string, type: number): Either<KeyMalformed, KeyParts> {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) return malformed(`${what} must look like <name>+<8 hex digits>+<base64 key>`);
  const name = text.slice(0, first);
  const id = text.slice(first + 1, second);
  if (!isValidKeyName(name)) return malformed(`name ${JSON.stringify(name)} must be non-empty without spaces or '+'`);
  if (!/^[0-9a-fA-F]{8}$/.test(id)) return malformed(`key id ${JSON.stringify(id)} must be 8 hex digits`);
  const bytes = decodeBase64Strict(text.slice(second + 1));
  if (bytes === undefined) return malformed('key is not standard padded base64');
  if (bytes[0] !== type) {
    return malformed(
      type === ED25519_SIGNATURE_TYPE
        ? 'key is not an Ed25519 key (type byte 0x01)'
        : `key is not of type 0x${type.toString(16).padStart(2, '0')} (an Ed25519 cosigner key)`,
    );
  }
  if (bytes.length !== 1 + KEY_BYTES) return malformed(`key must be 1 + ${KEY_BYTES} bytes, got ${bytes.length}`);
  return right({ name, keyId: Number.parseInt(id, 16), key: bytes.subarray(1) });
}

/**
 * Reads a signer key file (`PRIVATE+KEY+…`, surrounding white space ignored), checking that
 * its key id matches the name and the public key derived from the seed. `type` is the
 * signature type the key must be of (0x04 for a witness's cosigner key).
 */
export function parseSignerKey(text: string, type: number = ED25519_SIGNATURE_TYPE): Either<KeyMalformed, SignerKey> {
  const trimmed = text.trim();
  if (!trimmed.startsWith('PRIVATE+KEY+')) return malformed("signer key must start with 'PRIVATE+KEY+'");
  const parts = splitKey(trimmed.slice('PRIVATE+KEY+'.length), 'signer key', type);
  if (parts._tag === 'Left') return parts;
  const signer = signerFromSeed(parts.right.name, parts.right.key, type);
  if (signer.keyId !== parts.right.keyId) return malformed('key id does not match the name and key');
  return right(signer);
}

/**
 * Reads a published verifier key (`<name>+<key id>+<base64>`, surrounding white space
 * ignored), checking that its key id matches the name and public key. `type` is the
 * signature type the key must be of (0x04 for a witness's cosigner key).
 */
export function parseVerifierKey(
  text: string,
  type: number = ED25519_SIGNATURE_TYPE,
): Either<KeyMalformed, VerifierKey> {
  const parts = splitKey(text.trim(), 'verifier key', type);
  if (parts._tag === 'Left') return parts;
  const { name, keyId, key: publicKey } = parts.right;
  if (noteKeyId(name, publicKey, type) !== keyId) return malformed('key id does not match the name and key');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  } catch {
    return malformed('key is not a valid Ed25519 public key');
  }
  const verifier = { name, keyId, publicKey: Buffer.from(publicKey), key };
  return right(type === ED25519_SIGNATURE_TYPE ? verifier : { ...verifier, type });
}

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
  /** uint32 key id (see module doc). */
  readonly keyId: number;
  readonly privateKey: KeyObject;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
}

/** A trusted key that checks signatures by `name` with key id `keyId`. */
export interface VerifierKey {
  readonly name: string;
  readonly keyId: number;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  /** The same key as a node:crypto KeyObject, ready for `crypto.verify`. */
  readonly key: KeyObject;
}

const malformed = (reason: string): Either<KeyMalformed, never> => left({ _tag: 'KeyMalformed', reason });

/** The C2SP key id of an Ed25519 key: SHA-256(name || "\n" || 0x01 || publicKey)[:4] as a uint32. */
export function noteKeyId(name: string, publicKey: Uint8Array): number {
  const digest = createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, ED25519_SIGNATURE_TYPE]))
    .update(publicKey)
    .digest();
  return digest.readUInt32BE(0);
}

function signerFromSeed(name: string, seed: Uint8Array): SignerKey {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = Buffer.from(spki.subarray(spki.length - KEY_BYTES));
  return { name, keyId: noteKeyId(name, publicKey), privateKey, publicKey };
}

function seedOf(privateKey: KeyObject): Buffer {
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  return Buffer.from(pkcs8.subarray(pkcs8.length - KEY_BYTES));
}

/**
 * A fresh random Ed25519 signer key named `name` (for a log, name it after its origin).
 * Fails if the name breaks the signed-note rules (empty, white space or `+`).
 */
export function generateSignerKey(name: string): Either<KeyMalformed, SignerKey> {
  if (!isValidKeyName(name)) return malformed(`name ${JSON.stringify(name)} must be non-empty without spaces or '+'`);
  const { privateKey } = generateKeyPairSync('ed25519');
  return right(signerFromSeed(name, seedOf(privateKey)));
}

/** The signer key file text `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || seed)>` (secret!). */
export function encodeSignerKey(signer: SignerKey): string {
  const key = Buffer.concat([Buffer.from([ED25519_SIGNATURE_TYPE]), seedOf(signer.privateKey)]).toString('base64');
  return `PRIVATE+KEY+${signer.name}+${formatKeyId(signer.keyId)}+${key}`;
}

/** The public half of a signer key. */
export function verifierKeyOf(signer: SignerKey): VerifierKey {
  const { name, keyId, publicKey } = signer;
  return { name, keyId, publicKey, key: createPublicKey(signer.privateKey) };
}

/** The verifier key text `<name>+<key id>+<base64(0x01 || public key)>` to publish. */
export function encodeVerifierKey(verifier: VerifierKey | SignerKey): string {
  const key = Buffer.concat([Buffer.from([ED25519_SIGNATURE_TYPE]), verifier.publicKey]).toString('base64');
  return `${verifier.name}+${formatKeyId(verifier.keyId)}+${key}`;
}

interface KeyParts {
  readonly name: string;
  readonly keyId: number;
  readonly key: Buffer;
}

/** Splits `<name>+<hex id>+<base64 key>` and checks each part (the key may itself hold '+'). */
function splitKey(text: string, what: string): Either<KeyMalformed, KeyParts> {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) return malformed(`${what} must look like <name>+<8 hex digits>+<base64 key>`);
  const name = text.slice(0, first);
  const id = text.slice(first + 1, second);
  if (!isValidKeyName(name)) return malformed(`name ${JSON.stringify(name)} must be non-empty without spaces or '+'`);
  if (!/^[0-9a-fA-F]{8}$/.test(id)) return malformed(`key id ${JSON.stringify(id)} must be 8 hex digits`);
  const bytes = decodeBase64Strict(text.slice(second + 1));
  if (bytes === undefined) return malformed('key is not standard padded base64');
  if (bytes[0] !== ED25519_SIGNATURE_TYPE) return malformed('key is not an Ed25519 key (type byte 0x01)');
  if (bytes.length !== 1 + KEY_BYTES) return malformed(`key must be 1 + ${KEY_BYTES} bytes, got ${bytes.length}`);
  return right({ name, keyId: Number.parseInt(id, 16), key: bytes.subarray(1) });
}

/**
 * Reads a signer key file (`PRIVATE+KEY+…`, surrounding white space ignored), checking that
 * its key id matches the name and the public key derived from the seed.
 */
export function parseSignerKey(text: string): Either<KeyMalformed, SignerKey> {
  const trimmed = text.trim();
  if (!trimmed.startsWith('PRIVATE+KEY+')) return malformed("signer key must start with 'PRIVATE+KEY+'");
  const parts = splitKey(trimmed.slice('PRIVATE+KEY+'.length), 'signer key');
  if (parts._tag === 'Left') return parts;
  const signer = signerFromSeed(parts.right.name, parts.right.key);
  if (signer.keyId !== parts.right.keyId) return malformed('key id does not match the name and key');
  return right(signer);
}

/**
 * Reads a published verifier key (`<name>+<key id>+<base64>`, surrounding white space
 * ignored), checking that its key id matches the name and public key.
 */
export function parseVerifierKey(text: string): Either<KeyMalformed, VerifierKey> {
  const parts = splitKey(text.trim(), 'verifier key');
  if (parts._tag === 'Left') return parts;
  const { name, keyId, key: publicKey } = parts.right;
  if (noteKeyId(name, publicKey) !== keyId) return malformed('key id does not match the name and key');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  } catch {
    return malformed('key is not a valid Ed25519 public key');
  }
  return right({ name, keyId, publicKey: Buffer.from(publicKey), key });
}

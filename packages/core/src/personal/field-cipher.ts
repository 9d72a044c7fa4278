/**
 * Sealing one personal value: AES-256-GCM with a synthetic nonce (SIV-style).
 *
 * - Two subkeys come from the subject key by HKDF-SHA256: one for AES-256-GCM, one for
 *   HMAC-SHA256, so no key serves two algorithms.
 * - Plaintext: the RFC 8785 canonical JSON (UTF-8) of the value, so any JSON value seals.
 * - Nonce: the first 12 bytes of HMAC(nonce key, length-prefixed subject, keyId, streamId,
 *   type, occurredAt, field pointer, plaintext). A keyed function of the plaintext itself, so
 *   two different plaintexts under one key share a nonce only by a 96-bit PRF collision
 *   (about 2^-96 a pair), while the same event sealed twice gives the same bytes. A nonce
 *   repeats only for the same context and plaintext, and then GCM repeats the same output,
 *   which reveals nothing new.
 * - Associated data: the canonical JSON of `{alg, keyId, path, subject, v}`, binding the
 *   envelope to its subject, key and place in the event.
 * - On opening, the nonce is recomputed from the decrypted plaintext and the event's context:
 *   an envelope copied into another event fails even where subject, key and path agree.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { SUBJECT_KEY_BYTES } from './key-material.ts';
import { PERSONAL_ALG, PERSONAL_ENVELOPE_VERSION, type SealedFieldBody } from './sealed-envelope.ts';
import { coreError } from '../errors/thrown-errors.ts';
import { canonicalJson } from '../canonical-json.ts';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Where a personal value stands: the event context and field it is sealed for. */
export interface FieldContext {
  readonly subject: string;
  readonly keyId: string;
  readonly streamId: string;
  readonly type: string;
  /** The event's `metadata.occurredAt`. */
  readonly occurredAt: string;
  /** RFC 6901 pointer of the field in the event's `data`. */
  readonly pointer: string;
}

function subkey(key: Uint8Array, purpose: string): Buffer {
  if (key.length !== SUBJECT_KEY_BYTES)
    throw coreError('GL_KEY_MATERIAL_INVALID', `a subject key is ${SUBJECT_KEY_BYTES} bytes, got ${key.length}`);
  return Buffer.from(hkdfSync('sha256', key, 'govledger/personal/v1', `govledger/personal/v1/${purpose}`, 32));
}

function lengthPrefixed(parts: readonly (string | Uint8Array)[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length, 0);
    chunks.push(length, bytes);
  }
  return Buffer.concat(chunks);
}

/** The synthetic nonce of `plaintext` sealed at `context` under `key` (see the module comment). */
export function syntheticNonce(key: Uint8Array, context: FieldContext, plaintext: Uint8Array): Buffer {
  const input = lengthPrefixed([
    'govledger/personal/v1/nonce',
    context.subject,
    context.keyId,
    context.streamId,
    context.type,
    context.occurredAt,
    context.pointer,
    plaintext,
  ]);
  return createHmac('sha256', subkey(key, 'nonce-hmac')).update(input).digest().subarray(0, NONCE_BYTES);
}

/** The associated data of an envelope: canonical JSON of `{alg, keyId, path, subject, v}`. */
export function associatedData(context: Pick<FieldContext, 'subject' | 'keyId' | 'pointer'>): Buffer {
  const text = canonicalJson({
    v: PERSONAL_ENVELOPE_VERSION,
    alg: PERSONAL_ALG,
    subject: context.subject,
    keyId: context.keyId,
    path: context.pointer,
  });
  return Buffer.from(text, 'utf8');
}

/**
 * Seals a JSON `value` at `context` under `key` (the subject key named by `context.keyId`).
 * Deterministic: the same key, context and value always give the same body.
 */
export function sealFieldValue(key: Uint8Array, context: FieldContext, value: unknown): SealedFieldBody {
  if (value === undefined) throw coreError('GL_NOT_JSON', `${context.pointer}: value is not representable as JSON`);
  const text = canonicalJson(value);
  const plaintext = Buffer.from(text, 'utf8');
  const nonce = syntheticNonce(key, context, plaintext);
  const cipher = createCipheriv('aes-256-gcm', subkey(key, 'aes-256-gcm'), nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(context));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    v: PERSONAL_ENVELOPE_VERSION,
    alg: PERSONAL_ALG,
    subject: context.subject,
    keyId: context.keyId,
    nonce: nonce.toString('base64'),
    ct: ct.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/**
 * Opens a sealed body at `context` with `key`. Fails with the reason when GCM does not
 * authenticate (changed ciphertext, tag, subject, key id or place, or the wrong key) or when
 * the nonce does not belong to this event's context.
 */
export function openFieldValue(key: Uint8Array, context: FieldContext, body: SealedFieldBody): Either<string, unknown> {
  const nonce = Buffer.from(body.nonce, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', subkey(key, 'aes-256-gcm'), nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(context));
  decipher.setAuthTag(Buffer.from(body.tag, 'base64'));
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(Buffer.from(body.ct, 'base64')), decipher.final()]);
  } catch {
    return left('the ciphertext, its tag, its place in the event or the key was changed');
  }
  const expected = syntheticNonce(key, context, plaintext);
  if (!timingSafeEqual(expected, nonce)) return left('the sealed value was made for another event');
  try {
    return right(JSON.parse(plaintext.toString('utf8')) as unknown);
  } catch {
    return left('the authenticated plaintext is not JSON');
  }
}

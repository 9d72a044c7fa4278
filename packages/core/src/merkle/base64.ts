/**
 * Standard base64 (RFC 4648 §4) as the proofs, checkpoints and signed notes print it, with a
 * strict decoder: Node's `Buffer.from(text, 'base64')` silently skips bad characters and
 * accepts missing padding, so a tampered or truncated value could decode to something.
 */
import { HASH_BYTES } from './hash.ts';

const BASE64_SHAPE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes canonical padded standard base64, or returns undefined when `text` is anything
 * else (bad characters, missing padding, whitespace, non-zero trailing bits).
 *
 * @example decodeBase64Strict('AAE=') // <Buffer 00 01>;  decodeBase64Strict('AAE') // undefined
 */
export function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !BASE64_SHAPE.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/** A 32-byte hash as standard base64 (44 characters), the form proofs and checkpoints use. */
export function encodeHash(hash: Uint8Array): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('base64');
}

/** Decodes a base64 hash strictly; undefined unless it is canonical base64 of exactly 32 bytes. */
export function decodeHash(text: string): Buffer | undefined {
  const bytes = decodeBase64Strict(text);
  return bytes !== undefined && bytes.length === HASH_BYTES ? bytes : undefined;
}

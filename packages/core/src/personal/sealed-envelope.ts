/**
 * The sealed personal-data envelope, as it stands in place of a personal value in a leaf:
 *
 * ```json
 * {"$personal":{"v":1,"alg":"AES-256-GCM","subject":"owner-7f3a","keyId":"Xb2…",
 *               "nonce":"<base64, 12 bytes>","ct":"<base64>","tag":"<base64, 16 bytes>"}}
 * ```
 * It is self-describing: a reader needs no event catalogue to find, open or hide it. The
 * field's location (its JSON Pointer in `data`) is not written: it is where the envelope
 * stands, and it is bound into the associated data, so an envelope moved elsewhere fails.
 * The key `$personal` is reserved: domain data may not use it anywhere.
 */
import * as t from 'io-ts';
import { checkedString, NonEmptyString } from '../envelope.ts';
import { type JsonPath, toPointer } from './json-path.ts';

/** The reserved key an envelope object holds (and nothing else). */
export const PERSONAL_MARKER = '$personal';

/** The AEAD of envelope version 1. */
export const PERSONAL_ALG = 'AES-256-GCM';

/** The envelope format version. */
export const PERSONAL_ENVELOPE_VERSION = 1;

const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function base64Of(name: string, bytes?: number): t.Type<string, string, unknown> {
  const length = bytes === undefined ? undefined : 4 * Math.ceil(bytes / 3);
  return checkedString(
    name,
    (s) => STD_BASE64.test(s) && s.length > 0 && (length === undefined || s.length === length),
    bytes === undefined ? 'non-empty standard base64' : `standard base64 of ${bytes} bytes`,
  );
}

/** Codec of the body under `$personal` (version 1). */
export const SealedFieldBody = t.exact(
  t.type({
    v: t.literal(PERSONAL_ENVELOPE_VERSION),
    alg: t.literal(PERSONAL_ALG),
    subject: NonEmptyString,
    keyId: NonEmptyString,
    nonce: base64Of('Nonce', 12),
    ct: base64Of('Ciphertext'),
    tag: base64Of('AuthTag', 16),
  }),
  'SealedFieldBody',
);
export type SealedFieldBody = t.TypeOf<typeof SealedFieldBody>;

/** A sealed personal value: an object whose only key is `$personal`. */
export interface SealedField {
  readonly [PERSONAL_MARKER]: SealedFieldBody;
}

/** True when `u` is an object holding the `$personal` key (well-formed or not). */
export function isSealedFieldLike(u: unknown): u is { readonly [PERSONAL_MARKER]: unknown } {
  return typeof u === 'object' && u !== null && !Array.isArray(u) && Object.hasOwn(u, PERSONAL_MARKER);
}

/** An object holding `$personal` found in data, where it stands. */
export interface FoundSealedField {
  readonly path: JsonPath;
  readonly pointer: string;
  /** The whole object holding `$personal` (to be checked against the envelope codec). */
  readonly raw: { readonly [PERSONAL_MARKER]: unknown };
}

/**
 * Every object holding `$personal` in `data`, in document order, without looking inside them.
 * Catalogue-free: this is how exports and replays find sealed fields.
 */
export function findSealedFields(data: unknown): FoundSealedField[] {
  const out: FoundSealedField[] = [];
  const walk = (value: unknown, path: JsonPath): void => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
      return;
    }
    if (isSealedFieldLike(value)) {
      out.push({ path, pointer: toPointer(path), raw: value });
      return;
    }
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(data, []);
  return out;
}

/** True when `data` holds at least one sealed field. */
export function hasSealedFields(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  if (Array.isArray(data)) return data.some(hasSealedFields);
  if (isSealedFieldLike(data)) return true;
  return Object.keys(data).some((key) => hasSealedFields((data as Record<string, unknown>)[key]));
}

const MARKER_BYTES = Buffer.from(`"${PERSONAL_MARKER}"`, 'utf8');

/**
 * A cheap pre-check on canonical leaf bytes (or their text) for the replay hot path: false
 * means the leaf certainly holds no sealed field, so it need not be opened. True may be a
 * false alarm (e.g. a string value "$personal"); then open it. Sound for canonical (RFC 8785)
 * leaves, which never escape `$`; for other JSON use {@link hasSealedFields}.
 */
export function mayContainSealedData(leaf: Uint8Array | string): boolean {
  if (typeof leaf === 'string') return leaf.includes(`"${PERSONAL_MARKER}"`);
  return Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength).includes(MARKER_BYTES);
}

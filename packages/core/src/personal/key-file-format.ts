/**
 * The key store file format (version 1): one JSON document, readable by people and tools.
 *
 * ```json
 * {
 *   "format": "govledger-personal-keys",
 *   "version": 1,
 *   "subjects": [
 *     {"subject": "owner-7f3a", "currentKeyId": "Xb2…", "keys": [{"keyId": "Xb2…", "key": "<base64, 32 bytes>"}]}
 *   ],
 *   "erased": [{"subject": "owner-1c09", "keyIds": ["q9T…"]}]
 * }
 * ```
 * `keys` are oldest first; `erased` holds tombstones: ids only, never key bytes. Parsing
 * checks every key's length and id, so a damaged file is refused rather than half-used.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { decodeJsonText } from '../decode-error.ts';
import { NonEmptyString } from '../envelope.ts';
import type { KeyRingSnapshot } from './key-ring.ts';
import { keyIdOf, SUBJECT_KEY_BYTES } from './key-material.ts';

/** The `format` value that identifies a govledger key store file. */
export const KEY_FILE_FORMAT = 'govledger-personal-keys';

const KeyFile = t.type(
  {
    format: t.literal(KEY_FILE_FORMAT),
    version: t.literal(1),
    subjects: t.array(
      t.type({
        subject: NonEmptyString,
        currentKeyId: t.string,
        keys: t.array(t.type({ keyId: t.string, key: t.string })),
      }),
    ),
    erased: t.array(t.type({ subject: NonEmptyString, keyIds: t.array(t.string) })),
  },
  'KeyFile',
);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Reads a key store file's text; the reason names the first problem found. */
export function parseKeyFile(text: string): Either<string, KeyRingSnapshot> {
  const decoded = decodeJsonText(KeyFile, text);
  if (isLeft(decoded)) return decoded;
  const file = decoded.right;
  const seen = new Set<string>();
  const subjects: KeyRingSnapshot['subjects'][number][] = [];
  for (const s of file.subjects) {
    if (seen.has(s.subject)) return left(`subject ${s.subject} appears twice`);
    seen.add(s.subject);
    const keys: { keyId: string; key: Uint8Array }[] = [];
    for (const k of s.keys) {
      const bytes = Buffer.from(k.key, 'base64');
      if (!BASE64.test(k.key) || bytes.length !== SUBJECT_KEY_BYTES) {
        return left(`key ${k.keyId} of subject ${s.subject} is not ${SUBJECT_KEY_BYTES} bytes of base64`);
      }
      if (keyIdOf(bytes) !== k.keyId) return left(`key ${k.keyId} of subject ${s.subject} does not match its id`);
      keys.push({ keyId: k.keyId, key: bytes });
    }
    if (!keys.some((k) => k.keyId === s.currentKeyId)) {
      return left(`subject ${s.subject}: current key ${s.currentKeyId} is not among its keys`);
    }
    subjects.push({ subject: s.subject, currentKeyId: s.currentKeyId, keys });
  }
  for (const e of file.erased) {
    if (seen.has(e.subject)) return left(`subject ${e.subject} is both live and erased, or erased twice`);
    seen.add(e.subject);
  }
  return right({ subjects, erased: file.erased });
}

/** How every key store file begins: `serializeKeyFile` writes `format` as the first member. */
const KEY_FILE_HEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${KEY_FILE_FORMAT}"`);

/**
 * True when `head` (the first few hundred bytes of a file, as text) begins the way a key
 * store file does: a cheap check for a wrong file, e.g. at a server's start-up, before the
 * whole file is parsed. A true answer says nothing of the rest of the file.
 */
export function isKeyFileHead(head: string): boolean {
  return KEY_FILE_HEAD.test(head);
}

/** The file text of a key ring snapshot (stable key order, one trailing newline). */
export function serializeKeyFile(snapshot: KeyRingSnapshot): string {
  const file: t.TypeOf<typeof KeyFile> = {
    format: KEY_FILE_FORMAT,
    version: 1,
    subjects: snapshot.subjects.map((s) => ({
      subject: s.subject,
      currentKeyId: s.currentKeyId,
      keys: s.keys.map((k) => ({ keyId: k.keyId, key: Buffer.from(k.key).toString('base64') })),
    })),
    erased: snapshot.erased.map((e) => ({ subject: e.subject, keyIds: [...e.keyIds] })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

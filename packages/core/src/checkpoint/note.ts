/**
 * C2SP signed notes (c2sp.org/signed-note) with Ed25519 signatures: text ending in a
 * newline, a blank line, then one line per signature `— <name> <base64(key id || signature)>`.
 * Opening follows the spec and Go's `note.Open`: signatures by unknown keys are ignored,
 * a failing signature by a trusted key rejects the whole note, and at least one trusted
 * signature must verify.
 */
import { sign, verify } from 'node:crypto';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { decodeBase64Strict } from '../merkle/base64.ts';
import type { NoteError, NoteMalformed } from './errors.ts';
import { ED25519_SIGNATURE_TYPE, type SignerKey, type VerifierKey } from './keys.ts';
import { isValidKeyName, noteTextProblem } from './note-rules.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** The start of every signature line: em dash (U+2014) and a space. */
export const SIGNATURE_PREFIX = '\u2014 ';

/** Most signature lines {@link openNote} reads (the spec requires at least 16; Go allows 100). */
export const MAX_SIGNATURES = 100;

/** One signature line of a note. */
export interface NoteSignature {
  readonly name: string;
  /** uint32 key id from the first 4 signature bytes. */
  readonly keyId: number;
  /** The line's base64 field, exactly as written (key id || signature). */
  readonly base64: string;
}

/** A note whose signatures were checked. */
export interface OpenedNote {
  /** The signed text, ending in a newline. Trust it only because `signatures` is non-empty. */
  readonly body: string;
  /** Signatures by trusted keys, all verified, in note order (one per key). */
  readonly signatures: readonly NoteSignature[];
  /** Signatures by keys the caller did not pass, unchecked. */
  readonly unverified: readonly NoteSignature[];
}

/**
 * Signs `body` (which must end with a newline and contain no control character but newline)
 * with each signer, returning the note text. A bad body is a bug: it throws a RangeError.
 *
 * @example signNote('hello\n', signer) // 'hello\n\n— example.com/k AbCd…=\n'
 */
export function signNote(body: string, signers: SignerKey | readonly SignerKey[]): string {
  if (!body.endsWith('\n')) throw coreError('GL_NOTE_INPUT_INVALID', 'note body must end with a newline');
  const problem = noteTextProblem(body);
  if (problem !== undefined) throw coreError('GL_NOTE_INPUT_INVALID', `note body: ${problem}`);
  const list: readonly SignerKey[] = Array.isArray(signers) ? signers : [signers as SignerKey];
  if (list.length === 0) throw coreError('GL_NOTE_INPUT_INVALID', 'signNote needs at least one signer');
  const message = Buffer.from(body, 'utf8');
  const lines = list.map((signer) => {
    if (!isValidKeyName(signer.name))
      throw coreError('GL_NOTE_INPUT_INVALID', `signer name ${JSON.stringify(signer.name)} is not a valid key name`);
    if ((signer.type ?? ED25519_SIGNATURE_TYPE) !== ED25519_SIGNATURE_TYPE)
      throw coreError('GL_NOTE_INPUT_INVALID', `signer ${signer.name} is a cosigner key: cosign with cosignature.ts`);
    const id = Buffer.alloc(4);
    id.writeUInt32BE(signer.keyId);
    const signature = Buffer.concat([id, sign(null, message, signer.privateKey)]).toString('base64');
    return `${SIGNATURE_PREFIX}${signer.name} ${signature}\n`;
  });
  return `${body}\n${lines.join('')}`;
}

const malformed = (reason: string): Either<NoteMalformed, never> => left({ _tag: 'NoteMalformed', reason });
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** One signature line of a note as read, before any key was checked. */
export interface ParsedSignature extends NoteSignature {
  /** The decoded base64 field: the 4-byte key id, then the signature bytes. */
  readonly bytes: Buffer;
}

/** A note split into its signed text and its signature lines, nothing verified yet. */
export interface ParsedNote {
  /** The text the signatures sign, ending in a newline. */
  readonly body: string;
  readonly signatures: readonly ParsedSignature[];
}

/**
 * Splits a signed note into its text and signature lines, checking the C2SP signed-note
 * format (UTF-8, no control characters but newline, the last blank line, `— <name> <base64>`
 * lines); no signature is verified. Cosignature checks and {@link openNote} build on it.
 */
export function parseNote(note: string | Uint8Array): Either<NoteMalformed, ParsedNote> {
  let text: string;
  if (typeof note === 'string') {
    text = note;
  } else {
    try {
      text = UTF8.decode(note);
    } catch {
      return malformed('note is not valid UTF-8');
    }
  }
  const problem = noteTextProblem(text);
  if (problem !== undefined) return malformed(problem);
  const split = text.lastIndexOf('\n\n');
  if (split < 0) return malformed('no blank line separates the text from the signatures');
  const body = text.slice(0, split + 1);
  const block = text.slice(split + 2);
  if (block === '') return malformed('no signature lines after the blank line');
  if (!block.endsWith('\n')) return malformed('the last signature line does not end with a newline');
  const firstLine = body.split('\n').length + 1;
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) return malformed(`more than ${MAX_SIGNATURES} signature lines`);
  const signatures: ParsedSignature[] = [];
  for (const [i, line] of lines.entries()) {
    const where = `signature line ${firstLine + i}`;
    if (!line.startsWith(SIGNATURE_PREFIX)) return malformed(`${where} does not start with "— "`);
    const rest = line.slice(SIGNATURE_PREFIX.length);
    const space = rest.indexOf(' ');
    const name = space < 0 ? rest : rest.slice(0, space);
    const base64 = space < 0 ? '' : rest.slice(space + 1);
    if (!isValidKeyName(name)) return malformed(`${where} has an invalid key name ${JSON.stringify(name)}`);
    const bytes = decodeBase64Strict(base64);
    if (base64 === '' || bytes === undefined) return malformed(`${where} has no valid base64 signature`);
    if (bytes.length < 5) return malformed(`${where} signature is shorter than a key id and one byte`);
    signatures.push({ name, keyId: bytes.readUInt32BE(0), base64, bytes });
  }
  return right({ body, signatures });
}

/**
 * Opens a signed note with the keys the caller trusts: every signature by a trusted key
 * (same name and key id) must verify and at least one must exist; others are reported as
 * `unverified`. Only Ed25519 note keys (type 0x01) are used: witness cosignatures are checked
 * by `cosignature.ts`. Expected failures (tampering, wrong key, bad format) are values.
 */
export function openNote(note: string | Uint8Array, verifiers: readonly VerifierKey[]): Either<NoteError, OpenedNote> {
  const parsed = parseNote(note);
  if (parsed._tag === 'Left') return parsed;
  const { body } = parsed.right;
  const noteKeys = verifiers.filter((v) => (v.type ?? ED25519_SIGNATURE_TYPE) === ED25519_SIGNATURE_TYPE);
  const signatures: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seen = new Set<string>();
  const message = Buffer.from(body, 'utf8');
  for (const { name, keyId, base64, bytes } of parsed.right.signatures) {
    const signature: NoteSignature = { name, keyId, base64 };
    const trusted = noteKeys.find((v) => v.name === name && v.keyId === keyId);
    const key = `${name}+${keyId}`;
    if (trusted === undefined) {
      if (!unverified.some((u) => u.name === name && u.base64 === base64)) unverified.push(signature);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    if (!verifies(message, bytes.subarray(4), trusted)) {
      return left({ _tag: 'SignatureInvalid', name, keyId });
    }
    signatures.push(signature);
  }
  if (signatures.length === 0) {
    return left({ _tag: 'UnknownSigner', signers: unverified.map(({ name, keyId }) => ({ name, keyId })) });
  }
  return right({ body, signatures, unverified });
}

/** Whether `signature` is `verifier`'s Ed25519 signature of `message` (never throws). */
export function verifies(message: Buffer, signature: Buffer, verifier: VerifierKey): boolean {
  try {
    return verify(null, message, verifier.key, signature);
  } catch {
    return false;
  }
}

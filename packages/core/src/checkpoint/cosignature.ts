/**
 * C2SP tlog-cosignature v1 with Ed25519 (c2sp.org/tlog-cosignature): a witness's timestamped
 * statement that, as of `time`, the checkpoint is the largest consistent tree head it has
 * seen for the log. A cosignature is a note signature line by a key of signature type 0x04,
 * whose bytes are `key id (4) || timestamp (u64 big-endian) || Ed25519 signature (64)` over
 *
 *     cosignature/v1\n
 *     time <timestamp>\n
 *     <the whole checkpoint note text>
 */
import { sign } from 'node:crypto';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { NoteMalformed } from './errors.ts';
import type { SignerKey, VerifierKey } from './keys.ts';
import { parseNote, SIGNATURE_PREFIX, verifies } from './note.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** The signature type byte of Ed25519 cosignatures (tlog-cosignature v1). */
export const COSIGNATURE_V1_TYPE = 0x04;

/** Bytes of a v1 cosignature after its key id: an 8-byte timestamp and a 64-byte signature. */
const TIMESTAMPED_BYTES = 8 + 64;

/** The largest timestamp the spec allows (2^63 - 1), as a bigint. */
const MAX_TIMESTAMP = (1n << 63n) - 1n;

/** One verified cosignature: who cosigned, and when (POSIX seconds). */
export interface Cosignature {
  readonly name: string;
  readonly keyId: number;
  /** Seconds since the Epoch, as the witness stated it. */
  readonly timestamp: number;
  /** The signature line, newline included, exactly as it appears in the note. */
  readonly line: string;
}

/** A signature line by a trusted witness key whose cosignature does not verify. */
export interface CosignatureInvalid {
  readonly _tag: 'CosignatureInvalid';
  readonly name: string;
  readonly keyId: number;
  readonly reason: string;
}

/**
 * The exact message a v1 cosignature signs over a checkpoint note text (`body`, ending in
 * a newline, without signature lines).
 *
 * @example cosignatureMessage('example.com/log\n2\nAbC…=\n', 1679315147)
 * // 'cosignature/v1\ntime 1679315147\nexample.com/log\n2\nAbC…=\n'
 */
export function cosignatureMessage(body: string, timestamp: number): Buffer {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw coreError(
      'GL_ARGUMENT_OUT_OF_RANGE',
      `cosignature timestamp must be a non-negative integer, got ${timestamp}`,
    );
  }
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${body}`, 'utf8');
}

/**
 * The cosignature line (`— <name> <base64>\n`) of `cosigner` (a type 0x04 key) over the
 * checkpoint text `body` at `timestamp` (POSIX seconds). A key of another type is a bug.
 */
export function cosign(body: string, cosigner: SignerKey, timestamp: number): string {
  if (cosigner.type !== COSIGNATURE_V1_TYPE) {
    throw coreError('GL_NOTE_INPUT_INVALID', `cosigner ${cosigner.name} is not a cosignature key (type 0x04)`);
  }
  const head = Buffer.alloc(12);
  head.writeUInt32BE(cosigner.keyId, 0);
  head.writeBigUInt64BE(BigInt(timestamp), 4);
  const signature = sign(null, cosignatureMessage(body, timestamp), cosigner.privateKey);
  return `${SIGNATURE_PREFIX}${cosigner.name} ${Buffer.concat([head, signature]).toString('base64')}\n`;
}

/**
 * Checks the cosignatures of `note` by the `witnesses` it trusts (type 0x04 keys); lines by
 * other keys are ignored, as the spec requires. A line by a trusted witness (same name and
 * key id) that does not verify is an error, never silently dropped. One cosignature per
 * witness is reported (the first).
 */
export function verifyCosignatures(
  note: string | Uint8Array,
  witnesses: readonly VerifierKey[],
): Either<NoteMalformed | CosignatureInvalid, readonly Cosignature[]> {
  const parsed = parseNote(note);
  if (parsed._tag === 'Left') return parsed;
  const found: Cosignature[] = [];
  for (const signature of parsed.right.signatures) {
    const witness = witnesses.find(
      (w) => w.type === COSIGNATURE_V1_TYPE && w.name === signature.name && w.keyId === signature.keyId,
    );
    if (witness === undefined || found.some((f) => f.name === witness.name && f.keyId === witness.keyId)) continue;
    const invalid = (reason: string) =>
      left<CosignatureInvalid>({ _tag: 'CosignatureInvalid', name: signature.name, keyId: signature.keyId, reason });
    if (signature.bytes.length !== 4 + TIMESTAMPED_BYTES) {
      return invalid(`is ${signature.bytes.length - 4} bytes after the key id, not ${TIMESTAMPED_BYTES}`);
    }
    const timestamp = signature.bytes.readBigUInt64BE(4);
    if (timestamp > MAX_TIMESTAMP) return invalid('has a timestamp above 2^63 - 1');
    if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return invalid('has a timestamp beyond any plausible time');
    const message = cosignatureMessage(parsed.right.body, Number(timestamp));
    if (!verifies(message, signature.bytes.subarray(12), witness)) return invalid('does not verify');
    found.push({
      name: signature.name,
      keyId: signature.keyId,
      timestamp: Number(timestamp),
      line: `${SIGNATURE_PREFIX}${signature.name} ${signature.base64}\n`,
    });
  }
  return right(found);
}

/** The message for a cosignature failure, naming the witness and key. */
export function describeCosignatureInvalid(error: CosignatureInvalid): string {
  return `cosignature by ${error.name} (key ${error.keyId.toString(16).padStart(8, '0')}) ${error.reason}`;
}

/**
 * `note` with `lines` (signature lines ending in newlines) appended after its existing
 * signatures, skipping lines it already holds: how a log adds the cosignatures witnesses
 * returned to its own view of the checkpoint.
 */
export function addSignatureLines(note: string, lines: readonly string[]): string {
  let out = note;
  for (const line of lines) {
    if (!line.startsWith(SIGNATURE_PREFIX) || !line.endsWith('\n') || line.slice(0, -1).includes('\n')) {
      throw coreError('GL_NOTE_INPUT_INVALID', 'each signature line must be one "— " line ending in a newline');
    }
    if (!out.includes(`\n${line}`)) out += line;
  }
  return out;
}

/**
 * Whether `candidate` is `stored` with zero or more signature lines appended: the only way a
 * stored checkpoint note may change (cosignatures added), never its text nor its signatures.
 */
export function extendsNote(stored: string, candidate: string): boolean {
  if (!candidate.startsWith(stored) || !stored.endsWith('\n')) return false;
  const added = candidate.slice(stored.length);
  if (added === '') return true;
  if (!added.endsWith('\n')) return false;
  return added
    .slice(0, -1)
    .split('\n')
    .every((line) => line.startsWith(SIGNATURE_PREFIX) && line.length > SIGNATURE_PREFIX.length);
}

/**
 * C2SP tlog-checkpoints (c2sp.org/tlog-checkpoint): the note body
 * `<origin>\n<size>\n<base64 root>\n` (plus optional non-empty extension lines) that a log
 * signs to commit to its tree head, and its signed form.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { decodeHash, encodeHash } from '../merkle/base64.ts';
import { HASH_BYTES } from '../merkle/hash.ts';
import type { CheckpointError, CheckpointMalformed } from './errors.ts';
import type { SignerKey, VerifierKey } from './keys.ts';
import { type NoteSignature, openNote, signNote } from './note.ts';
import { noteTextProblem } from './note-rules.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** A log's tree head as a checkpoint states it. */
export interface Checkpoint {
  /** The log's identity, e.g. `ledger.example.gov/zjg`; the signing key is usually named the same. */
  readonly origin: string;
  /** Number of entries (leaves). */
  readonly size: number;
  /** The raw 32-byte RFC 6962 root of the first `size` entries. */
  readonly root: Uint8Array;
  /** Extra lines after the root (opaque, NOT RECOMMENDED by the spec); absent means none. */
  readonly extensions?: readonly string[];
}

/** A checkpoint whose note signature verified with a trusted key. */
export interface OpenedCheckpoint {
  readonly checkpoint: Checkpoint;
  /** Verified signatures by trusted keys. */
  readonly signatures: readonly NoteSignature[];
  /** Signatures by other keys (e.g. witnesses the caller did not pass), unchecked. */
  readonly unverified: readonly NoteSignature[];
}

/**
 * The checkpoint note body. Throws a RangeError for a checkpoint no spec-following reader
 * would accept (empty or multi-line origin, bad size, root not 32 bytes): that is a bug.
 *
 * @example formatCheckpoint({ origin: 'example.com/log', size: 2, root }) // 'example.com/log\n2\n+sVC…=\n'
 */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, root, extensions = [] } = checkpoint;
  if (origin === '' || origin.includes('\n'))
    throw coreError('GL_NOTE_INPUT_INVALID', 'origin must be one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0)
    throw coreError('GL_NOTE_INPUT_INVALID', `size must be a safe integer >= 0, got ${size}`);
  if (root.length !== HASH_BYTES)
    throw coreError('GL_NOTE_INPUT_INVALID', `root must be ${HASH_BYTES} bytes, got ${root.length}`);
  for (const line of extensions) {
    if (line === '' || line.includes('\n'))
      throw coreError('GL_NOTE_INPUT_INVALID', 'each extension must be one non-empty line');
  }
  const body = [origin, String(size), encodeHash(root), ...extensions].map((line) => `${line}\n`).join('');
  const problem = noteTextProblem(body);
  if (problem !== undefined) throw coreError('GL_NOTE_INPUT_INVALID', `checkpoint: ${problem}`);
  return body;
}

const malformed = (reason: string): Either<CheckpointMalformed, never> => left({ _tag: 'CheckpointMalformed', reason });

/**
 * Parses a checkpoint body strictly: at least three lines each ending in a newline, a
 * non-empty origin, a decimal size without leading zeros, a canonical base64 32-byte root
 * and only non-empty extension lines.
 */
export function parseCheckpoint(body: string): Either<CheckpointMalformed, Checkpoint> {
  const problem = noteTextProblem(body);
  if (problem !== undefined) return malformed(problem);
  if (!body.endsWith('\n')) return malformed('the body must end with a newline');
  const lines = body.slice(0, -1).split('\n');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (origin === undefined || sizeText === undefined || rootText === undefined) {
    return malformed(`expected at least 3 lines (origin, size, root), got ${lines.length}`);
  }
  if (origin === '') return malformed('line 1 (origin) is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) {
    return malformed(`line 2 (size) must be a decimal number without leading zeros, got ${JSON.stringify(sizeText)}`);
  }
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) return malformed(`line 2 (size) ${sizeText} is too large`);
  const root = decodeHash(rootText);
  if (root === undefined) return malformed('line 3 (root) is not a base64 SHA-256 hash');
  const empty = extensions.indexOf('');
  if (empty >= 0) return malformed(`line ${empty + 4} (extension) is empty`);
  return right(extensions.length === 0 ? { origin, size, root } : { origin, size, root, extensions });
}

/** The signed checkpoint note of `checkpoint`, signed by each signer (a RangeError for a bad checkpoint). */
export function signCheckpoint(checkpoint: Checkpoint, signers: SignerKey | readonly SignerKey[]): string {
  return signNote(formatCheckpoint(checkpoint), signers);
}

/**
 * Opens a signed checkpoint with the caller's trusted keys and parses its body. The caller
 * still compares origin, size and root with what it expects (e.g. the recomputed root).
 */
export function openCheckpoint(
  note: string | Uint8Array,
  verifiers: readonly VerifierKey[],
): Either<CheckpointError, OpenedCheckpoint> {
  const opened = openNote(note, verifiers);
  if (isLeft(opened)) return opened;
  const parsed = parseCheckpoint(opened.right.body);
  if (isLeft(parsed)) return parsed;
  return right({ checkpoint: parsed.right, signatures: opened.right.signatures, unverified: opened.right.unverified });
}

/**
 * The signed state note (format v1, docs/audit.md): a second C2SP signed note, beside the
 * log's checkpoint, that binds a state root to the log prefix it was computed from:
 *
 * ```
 * <origin>/state/v1
 * <log size>
 * <base64 log root>
 * <record count>
 * <base64 state root>
 * ```
 *
 * A separate note, not an extension line of the checkpoint: C2SP tlog-checkpoint calls
 * extension lines NOT RECOMMENDED (monitors cannot audit them, tlog-cosignature does not
 * sign them), and witnesses that know nothing of state keep cosigning the plain checkpoint.
 * Read as a checkpoint by mistake, a state note names a log `<origin>/state/v1` at the same
 * size and root as the real checkpoint, so it cannot pass for a different log head.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { CheckpointError, CheckpointMalformed } from '../checkpoint/errors.ts';
import type { SignerKey, VerifierKey } from '../checkpoint/keys.ts';
import { type NoteSignature, openNote, signNote } from '../checkpoint/note.ts';
import { decodeHash, encodeHash } from '../merkle/base64.ts';
import { HASH_BYTES } from '../merkle/hash.ts';
import { coreError } from '../errors/thrown-errors.ts';
import { STATE_FORMAT_VERSION } from './state-leaf.ts';

/** What a state note states: a state root and the log head (size, root) its states follow. */
export interface StateCommitmentHead {
  /** The log's origin, as its checkpoints name it. */
  readonly origin: string;
  readonly size: number;
  /** The raw 32-byte log root at `size`. */
  readonly logRoot: Uint8Array;
  /** Number of records (leaves) of the state tree. */
  readonly records: number;
  /** The raw 32-byte state root at `size`. */
  readonly stateRoot: Uint8Array;
}

/** A state note whose signature verified with a trusted key. */
export interface OpenedStateNote {
  readonly head: StateCommitmentHead;
  readonly signatures: readonly NoteSignature[];
  readonly unverified: readonly NoteSignature[];
}

const SUFFIX = `/state/v${STATE_FORMAT_VERSION}`;

/** The state note body of `head` (a RangeError for a head no reader would accept: a bug). */
export function formatStateNote(head: StateCommitmentHead): string {
  const { origin, size, logRoot, records, stateRoot } = head;
  if (origin === '' || origin.includes('\n')) throw coreError('GL_NOTE_INPUT_INVALID', 'origin must be one line');
  for (const [name, count] of [
    ['size', size],
    ['records', records],
  ] as const) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw coreError('GL_NOTE_INPUT_INVALID', `${name} must be a safe integer >= 0, got ${count}`);
    }
  }
  if (logRoot.length !== HASH_BYTES || stateRoot.length !== HASH_BYTES) {
    throw coreError('GL_NOTE_INPUT_INVALID', `roots must be ${HASH_BYTES} bytes`);
  }
  return `${origin}${SUFFIX}\n${size}\n${encodeHash(logRoot)}\n${records}\n${encodeHash(stateRoot)}\n`;
}

const malformed = (reason: string): Either<CheckpointMalformed, never> =>
  left({ _tag: 'CheckpointMalformed', reason: `state note: ${reason}` });

const COUNT = /^(0|[1-9][0-9]*)$/;

/** Parses a state note body strictly (exactly five lines, see the module comment). */
export function parseStateNote(body: string): Either<CheckpointMalformed, StateCommitmentHead> {
  if (!body.endsWith('\n')) return malformed('the body must end with a newline');
  const lines = body.slice(0, -1).split('\n');
  if (lines.length !== 5) return malformed(`expected 5 lines, got ${lines.length}`);
  const [first, sizeText, logRootText, recordsText, stateRootText] = lines as [string, string, string, string, string];
  if (!first.endsWith(SUFFIX) || first.length === SUFFIX.length) {
    return malformed(`line 1 must be <origin>${SUFFIX}, got ${JSON.stringify(first)}`);
  }
  if (!COUNT.test(sizeText)) return malformed('line 2 (log size) is not a decimal count');
  if (!COUNT.test(recordsText)) return malformed('line 4 (records) is not a decimal count');
  const size = Number(sizeText);
  const records = Number(recordsText);
  if (!Number.isSafeInteger(size) || !Number.isSafeInteger(records)) return malformed('a count is too large');
  const logRoot = decodeHash(logRootText);
  if (logRoot === undefined) return malformed('line 3 (log root) is not a base64 SHA-256 hash');
  const stateRoot = decodeHash(stateRootText);
  if (stateRoot === undefined) return malformed('line 5 (state root) is not a base64 SHA-256 hash');
  return right({ origin: first.slice(0, -SUFFIX.length), size, logRoot, records, stateRoot });
}

/** The signed state note of `head`. */
export function signStateNote(head: StateCommitmentHead, signers: SignerKey | readonly SignerKey[]): string {
  return signNote(formatStateNote(head), signers);
}

/**
 * Opens a signed state note with trusted keys and parses it. The caller still checks that
 * the log size and root equal those of a checkpoint it verified, and compares the state
 * root with its own recomputation or uses it to check record proofs.
 */
export function openStateNote(
  note: string | Uint8Array,
  verifiers: readonly VerifierKey[],
): Either<CheckpointError, OpenedStateNote> {
  const opened = openNote(note, verifiers);
  if (isLeft(opened)) return opened;
  const parsed = parseStateNote(opened.right.body);
  if (isLeft(parsed)) return parsed;
  return right({ head: parsed.right, signatures: opened.right.signatures, unverified: opened.right.unverified });
}

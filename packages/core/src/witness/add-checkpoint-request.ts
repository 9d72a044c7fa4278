/**
 * The request body of tlog-witness `add-checkpoint` (c2sp.org/tlog-witness): an old size
 * line `old <N>`, zero to 63 base64 consistency proof lines, an empty line, then the signed
 * checkpoint note. Every line ends in a newline.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { decodeHash, encodeHash } from '../merkle/base64.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** The most consistency proof lines a client may send. */
export const MAX_PROOF_LINES = 63;

/** A parsed `add-checkpoint` request. */
export interface AddCheckpointRequest {
  /** The size of the latest checkpoint the client believes the witness cosigned (0 if none). */
  readonly oldSize: number;
  /** RFC 6962 consistency proof from `oldSize` to the checkpoint's size (raw 32-byte hashes). */
  readonly proof: readonly Uint8Array[];
  /** The signed checkpoint note, verbatim. */
  readonly note: string;
}

/** The request body for `request`. */
export function formatAddCheckpoint(request: AddCheckpointRequest): string {
  if (!Number.isSafeInteger(request.oldSize) || request.oldSize < 0) {
    throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `oldSize must be a non-negative integer, got ${request.oldSize}`);
  }
  if (request.proof.length > MAX_PROOF_LINES)
    throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `at most ${MAX_PROOF_LINES} proof lines`);
  return `old ${request.oldSize}\n${request.proof.map((h) => `${encodeHash(h)}\n`).join('')}\n${request.note}`;
}

/**
 * Parses an `add-checkpoint` body strictly; the reason names the line at fault. The note is
 * only split off here: its signatures and checkpoint are checked by the witness.
 */
export function parseAddCheckpoint(body: string): Either<string, AddCheckpointRequest> {
  const blank = body.indexOf('\n\n');
  if (blank < 0) return left('no empty line separates the old size and proof from the checkpoint');
  const lines = body.slice(0, blank).split('\n');
  const [oldLine, ...proofLines] = lines;
  const old = /^old (0|[1-9][0-9]*)$/.exec(oldLine ?? '');
  if (!old) return left(`line 1 must be "old <size>" without leading zeros, got ${JSON.stringify(oldLine)}`);
  const oldSize = Number(old[1]);
  if (!Number.isSafeInteger(oldSize)) return left(`line 1: old size ${old[1]} is too large`);
  if (proofLines.length > MAX_PROOF_LINES) {
    return left(`${proofLines.length} consistency proof lines; at most ${MAX_PROOF_LINES} are allowed`);
  }
  const proof: Uint8Array[] = [];
  for (const [i, line] of proofLines.entries()) {
    const hash = decodeHash(line);
    if (hash === undefined) return left(`line ${i + 2} is not a base64 SHA-256 hash`);
    proof.push(hash);
  }
  const note = body.slice(blank + 2);
  if (note === '') return left('no checkpoint after the empty line');
  return right({ oldSize, proof, note });
}

/**
 * What a tlog-witness does with one `add-checkpoint` request (c2sp.org/tlog-witness), as a
 * pure decision over the request, the logs it trusts and its latest cosigned tree head for
 * the checkpoint's origin. The statuses and their order are the spec's:
 * 400 malformed · 404 unknown origin · 403 no trusted log signature verifies · 400 old size
 * above the checkpoint size · 409 old size is not the latest cosigned size (answer that
 * size) · 422 consistency proof does not verify · 409 same size, another root · 200 cosign.
 * A witness applying it can never cosign a checkpoint inconsistent with one it cosigned.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Checkpoint, openCheckpoint } from '../checkpoint/checkpoint.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import type { VerifierKey } from '../checkpoint/keys.ts';
import { encodeHash } from '../merkle/base64.ts';
import { EMPTY_ROOT, hashEquals } from '../merkle/hash.ts';
import { verifyConsistency } from '../merkle/verify-proofs.ts';
import { type AddCheckpointRequest, parseAddCheckpoint } from './add-checkpoint-request.ts';

/** The latest tree head a witness cosigned for one log. */
export interface WitnessedHead {
  readonly size: number;
  /** Raw 32-byte root. */
  readonly root: Uint8Array;
}

/** A refusal: the HTTP status, and the reason sent as the body (or the size for a 409 on the old size). */
export interface WitnessRefusal {
  readonly _tag: 'Refused';
  readonly status: 400 | 403 | 404 | 409 | 422;
  readonly reason: string;
  /** Set for the 409 of a wrong old size: the latest cosigned size, answered as `text/x.tlog.size`. */
  readonly latestSize?: number;
  /** True when the request is evidence of log misbehaviour (signed by the log, yet inconsistent). */
  readonly evidence?: boolean;
}

/** An accepted checkpoint: the witness records it as its latest, then cosigns `body`. */
export interface WitnessAcceptance {
  readonly _tag: 'Accepted';
  readonly checkpoint: Checkpoint;
  /** The checkpoint note text the cosignature signs. */
  readonly body: string;
  readonly note: string;
}

/** The logs a witness follows: origin → the log's trusted verifier keys. */
export type WitnessedLogs = ReadonlyMap<string, readonly VerifierKey[]>;

const refuse = (
  status: WitnessRefusal['status'],
  reason: string,
  extra: Partial<WitnessRefusal> = {},
): Either<WitnessRefusal, never> => left({ _tag: 'Refused', status, reason, ...extra });

/** The first line of a note (its origin), or undefined when there is none. */
export function noteOrigin(note: string): string | undefined {
  const end = note.indexOf('\n');
  return end <= 0 ? undefined : note.slice(0, end);
}

/**
 * Decides one request body. `latestOf(origin)` is the witness's latest cosigned head for
 * that log (null when it never cosigned one); the caller must hold that log's lock from
 * reading it until it has persisted an acceptance.
 */
export function decideAddCheckpoint(
  body: string,
  logs: WitnessedLogs,
  latestOf: (origin: string) => WitnessedHead | null,
): Either<WitnessRefusal, WitnessAcceptance> {
  const parsed = parseAddCheckpoint(body);
  if (isLeft(parsed)) return refuse(400, parsed.left);
  return decideParsed(parsed.right, logs, latestOf);
}

function decideParsed(
  request: AddCheckpointRequest,
  logs: WitnessedLogs,
  latestOf: (origin: string) => WitnessedHead | null,
): Either<WitnessRefusal, WitnessAcceptance> {
  const origin = noteOrigin(request.note);
  const keys = origin === undefined ? undefined : logs.get(origin);
  if (origin === undefined || keys === undefined) {
    return refuse(404, `unknown log origin ${JSON.stringify(origin ?? '')}`);
  }
  const opened = openCheckpoint(request.note, keys);
  if (isLeft(opened)) {
    const reason = describeCheckpointError(opened.left);
    return opened.left._tag === 'NoteMalformed' || opened.left._tag === 'CheckpointMalformed'
      ? refuse(400, reason)
      : refuse(403, reason);
  }
  const { checkpoint } = opened.right;
  const { oldSize, proof } = request;
  if (oldSize > checkpoint.size) {
    return refuse(400, `old size ${oldSize} is above the checkpoint size ${checkpoint.size}`);
  }
  const latest = latestOf(origin);
  const latestSize = latest?.size ?? 0;
  if (oldSize !== latestSize) {
    return refuse(409, `the latest checkpoint cosigned for ${origin} has size ${latestSize}`, { latestSize });
  }
  const body = request.note.slice(0, request.note.lastIndexOf('\n\n') + 1);
  const accept = right<WitnessRefusal, WitnessAcceptance>({ _tag: 'Accepted', checkpoint, body, note: request.note });
  if (oldSize === 0) {
    if (proof.length !== 0) return refuse(422, 'the consistency proof must be empty when the old size is 0');
    if (checkpoint.size === 0 && !hashEquals(checkpoint.root, EMPTY_ROOT)) {
      return refuse(422, 'a checkpoint of size 0 must have the empty tree root', { evidence: true });
    }
    return accept;
  }
  const latestRoot = (latest as WitnessedHead).root;
  if (oldSize === checkpoint.size) {
    if (proof.length !== 0) return refuse(422, 'the consistency proof must be empty when the sizes are equal');
    if (!hashEquals(latestRoot, checkpoint.root)) {
      return refuse(409, `a checkpoint of size ${oldSize} with another root was cosigned before`, { evidence: true });
    }
    return accept;
  }
  const verified = verifyConsistency({
    from: oldSize,
    to: checkpoint.size,
    path: proof.map(encodeHash),
    fromRoot: encodeHash(latestRoot),
    toRoot: encodeHash(checkpoint.root),
  });
  if (isLeft(verified)) {
    return refuse(
      422,
      `the consistency proof from size ${oldSize} to ${checkpoint.size} does not verify: ${verified.left.reason}`,
      {
        evidence: true,
      },
    );
  }
  return accept;
}

/**
 * Evidence of log misbehaviour that anyone can check with the log's verifier key alone: two
 * checkpoints signed by the log that cannot both be true of one append-only log.
 *
 * - `split-view`: the same size with two roots; or a newer checkpoint whose tree, by a
 *   consistency proof that verifies against its own signed root, has at the older size a
 *   root other than the older checkpoint's (the log committed to two different histories);
 * - `rollback`: a checkpoint served as the latest after a larger one was (the log went back);
 *   the order is the monitor's observation, corroborated by witness cosignature times when
 *   the checkpoints carry them.
 * A file is JSON (`govledger-evidence/v1`) holding both signed notes verbatim.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { openCheckpoint } from '../checkpoint/checkpoint.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import { parseVerifierKey, type VerifierKey } from '../checkpoint/keys.ts';
import { encodeHash } from '../merkle/base64.ts';
import type { ConsistencyProof } from '../merkle/proof-types.ts';
import { verifyConsistency } from '../merkle/verify-proofs.ts';

/** The format tag of evidence files. */
export const EVIDENCE_FORMAT = 'govledger-evidence/v1';

/** One checkpoint as the monitor saw it. */
export interface Observation {
  /** ISO-8601 UTC time the monitor fetched it. */
  readonly at: string;
  readonly url: string;
  /** The signed note, verbatim. */
  readonly checkpoint: string;
}

/** A self-contained evidence file. */
export interface Evidence {
  readonly format: typeof EVIDENCE_FORMAT;
  readonly kind: 'split-view' | 'rollback';
  readonly origin: string;
  /** The log's verifier key the notes are signed with. */
  readonly logKey: string;
  /** The earlier observation first. */
  readonly observed: readonly [Observation, Observation];
  /** For a split view across sizes: the log's own proof binding the newer root to another older root. */
  readonly consistencyProof: ConsistencyProof | null;
  readonly explanation: string;
}

/**
 * Checks `evidence` with `logKey` (default: the key the file names — pass your own trusted
 * key to rely on it); returns the explanation of what it proves, or why it proves nothing.
 */
export function checkEvidence(evidence: Evidence, logKey?: VerifierKey): Either<string, string> {
  if (evidence.format !== EVIDENCE_FORMAT) return left(`not a ${EVIDENCE_FORMAT} file`);
  let key = logKey;
  if (key === undefined) {
    const parsed = parseVerifierKey(evidence.logKey);
    if (isLeft(parsed)) return left(`the log key in the file: ${parsed.left.reason}`);
    key = parsed.right;
  }
  const [first, second] = evidence.observed;
  const a = openCheckpoint(first.checkpoint, [key]);
  if (isLeft(a)) return left(`the first checkpoint: ${describeCheckpointError(a.left)}`);
  const b = openCheckpoint(second.checkpoint, [key]);
  if (isLeft(b)) return left(`the second checkpoint: ${describeCheckpointError(b.left)}`);
  const older = a.right.checkpoint;
  const newer = b.right.checkpoint;
  if (older.origin !== newer.origin) return left('the two checkpoints are of different logs');
  const rootA = encodeHash(older.root);
  const rootB = encodeHash(newer.root);
  if (evidence.kind === 'rollback') {
    if (newer.size >= older.size) return left(`no rollback: size ${older.size}, then ${newer.size}`);
    return right(
      `rollback: ${older.origin} served size ${older.size} (at ${first.at}), then size ${newer.size} as its latest (at ${second.at}); both signed by its key`,
    );
  }
  if (older.size === newer.size) {
    if (rootA === rootB) return left('the two checkpoints agree');
    return right(`split view: ${older.origin} signed two roots for size ${older.size}: ${rootA} and ${rootB}`);
  }
  const [small, large] = older.size < newer.size ? [older, newer] : [newer, older];
  const proof = evidence.consistencyProof;
  if (proof === null) return left('checkpoints of different sizes need the consistency proof that binds them');
  if (proof.from !== small.size || proof.to !== large.size || proof.toRoot !== encodeHash(large.root)) {
    return left('the consistency proof is not from the smaller checkpoint to the larger one');
  }
  const verified = verifyConsistency(proof);
  if (isLeft(verified)) return left(`the consistency proof does not verify: ${verified.left.reason}`);
  if (proof.fromRoot === encodeHash(small.root)) return left('the checkpoints are consistent');
  return right(
    `split view: ${small.origin} signed size ${small.size} with root ${encodeHash(small.root)}, and size ${large.size} whose tree has root ${proof.fromRoot} at size ${small.size}`,
  );
}

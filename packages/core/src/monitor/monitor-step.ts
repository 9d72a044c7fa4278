/**
 * One poll of a monitor: compare a newly fetched checkpoint with the last one kept, using a
 * consistency proof fetched from the log, and decide what happened. I/O (fetching, keeping
 * state, writing evidence) is the caller's.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { openCheckpoint } from '../checkpoint/checkpoint.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import { encodeVerifierKey, type VerifierKey } from '../checkpoint/keys.ts';
import { encodeHash } from '../merkle/base64.ts';
import type { ConsistencyProof } from '../merkle/proof-types.ts';
import { verifyConsistency } from '../merkle/verify-proofs.ts';
import { checkEvidence, EVIDENCE_FORMAT, type Evidence, type Observation } from './evidence.ts';

/** What one poll found. */
export type MonitorOutcome =
  | { readonly _tag: 'First'; readonly size: number }
  | { readonly _tag: 'Unchanged'; readonly size: number }
  | { readonly _tag: 'Advanced'; readonly from: number; readonly to: number }
  | { readonly _tag: 'Unverifiable'; readonly reason: string }
  | { readonly _tag: 'Misbehaviour'; readonly evidence: Evidence; readonly finding: string };

/** Fetches the log's consistency proof between two sizes, or null when it will not give one. */
export type ProofSource = (from: number, to: number) => Promise<ConsistencyProof | null>;

/** Compares `latest` with `kept` (null on the first poll). */
export async function monitorStep(
  logKey: VerifierKey,
  kept: Observation | null,
  latest: Observation,
  proofs: ProofSource,
): Promise<MonitorOutcome> {
  const opened = openCheckpoint(latest.checkpoint, [logKey]);
  if (isLeft(opened))
    return { _tag: 'Unverifiable', reason: `the checkpoint: ${describeCheckpointError(opened.left)}` };
  const now = opened.right.checkpoint;
  if (now.origin !== logKey.name) {
    return { _tag: 'Unverifiable', reason: `the checkpoint is for ${now.origin}, the key for ${logKey.name}` };
  }
  if (kept === null) return { _tag: 'First', size: now.size };
  const before = openCheckpoint(kept.checkpoint, [logKey]);
  if (isLeft(before)) return { _tag: 'Unverifiable', reason: 'the kept checkpoint no longer opens with the key' };
  const was = before.right.checkpoint;
  const evidence = (kind: Evidence['kind'], proof: ConsistencyProof | null, explanation: string): Evidence => ({
    format: EVIDENCE_FORMAT,
    kind,
    origin: now.origin,
    logKey: encodeVerifierKey(logKey),
    observed: [kept, latest],
    consistencyProof: proof,
    explanation,
  });
  const found = (e: Evidence): MonitorOutcome => {
    const checked = checkEvidence(e, logKey);
    return { _tag: 'Misbehaviour', evidence: e, finding: isLeft(checked) ? e.explanation : checked.right };
  };
  if (now.size < was.size) {
    return found(evidence('rollback', null, `the latest checkpoint went from size ${was.size} back to ${now.size}`));
  }
  if (now.size === was.size) {
    if (encodeHash(now.root) === encodeHash(was.root)) return { _tag: 'Unchanged', size: now.size };
    return found(evidence('split-view', null, `two roots for size ${now.size}`));
  }
  const proof = was.size === 0 ? null : await proofs(was.size, now.size);
  if (was.size === 0) return { _tag: 'Advanced', from: 0, to: now.size };
  if (proof === null || proof.from !== was.size || proof.to !== now.size || proof.toRoot !== encodeHash(now.root)) {
    return { _tag: 'Unverifiable', reason: `the log gave no consistency proof from size ${was.size} to ${now.size}` };
  }
  if (isLeft(verifyConsistency(proof))) {
    return {
      _tag: 'Unverifiable',
      reason: `the log's consistency proof from ${was.size} to ${now.size} does not verify`,
    };
  }
  if (proof.fromRoot !== encodeHash(was.root)) {
    return found(evidence('split-view', proof, `size ${now.size} does not extend the kept size ${was.size}`));
  }
  return { _tag: 'Advanced', from: was.size, to: now.size };
}

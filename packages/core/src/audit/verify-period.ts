/**
 * Verification proportional to a period: that the entries of one period, rehashed from their
 * stored bytes, are exactly entries `fromSize … toSize − 1` of the tree a signed checkpoint
 * commits to, and that the newest checkpoint stored at or before the period's start is
 * extended by it. The cost is the period's entries plus a few proofs — not the whole ledger,
 * which `verifyLedger` rehashes.
 *
 * Why it is enough for the period: the left edge of the tree at `fromSize` (its perfect
 * subtrees, read from the store) extended with the rehashed period leaves gives a root for
 * `toSize`; a consistency proof from that root to the signed root shows that this tree of
 * `toSize` leaves is a prefix of the signed one. Were any period entry altered, removed or
 * reordered, or a stored subtree replaced, the recomputed root would differ and no proof
 * could join it to the signed root (SHA-256 being collision resistant).
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { openCheckpoint } from '../checkpoint/checkpoint.ts';
import type { VerifierKey } from '../checkpoint/keys.ts';
import { decodeHash } from '../merkle/base64.ts';
import { MerkleFrontier } from '../merkle/frontier.ts';
import { hashEquals, leafHash } from '../merkle/hash.ts';
import { frontierSubtrees } from '../merkle/subtree-layout.ts';
import { verifyConsistency } from '../merkle/verify-proofs.ts';
import type { EventStore } from '../store.ts';
import type { AuditProgress } from './audit-problem.ts';

/** What {@link verifyPeriod} checks against: the period and the signed tree (size and root). */
export interface VerifyPeriodOptions {
  readonly fromSize: number;
  readonly toSize: number;
  readonly checkpointSize: number;
  readonly signedRoot: Uint8Array;
  /** The log's verifier key, to open the checkpoint stored at the period's start. */
  readonly verifier: VerifierKey;
  readonly onProgress?: AuditProgress;
}

/** The outcome: sound, or the first problem found, with the entries rehashed. */
export interface PeriodVerification {
  readonly ok: boolean;
  readonly entriesChecked: number;
  /** The stored checkpoint at or before the period's start that was shown to be extended (its size). */
  readonly startCheckpointSize: number | null;
  readonly problem: string | null;
}

/**
 * Rehashes the period's entries and proves them part of the signed tree.
 *
 * @example
 * await verifyPeriod(store, { fromSize: 788_074, toSize: 890_852, checkpointSize: 900_000, signedRoot, verifier });
 */
export async function verifyPeriod(store: EventStore, options: VerifyPeriodOptions): Promise<PeriodVerification> {
  const { fromSize, checkpointSize, signedRoot } = options;
  const toSize = Math.min(options.toSize, checkpointSize);
  const fail = (entriesChecked: number, problem: string, startCheckpointSize: number | null = null) => ({
    ok: false,
    entriesChecked,
    startCheckpointSize,
    problem,
  });
  if (fromSize > toSize) return fail(0, `the period starts at ${fromSize}, after the checkpoint's ${checkpointSize}`);

  const start = await startCheckpoint(store, options);
  if (typeof start === 'string') return fail(0, start);

  const hashes = new Map<string, Uint8Array>();
  for (const { level, index } of frontierSubtrees(fromSize)) {
    const [hash] = await store.log.subtreeHashes(level, index, 1);
    if (!hash) return fail(0, `the stored tree has no subtree at level ${level} index ${index}`, start);
    hashes.set(`${level}/${index}`, hash);
  }
  const frontier = MerkleFrontier.fromReader((level, index) => hashes.get(`${level}/${index}`)!, fromSize);
  const total = toSize - fromSize;
  const tick = Math.max(1, Math.floor(total / 100));
  let expected = fromSize;
  for await (const { index, leaf } of store.readLeaves(fromSize, toSize)) {
    if (index !== expected) return fail(expected - fromSize, `entry ${expected} is missing from the store`, start);
    frontier.append(leafHash(leaf));
    expected++;
    if (options.onProgress && (expected - fromSize) % tick === 0) options.onProgress(expected - fromSize, total);
  }
  const checked = expected - fromSize;
  if (expected !== toSize) return fail(checked, `entry ${expected} is missing from the store`, start);

  const root = frontier.root();
  if (toSize === checkpointSize) {
    return hashEquals(root, signedRoot)
      ? { ok: true, entriesChecked: checked, startCheckpointSize: start, problem: null }
      : fail(checked, "the period's entries do not hash into the checkpoint's root: an entry was altered", start);
  }
  const proof = await store.log.consistencyProof(toSize, checkpointSize);
  const valid = verifyConsistency(proof);
  if (isLeft(valid)) return fail(checked, `the consistency proof to the checkpoint fails: ${valid.left.reason}`, start);
  if (!sameHash(proof.fromRoot, root)) {
    return fail(checked, "the period's entries do not hash into the checkpoint's tree: an entry was altered", start);
  }
  if (!sameHash(proof.toRoot, signedRoot)) {
    return fail(checked, "the consistency proof does not end at the checkpoint's root", start);
  }
  return { ok: true, entriesChecked: checked, startCheckpointSize: start, problem: null };
}

/**
 * Opens the newest stored checkpoint at or before the period's start and checks that the
 * signed tree extends it. Returns its size (null when there is none), or what is wrong.
 */
async function startCheckpoint(store: EventStore, options: VerifyPeriodOptions): Promise<number | null | string> {
  const stored = (await store.log.checkpoints()).filter((c) => c.size > 0 && c.size <= options.fromSize).at(-1);
  if (!stored) return null;
  const opened = openCheckpoint(stored.note, [options.verifier]);
  if (isLeft(opened)) return `the checkpoint stored at size ${stored.size} is not signed by the log's key`;
  const { size, root } = opened.right.checkpoint;
  if (size === options.checkpointSize) {
    return hashEquals(root, options.signedRoot) ? size : `the checkpoint at size ${size} has another root`;
  }
  const proof = await store.log.consistencyProof(size, options.checkpointSize);
  const valid = verifyConsistency(proof);
  if (isLeft(valid)) return `the consistency proof from the checkpoint at size ${size} fails: ${valid.left.reason}`;
  if (!sameHash(proof.fromRoot, root) || !sameHash(proof.toRoot, options.signedRoot)) {
    return `the checkpoint at size ${size} is not extended by the report's checkpoint: the log was rewritten`;
  }
  return size;
}

function sameHash(base64: string, hash: Uint8Array): boolean {
  const decoded = decodeHash(base64);
  return decoded !== undefined && hashEquals(decoded, hash);
}

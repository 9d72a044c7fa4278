/**
 * `verify` over a store: recompute every leaf hash and tree node from the stored leaf bytes,
 * check every stored checkpoint's signature and root, and that an auditor's older checkpoint
 * is consistent with today's tree. Trusts nothing the store computed.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { openCheckpoint } from '../checkpoint/checkpoint.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import type { Checkpoint } from '../checkpoint/checkpoint.ts';
import type { VerifierKey } from '../checkpoint/keys.ts';
import { EMPTY_ROOT } from '../merkle/hash.ts';
import { LogRecomputer, type LogMismatch } from '../merkle/stream-verifier.ts';
import { verifyConsistency } from '../merkle/verify-proofs.ts';
import type { EventStore } from '../store.ts';
import type { AuditProblem, AuditProgress, AuditReport } from './audit-problem.ts';

/** Options of {@link verifyLedger}. */
export interface VerifyLedgerOptions {
  /** The log's verifier key: every stored checkpoint must be signed by it. */
  readonly verifier: VerifierKey;
  /** A signed checkpoint the auditor kept from earlier; today's tree must extend it. */
  readonly trustedCheckpoint?: string;
  readonly onProgress?: AuditProgress;
}

/** Describes a mismatch found while recomputing the stored log. */
export function describeMismatch(mismatch: LogMismatch): AuditProblem {
  switch (mismatch._tag) {
    case 'UnexpectedIndex':
      return {
        _tag: 'EntryMissing',
        index: mismatch.expected,
        message: `entry ${mismatch.expected} is missing (the next stored entry is ${mismatch.actual}): entries were removed or reordered`,
      };
    case 'LeafHashMismatch':
      return {
        _tag: 'EntryTampered',
        index: mismatch.index,
        message: `entry ${mismatch.index}: its leaf bytes do not hash to the leaf hash recorded at append (leaf changed, or entries swapped)`,
      };
    case 'HashesLengthMismatch':
      return {
        _tag: 'EntryTampered',
        index: mismatch.index,
        message: `entry ${mismatch.index}: stored tree hashes are ${mismatch.storedBytes} bytes, expected ${mismatch.expectedBytes}`,
      };
    case 'NodeHashMismatch':
      return {
        _tag: 'EntryTampered',
        index: mismatch.index,
        message: `entry ${mismatch.index}: stored tree node at level ${mismatch.level} does not match the recomputed one (a node or an earlier leaf was replaced)`,
      };
  }
}

function checkpointMatches(checkpoint: Checkpoint, origin: string, root: Uint8Array): boolean {
  return checkpoint.origin === origin && Buffer.from(checkpoint.root).equals(Buffer.from(root));
}

/** Audits a store. The report names the first problem, or says the ledger is sound. */
export async function verifyLedger(store: EventStore, options: VerifyLedgerOptions): Promise<AuditReport> {
  const { verifier } = options;
  const { size } = await store.head();
  const notes: string[] = [];
  let checkpointsChecked = 0;
  const fail = (problem: AuditProblem, entriesChecked: number, root: Uint8Array): AuditReport => ({
    ok: false,
    size,
    root: Buffer.from(root).toString('base64'),
    entriesChecked,
    checkpointsChecked,
    problem,
    notes,
  });

  // 1. Every stored checkpoint must carry a valid signature by the log's key.
  const expected = new Map<number, Checkpoint>();
  for (const stored of await store.log.checkpoints()) {
    const opened = openCheckpoint(stored.note, [verifier]);
    if (isLeft(opened)) {
      return fail(
        {
          _tag: 'CheckpointInvalid',
          checkpointSize: stored.size,
          message: `stored checkpoint for size ${stored.size}: ${describeCheckpointError(opened.left)}`,
        },
        0,
        EMPTY_ROOT,
      );
    }
    const { checkpoint } = opened.right;
    if (checkpoint.size !== stored.size || checkpoint.origin !== verifier.name) {
      return fail(
        {
          _tag: 'CheckpointInvalid',
          checkpointSize: stored.size,
          message: `stored checkpoint for size ${stored.size} states origin ${checkpoint.origin} and size ${checkpoint.size}`,
        },
        0,
        EMPTY_ROOT,
      );
    }
    if (checkpoint.size > size) {
      return fail(
        {
          _tag: 'LogRolledBack',
          checkpointSize: checkpoint.size,
          message: `a checkpoint was signed at size ${checkpoint.size} but the ledger holds only ${size} entries: entries were removed from the tail`,
        },
        0,
        EMPTY_ROOT,
      );
    }
    expected.set(checkpoint.size, checkpoint);
  }

  // 2. An auditor's own checkpoint: signed by the log, and not beyond today's ledger.
  let trusted: Checkpoint | undefined;
  if (options.trustedCheckpoint !== undefined) {
    const opened = openCheckpoint(options.trustedCheckpoint, [verifier]);
    if (isLeft(opened)) {
      return fail(
        { _tag: 'CheckpointInvalid', message: `the given checkpoint: ${describeCheckpointError(opened.left)}` },
        0,
        EMPTY_ROOT,
      );
    }
    trusted = opened.right.checkpoint;
    if (trusted.size > size) {
      return fail(
        {
          _tag: 'LogRolledBack',
          checkpointSize: trusted.size,
          message: `your checkpoint is at size ${trusted.size} but the ledger now holds only ${size} entries: the log was rolled back`,
        },
        0,
        EMPTY_ROOT,
      );
    }
  }

  // 3. Recompute everything from the leaves, comparing stored hashes and checkpoint roots.
  const recomputer = new LogRecomputer();
  const checkRoot = (): AuditProblem | null => {
    const at = recomputer.size;
    const cp = expected.get(at);
    const isTrusted = trusted !== undefined && trusted.size === at;
    if (!cp && !isTrusted) return null;
    const root = recomputer.root();
    if (cp) {
      checkpointsChecked++;
      if (!checkpointMatches(cp, verifier.name, root)) {
        return {
          _tag: 'CheckpointMismatch',
          checkpointSize: at,
          message: `the first ${at} entries no longer hash to the root signed in the checkpoint for size ${at}: an entry before index ${at} was altered`,
        };
      }
    }
    if (isTrusted && !checkpointMatches(trusted!, verifier.name, root)) {
      return {
        _tag: 'CheckpointMismatch',
        checkpointSize: at,
        message: `the ledger's first ${at} entries do not match your checkpoint: history was rewritten since it was signed`,
      };
    }
    return null;
  };
  const atStart = checkRoot();
  if (atStart) return fail(atStart, 0, recomputer.root());
  const tick = Math.max(1, Math.floor(size / 200));
  for await (const entry of store.log.readHashedLeaves(0, size)) {
    const mismatch = recomputer.push(entry.index, entry.leaf, entry.hashes);
    if (mismatch) return fail(describeMismatch(mismatch), recomputer.size, recomputer.root());
    const problem = checkRoot();
    if (problem) return fail(problem, recomputer.size, recomputer.root());
    if (options.onProgress && recomputer.size % tick === 0) options.onProgress(recomputer.size, size);
  }
  if (recomputer.size !== size) {
    return fail(
      {
        _tag: 'EntryMissing',
        index: recomputer.size,
        message: `the ledger claims ${size} entries but only ${recomputer.size} are stored in sequence`,
      },
      recomputer.size,
      recomputer.root(),
    );
  }
  options.onProgress?.(size, size);
  const root = recomputer.root();

  // 4. The store's own tree reads and proofs must agree with the recomputation.
  const head = await store.log.treeHead(size);
  if (!Buffer.from(head.root).equals(root)) {
    return fail(
      { _tag: 'StoreInconsistent', message: 'the store reports a tree head that differs from the recomputed root' },
      size,
      root,
    );
  }
  if (trusted && trusted.size > 0 && trusted.size < size) {
    const proof = await store.log.consistencyProof(trusted.size, size);
    const checked = verifyConsistency(proof);
    if (
      isLeft(checked) ||
      proof.fromRoot !== Buffer.from(trusted.root).toString('base64') ||
      proof.toRoot !== root.toString('base64')
    ) {
      return fail(
        { _tag: 'StoreInconsistent', message: 'the store produced a consistency proof that does not verify' },
        size,
        root,
      );
    }
    notes.push(`your checkpoint at size ${trusted.size} is consistent with the ledger at size ${size}`);
  }
  if (expected.size === 0) notes.push('no signed checkpoints are stored: nothing signed vouches for this history');
  return { ok: true, size, root: root.toString('base64'), entriesChecked: size, checkpointsChecked, notes };
}

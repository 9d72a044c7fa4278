/**
 * The auditor's offline case: an NDJSON export, a signed checkpoint and the log's verifier
 * key — no database, no operator code. Every line must be a valid next leaf, and the first
 * `checkpoint.size` lines must hash to the signed root.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { openCheckpoint } from '../checkpoint/checkpoint.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import type { VerifierKey } from '../checkpoint/keys.ts';
import { LeafSequenceChecker } from '../leaf-sequence.ts';
import { MerkleFrontier } from '../merkle/frontier.ts';
import { EMPTY_ROOT, leafHash } from '../merkle/hash.ts';
import type { AuditProblem, AuditProgress, AuditReport } from './audit-problem.ts';

/** Options of {@link verifyExport}. */
export interface VerifyExportOptions {
  readonly checkpoint: string;
  readonly verifier: VerifierKey;
  /** Total lines when known, for progress. */
  readonly expectedLines?: number;
  readonly onProgress?: AuditProgress;
}

/** Audits an export given as its lines (each exactly one leaf's bytes), in order. */
export async function verifyExport(
  lines: AsyncIterable<Uint8Array>,
  options: VerifyExportOptions,
): Promise<AuditReport> {
  const notes: string[] = [];
  const fail = (
    problem: AuditProblem,
    entriesChecked: number,
    root: Uint8Array,
    checkpointsChecked = 0,
  ): AuditReport => ({
    ok: false,
    size: entriesChecked,
    root: Buffer.from(root).toString('base64'),
    entriesChecked,
    checkpointsChecked,
    problem,
    notes,
  });
  const opened = openCheckpoint(options.checkpoint, [options.verifier]);
  if (isLeft(opened)) {
    return fail(
      { _tag: 'CheckpointInvalid', message: `the checkpoint: ${describeCheckpointError(opened.left)}` },
      0,
      EMPTY_ROOT,
    );
  }
  const { checkpoint } = opened.right;
  if (checkpoint.origin !== options.verifier.name) {
    return fail(
      {
        _tag: 'CheckpointInvalid',
        message: `the checkpoint is for origin ${checkpoint.origin}, the key for ${options.verifier.name}`,
      },
      0,
      EMPTY_ROOT,
    );
  }
  const checker = new LeafSequenceChecker();
  const frontier = new MerkleFrontier();
  let rootAtCheckpoint: Buffer | null = checkpoint.size === 0 ? frontier.root() : null;
  let index = 0;
  for await (const line of lines) {
    const checked = checker.check(line, index);
    if (isLeft(checked)) {
      return fail(
        { _tag: 'LeafInvalid', index, message: `entry ${index} (line ${index + 1}): ${checked.left}` },
        index,
        frontier.root(),
      );
    }
    frontier.append(leafHash(line));
    index++;
    if (index === checkpoint.size) rootAtCheckpoint = frontier.root();
    if (options.onProgress && index % 4096 === 0) options.onProgress(index, options.expectedLines ?? index);
  }
  if (rootAtCheckpoint === null) {
    return fail(
      {
        _tag: 'LogRolledBack',
        checkpointSize: checkpoint.size,
        message: `the export holds ${index} entries but the checkpoint covers ${checkpoint.size}: entries are missing`,
      },
      index,
      frontier.root(),
    );
  }
  if (!rootAtCheckpoint.equals(Buffer.from(checkpoint.root))) {
    return fail(
      {
        _tag: 'CheckpointMismatch',
        checkpointSize: checkpoint.size,
        message: `the first ${checkpoint.size} entries of the export do not hash to the checkpoint's root: an entry was altered, removed, inserted or reordered`,
      },
      index,
      frontier.root(),
      1,
    );
  }
  if (index > checkpoint.size)
    notes.push(`entries ${checkpoint.size}..${index - 1} are beyond the checkpoint and not covered by its signature`);
  options.onProgress?.(index, index);
  return {
    ok: true,
    size: index,
    root: frontier.root().toString('base64'),
    entriesChecked: index,
    checkpointsChecked: 1,
    notes,
  };
}

/**
 * Everything an audit report says, gathered from the ledger in one pass over the period:
 * the checkpoint it was made at and how it was verified, the ledger's growth (with a
 * consistency proof from the previous report's checkpoint), the period's acts by type and
 * by actor, the public view of every projection's changes, and the first findings.
 */
import {
  type ConsistencyProof,
  decodeHash,
  diffSizes,
  encodeHash,
  type EventStore,
  openCheckpoint,
  periodOf,
  type ProjectionChanges,
  type SnapshotStore,
  type VerifierKey,
  verifyConsistency,
  verifyLedger,
  verifyPeriod,
} from '@govledger/core';
import { audit, type votes } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import { recordedAtOf, type SizeRange } from '../audit-range.ts';
import { usageError } from '../cli-error.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';

/**
 * How far the report's verification went: `full` rehashes the whole ledger; `period`
 * rehashes the period's entries and proves them part of the signed tree (proportional to
 * the period); `checkpoint` checks only the checkpoint's signature and root.
 */
export type VerifyMode = 'full' | 'period' | 'checkpoint';

/** The signed checkpoint the report stands on. */
export interface ReportCheckpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: string;
  readonly note: string;
  readonly signatureValid: boolean;
  /** The stored tree's root at the checkpoint's size equals the signed root. */
  readonly rootMatches: boolean;
}

/** The verification the report ran, and its outcome. */
export interface ReportVerification {
  readonly mode: VerifyMode;
  readonly ok: boolean;
  /** Entries whose leaf bytes were rehashed (0 in checkpoint mode). */
  readonly entriesChecked: number;
  /** In period mode: the stored checkpoint before the period shown to be extended, if any. */
  readonly startCheckpointSize?: number | null;
  readonly problem: string | null;
}

/** The previous report's checkpoint and the proof that today's tree extends it. */
export interface ReportConsistency {
  readonly previousSize: number;
  readonly previousRoot: string;
  readonly proof: ConsistencyProof;
  readonly ok: boolean;
  readonly problem: string | null;
}

/** Acts in the period. Secret ballots count by type only, never by actor. */
export interface ReportActs {
  readonly total: number;
  readonly byType: Record<string, number>;
  readonly byMonth: Record<string, number>;
  /** Actors with the most acts, most first (at most 15). */
  readonly topActors: readonly { readonly actorId: string; readonly role: string; readonly count: number }[];
  readonly actors: number;
}

/** The whole report. */
export interface ReportData {
  readonly period: SizeRange & {
    readonly fromAt: string | null;
    readonly toAt: string | null;
    /** The period as asked for (`--from`, `--to` as given), when known; the header states it. */
    readonly asked?: { readonly from: string; readonly to: string };
  };
  readonly checkpoint: ReportCheckpoint;
  readonly verification: ReportVerification;
  /** Sizes of every stored checkpoint up to the report's, with the time of its last entry. */
  readonly growth: readonly { readonly size: number; readonly at: string | null }[];
  readonly consistency: ReportConsistency | null;
  readonly acts: ReportActs;
  readonly changes: readonly ProjectionChanges[];
  readonly findings: audit.Findings;
  readonly findingPeriod: audit.FindingPeriod;
  /** Complainants of overdue complaints, opened with the key store (only with `--personal`). */
  readonly complainants: Readonly<Record<string, { readonly name: unknown; readonly phone: unknown }>> | null;
}

/** What {@link gatherReport} needs. */
export interface ReportInputs {
  readonly store: EventStore & SnapshotStore;
  readonly range: SizeRange;
  readonly verifier: VerifierKey;
  readonly verify: VerifyMode;
  /** The signed checkpoint of the previous report, as text. */
  readonly previousCheckpoint?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

const CHINA_STANDARD_TIME_MINUTES = 480;
const TOP_ACTORS = 15;

async function chooseCheckpoint(store: EventStore, verifier: VerifierKey, toSize: number): Promise<ReportCheckpoint> {
  const all = await store.log.checkpoints();
  const stored = all.find((c) => c.size >= toSize) ?? all[all.length - 1];
  if (!stored) throw usageError('the ledger has no signed checkpoint: sign one with govledger checkpoint first');
  const opened = openCheckpoint(stored.note, [verifier]);
  if (isLeft(opened)) {
    return { origin: '?', size: stored.size, root: '', note: stored.note, signatureValid: false, rootMatches: false };
  }
  const { checkpoint } = opened.right;
  const head = await store.log.treeHead(checkpoint.size);
  return {
    origin: checkpoint.origin,
    size: checkpoint.size,
    root: encodeHash(checkpoint.root),
    note: stored.note,
    signatureValid: true,
    rootMatches: encodeHash(head.root) === encodeHash(checkpoint.root),
  };
}

async function consistencyWith(
  store: EventStore,
  verifier: VerifierKey,
  previous: string,
  checkpoint: ReportCheckpoint,
): Promise<ReportConsistency> {
  const opened = openCheckpoint(previous, [verifier]);
  if (isLeft(opened)) throw usageError(`--previous-checkpoint is not a checkpoint signed by this log's key`);
  const { size, root } = opened.right.checkpoint;
  if (size < 1 || size > checkpoint.size) {
    throw usageError(`--previous-checkpoint has size ${size}; it must be from 1 to the report's ${checkpoint.size}`);
  }
  const proof = await store.log.consistencyProof(size, checkpoint.size);
  const previousRoot = encodeHash(root);
  const checked = verifyConsistency(proof);
  const problem = isLeft(checked)
    ? checked.left.reason
    : proof.fromRoot !== previousRoot
      ? 'the proof starts from another root than the previous checkpoint: the log was rewritten'
      : proof.toRoot !== checkpoint.root
        ? "the proof ends at another root than the report's checkpoint"
        : null;
  return { previousSize: size, previousRoot, proof, ok: problem === null, problem };
}

async function growthOf(store: EventStore, upTo: number): Promise<ReportData['growth']> {
  const sizes = (await store.log.checkpoints()).map((c) => c.size).filter((s) => s <= upTo);
  return Promise.all(
    sizes.filter((size) => size > 0).map(async (size) => ({ size, at: await recordedAtOf(store, size - 1) })),
  );
}

/** Gathers a report over `range`: one diff pass over the period after a snapshot. */
export async function gatherReport(inputs: ReportInputs): Promise<ReportData> {
  const { store, range, verifier } = inputs;
  const checkpoint = await chooseCheckpoint(store, verifier, range.toSize);
  const verification: ReportVerification =
    inputs.verify === 'full'
      ? await fullVerification(store, verifier, inputs.previousCheckpoint)
      : inputs.verify === 'period' && checkpoint.signatureValid
        ? await periodVerification(store, verifier, range, checkpoint)
        : {
            mode: inputs.verify,
            ok: checkpoint.signatureValid && checkpoint.rootMatches,
            entriesChecked: 0,
            problem: checkpoint.signatureValid
              ? checkpoint.rootMatches
                ? null
                : 'the stored tree does not have the signed root'
              : 'the checkpoint signature does not verify',
          };
  const consistency = inputs.previousCheckpoint
    ? await consistencyWith(store, verifier, inputs.previousCheckpoint, checkpoint)
    : null;

  const byType: Record<string, number> = {};
  const byMonth: Record<string, number> = {};
  const byActor = new Map<string, { actorId: string; role: string; count: number }>();
  let total = 0;
  const diff = await diffSizes(store, allProjectionsForReport(), range.fromSize, range.toSize, {
    snapshots: store,
    upcasters: ledgerUpcasters,
    saveMilestones: true,
    causes: 3,
    fields: 20,
    ...(inputs.onProgress ? { onProgress: inputs.onProgress } : {}),
    observe: (event) => {
      total++;
      byType[event.type] = (byType[event.type] ?? 0) + 1;
      const month = periodOf(event.metadata.occurredAt, 'month', CHINA_STANDARD_TIME_MINUTES);
      byMonth[month] = (byMonth[month] ?? 0) + 1;
      if (audit.SECRET_ACT_TYPES.has(event.type)) return;
      const { id, role } = event.metadata.actor;
      const entry = byActor.get(id) ?? { actorId: id, role, count: 0 };
      entry.count++;
      byActor.set(id, entry);
    },
  });
  const voteResultsAtTo = diff.statesAtTo.voteResults as votes.VoteResultsState | undefined;
  const changes = diff.projections.map((p) => audit.publicChanges(p, voteResultsAtTo));
  const fromAt = await recordedAtOf(store, range.fromSize - 1);
  const toAt = await recordedAtOf(store, range.toSize - 1);
  const findingPeriod = { from: fromAt ?? '0000-01-01T00:00:00Z', to: toAt ?? '0000-01-01T00:00:00Z' };
  const findings = audit.findingsOf(diff.statesAtTo as unknown as audit.FindingStates, findingPeriod);
  return {
    period: { ...range, fromAt, toAt },
    checkpoint,
    verification,
    growth: await growthOf(store, checkpoint.size),
    consistency,
    acts: {
      total,
      byType,
      byMonth: Object.fromEntries(Object.entries(byMonth).sort(([a], [b]) => (a < b ? -1 : 1))),
      topActors: [...byActor.values()]
        .sort((a, b) => b.count - a.count || (a.actorId < b.actorId ? -1 : 1))
        .slice(0, TOP_ACTORS),
      actors: byActor.size,
    },
    changes,
    findings,
    findingPeriod,
    complainants: null,
  };
}

/** The governance projections (the generic ledger statistics are told as "acts" instead). */
function allProjectionsForReport() {
  return allProjections.filter((p) => p.name !== 'ledgerStatistics');
}

async function periodVerification(
  store: EventStore,
  verifier: VerifierKey,
  range: SizeRange,
  checkpoint: ReportCheckpoint,
): Promise<ReportVerification> {
  const result = await verifyPeriod(store, {
    fromSize: range.fromSize,
    toSize: range.toSize,
    checkpointSize: checkpoint.size,
    signedRoot: decodeHash(checkpoint.root) ?? new Uint8Array(),
    verifier,
  });
  const problem = result.problem ?? (checkpoint.rootMatches ? null : 'the stored tree does not have the signed root');
  return {
    mode: 'period',
    ok: problem === null,
    entriesChecked: result.entriesChecked,
    startCheckpointSize: result.startCheckpointSize,
    problem,
  };
}

async function fullVerification(
  store: EventStore,
  verifier: VerifierKey,
  previous: string | undefined,
): Promise<ReportVerification> {
  const report = await verifyLedger(store, { verifier, ...(previous ? { trustedCheckpoint: previous } : {}) });
  return {
    mode: 'full',
    ok: report.ok,
    entriesChecked: report.entriesChecked,
    problem: report.problem?.message ?? null,
  };
}

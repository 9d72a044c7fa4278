/**
 * `verify --state`: recompute the state roots from the log and compare them with the signed
 * state notes, and check that the projection states the ledger file keeps (the snapshots the
 * read API resumes from) agree with a replay from the first entry, naming the first record
 * that differs.
 */
import {
  type AnyProjection,
  type EventStore,
  encodeHash,
  hashEquals,
  openStateNote,
  ProjectionRunner,
  type SnapshotStore,
  type StateCommitmentHead,
  type VerifierKey,
  describeCheckpointError,
} from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { allProjections, ledgerUpcasters } from '../projections.ts';
import { committingRunner } from './state-signer.ts';
import { checkpointOfNote, stateNoteAt, stateNoteSizes } from './state-notes.ts';

/** The outcome of a state audit. */
export interface StateAudit {
  readonly ok: boolean;
  /** Every signed state root checked and found equal to the recomputed one. */
  readonly checked: readonly { readonly size: number; readonly records: number; readonly root: string }[];
  /** What failed first, naming the size and, where known, the record. */
  readonly problem?: string;
  readonly notes: readonly string[];
}

/** Checks one signed state note against a checkpointed log head and the recomputed root at its size. */
export async function checkStateNote(
  note: string,
  verifier: VerifierKey,
  runner: ProjectionRunner,
  checkpointNote: string | null,
): Promise<{ head: StateCommitmentHead; problem?: string }> {
  const opened = openStateNote(note, [verifier]);
  if (isLeft(opened)) throw new Error(describeCheckpointError(opened.left));
  const head = opened.right.head;
  if (checkpointNote !== null) {
    const checkpoint = checkpointOfNote(checkpointNote);
    if (checkpoint === undefined || checkpoint.size !== head.size || !hashEquals(checkpoint.root, head.logRoot)) {
      return { head, problem: `the state note of size ${head.size} names a log root that is not its checkpoint's` };
    }
  }
  await runner.catchUp(head.size);
  if (runner.size !== head.size)
    return { head, problem: `the log has ${runner.size} entries, the note names ${head.size}` };
  const recomputed = runner.stateRoot()!;
  if (!hashEquals(recomputed.root, head.stateRoot) || recomputed.records !== head.records) {
    return {
      head,
      problem: `state root at size ${head.size}: signed ${encodeHash(head.stateRoot)} over ${head.records} records, recomputed ${encodeHash(recomputed.root)} over ${recomputed.records}`,
    };
  }
  return { head };
}

/** The snapshots of `store` for reading only: a check never writes to the ledger it audits. */
function readOnly(snapshots: SnapshotStore): SnapshotStore {
  return { loadSnapshot: (n, v, m) => snapshots.loadSnapshot(n, v, m), saveSnapshot: async () => {} };
}

const stateOfRunner = (runner: ProjectionRunner, projections: readonly AnyProjection[]) => (slot: number) =>
  runner.state(projections[slot]!.name);

/** Audits the state of a ledger (see the module comment). */
export async function verifyLedgerState(store: EventStore & SnapshotStore, verifier: VerifierKey): Promise<StateAudit> {
  const fresh = committingRunner(store);
  const checked: { size: number; records: number; root: string }[] = [];
  const notes: string[] = [];
  for (const size of await stateNoteSizes(store)) {
    const note = (await stateNoteAt(store, size))!;
    const checkpoint = await store.log.checkpoint(size);
    let result: Awaited<ReturnType<typeof checkStateNote>>;
    try {
      result = await checkStateNote(note, verifier, fresh, checkpoint?.note ?? null);
    } catch (error) {
      return { ok: false, checked, notes, problem: `state note of size ${size}: ${(error as Error).message}` };
    }
    if (result.problem !== undefined) return { ok: false, checked, notes, problem: result.problem };
    checked.push({ size, records: result.head.records, root: encodeHash(result.head.stateRoot) });
  }
  if (checked.length === 0) notes.push('no signed state notes are stored: sign one with `govledger checkpoint`');

  // The states the read API resumes from: every projection snapshot, then the commitment's own.
  const head = await store.head();
  await fresh.catchUp(head.size);
  const resumed = new ProjectionRunner(store, allProjections, {
    snapshots: readOnly(store),
    upcasters: ledgerUpcasters,
  });
  await resumed.catchUp(head.size);
  const stateDifference = fresh.commitment!.firstMismatch(stateOfRunner(resumed, allProjections));
  if (stateDifference !== undefined) {
    return {
      ok: false,
      checked,
      notes,
      problem: `the stored projection state at size ${head.size} differs from a replay of the log at record ${stateDifference.model}/${stateDifference.key} (leaf ${stateDifference.index})`,
    };
  }
  const resumedCommitment = committingRunner(store, readOnly(store));
  await resumedCommitment.catchUp(head.size);
  const own = resumedCommitment.commitment!.firstMismatch(stateOfRunner(resumedCommitment, allProjections));
  const leafDifference =
    own ??
    fresh.commitment!.firstDifference(
      resumedCommitment.commitment!,
      stateOfRunner(fresh, allProjections),
      stateOfRunner(resumedCommitment, allProjections),
    );
  if (leafDifference !== undefined) {
    return {
      ok: false,
      checked,
      notes,
      problem: `the stored state commitment at size ${head.size} differs from a replay of the log at record ${leafDifference.model}/${leafDifference.key} (leaf ${leafDifference.index})`,
    };
  }
  return { ok: true, checked, notes };
}

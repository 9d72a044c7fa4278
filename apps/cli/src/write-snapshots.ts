/**
 * The snapshot policy of the verbs that write many events, so a ledger serves fast as they
 * leave it (`serve` loads states instead of replaying the log; see docs/cli.md):
 * - `demo` folds every projection as it appends and saves a snapshot of each every
 *   `WRITER_SNAPSHOT_EVERY` (200,000) entries and at the end;
 * - `append`, `import` and `submit` leave one at the end of a write of `SNAPSHOT_AFTER_ENTRIES`
 *   entries or more: when the ledger has a signing key, signing the state note of the new head
 *   folds the tail from the newest snapshot and saves it there (state/state-signer.ts); without
 *   a key, {@link snapshotAfterWrite} does the same fold. `append` and `import` of that many
 *   entries fold them from the events in hand ({@link foldForWrite}): the projections resume
 *   at the head before the write and then fold what the store returns, without reading the
 *   written entries back from the file and parsing them again.
 */
import type { ProjectionRunner, RecordedEvent } from '@govledger/core';
import type { LedgerStore } from './open-ledger.ts';
import { committingRunner } from './state/state-signer.ts';

/** A write of at least this many entries leaves snapshots of every projection at its end. */
export const SNAPSHOT_AFTER_ENTRIES = 10_000;

/**
 * After a write of `written` entries: when it is long and no state note was signed (which
 * would have left the snapshots already), folds every projection from its newest snapshot to
 * the head and saves their snapshots there, with the state commitment beside them.
 */
export async function snapshotAfterWrite(
  store: LedgerStore,
  written: number,
  stateSigned: boolean,
  runner?: ProjectionRunner,
): Promise<void> {
  if (stateSigned || written < SNAPSHOT_AFTER_ENTRIES) return;
  // At least `written` entries are folded, past the runner's 10,000: catching up saves them.
  await (runner ?? committingRunner(store, store)).catchUp();
}

/** The fold of one large write's own entries (see {@link foldForWrite}). */
export interface WriteFold {
  /** The runner of every projection with the state commitment, at the head once `follow` ran. */
  readonly runner: ProjectionRunner;
  /** Folds the entries the write recorded (read back instead when another writer came in between). */
  follow(events: readonly RecordedEvent[]): Promise<void>;
}

/**
 * For a write of `entries` (at least {@link SNAPSHOT_AFTER_ENTRIES}; smaller writes sign from
 * the store as before, undefined): a committing runner resumed from the ledger's snapshots
 * and brought to its head now, before the write. It saves nothing until the write is done
 * (a refused write leaves the file as it was): `follow` saves the snapshots at the new head.
 */
export async function foldForWrite(store: LedgerStore, entries: number): Promise<WriteFold | undefined> {
  if (entries < SNAPSHOT_AFTER_ENTRIES) return undefined;
  const runner = committingRunner(store, store, Number.POSITIVE_INFINITY);
  await runner.catchUp();
  return {
    runner,
    follow: async (events) => {
      if (events[0]?.index === runner.size) await runner.follow(events);
      else await runner.catchUp();
      await runner.saveSnapshots();
    },
  };
}

/**
 * The snapshot policy of the verbs that write many events, so a ledger serves fast as they
 * leave it (`serve` loads states instead of replaying the log; see docs/cli.md):
 * - `demo` folds every projection as it appends and saves a snapshot of each every
 *   `WRITER_SNAPSHOT_EVERY` (200,000) entries and at the end;
 * - `append`, `import` and `submit` leave one at the end of a write of `SNAPSHOT_AFTER_ENTRIES`
 *   entries or more: when the ledger has a signing key, signing the state note of the new head
 *   folds the tail from the newest snapshot and saves it there (state/state-signer.ts); without
 *   a key, {@link snapshotAfterWrite} does the same fold.
 */
import type { LedgerStore } from './open-ledger.ts';
import { committingRunner } from './state/state-signer.ts';

/** A write of at least this many entries leaves snapshots of every projection at its end. */
export const SNAPSHOT_AFTER_ENTRIES = 10_000;

/**
 * After a write of `written` entries: when it is long and no state note was signed (which
 * would have left the snapshots already), folds every projection from its newest snapshot to
 * the head and saves their snapshots there, with the state commitment beside them.
 */
export async function snapshotAfterWrite(store: LedgerStore, written: number, stateSigned: boolean): Promise<void> {
  if (stateSigned || written < SNAPSHOT_AFTER_ENTRIES) return;
  // At least `written` entries are folded, past the runner's 10,000: catching up saves them.
  await committingRunner(store, store).catchUp();
}

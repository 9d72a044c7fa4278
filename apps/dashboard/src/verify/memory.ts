/**
 * The checkpoint a reader last verified, kept in the browser (localStorage), so the next
 * visit can check that the record only grew since. A malformed entry counts as none.
 */
import type { RememberedCheckpoint } from './checks.ts';

/** The localStorage key of the remembered checkpoint. */
export const REMEMBERED_CHECKPOINT_KEY = 'govledger.verified-checkpoint';

/** The checkpoint verified on an earlier visit, or null. */
export function recallCheckpoint(storage: Storage): RememberedCheckpoint | null {
  try {
    const value = JSON.parse(
      storage.getItem(REMEMBERED_CHECKPOINT_KEY) ?? 'null',
    ) as Partial<RememberedCheckpoint> | null;
    if (
      value &&
      typeof value.origin === 'string' &&
      typeof value.size === 'number' &&
      typeof value.root === 'string' &&
      typeof value.verifierKey === 'string'
    ) {
      return { origin: value.origin, size: value.size, root: value.root, verifierKey: value.verifierKey };
    }
  } catch {
    // unreadable: as if none
  }
  return null;
}

/** Remembers `checkpoint` as the last one verified. */
export function rememberCheckpoint(storage: Storage, checkpoint: RememberedCheckpoint): void {
  try {
    storage.setItem(REMEMBERED_CHECKPOINT_KEY, JSON.stringify(checkpoint));
  } catch {
    // storage full or disabled: the next visit starts afresh
  }
}

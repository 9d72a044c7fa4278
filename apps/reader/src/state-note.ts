/**
 * Where the reader finds the signed state note of a ledger size: the note that binds a state
 * root (and so every figure of that size) to the log checkpoint of the same size.
 */
import type { EventStore } from '@govledger/core';

/**
 * The signed state note of `size` the ledger keeps in its settings (`state-note:<size>`, as
 * `govledger checkpoint --state` and `demo` write it) or, for a store that keeps state notes
 * itself (EventStoreDB: its state notes stream), through its `stateNote`; null when none was
 * signed at that size or the store keeps no notes.
 */
export async function storedStateNote(store: EventStore, size: number): Promise<string | null> {
  const notes = store as Partial<{ stateNote(size: number): Promise<string | null> }>;
  if (typeof notes.stateNote === 'function') return notes.stateNote.call(store, size);
  const settings = store as Partial<{ getMeta(key: string): string | null }>;
  return typeof settings.getMeta === 'function' ? settings.getMeta.call(store, `state-note:${size}`) : null;
}

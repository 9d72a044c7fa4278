/**
 * Where a ledger keeps its signed state notes: in the ledger file's settings (`state-note:<size>`
 * and the list of sizes under `state-note-sizes`), beside its checkpoints; or, for a store that
 * keeps them itself (EventStoreDB: a state notes stream beside its checkpoints stream), through
 * its own `saveStateNote`/`stateNote`/`stateNoteSizes`. A store with neither keeps none: its
 * state notes are printed, not stored.
 */
import { type Checkpoint, type EventStore, parseCheckpoint, parseNote } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';

interface Settings {
  getMeta(key: string): string | null;
  setMeta(key: string, value: string): void;
}

/** A store that keeps state notes itself (see the module comment). */
export interface StateNoteStore {
  /** Keeps the state note of `size`; refuses a different note for a size that has one. */
  saveStateNote(size: number, note: string): Promise<void>;
  /** The stored state note of `size`, or null. */
  stateNote(size: number): Promise<string | null>;
  /** The sizes that have a stored state note, ascending. */
  stateNoteSizes(): Promise<number[]>;
}

function settingsOf(store: EventStore): Settings | null {
  const meta = store as Partial<Settings>;
  return typeof meta.getMeta === 'function' && typeof meta.setMeta === 'function' ? (meta as Settings) : null;
}

function noteStoreOf(store: EventStore): StateNoteStore | null {
  const notes = store as Partial<StateNoteStore>;
  return typeof notes.saveStateNote === 'function' &&
    typeof notes.stateNote === 'function' &&
    typeof notes.stateNoteSizes === 'function'
    ? (notes as StateNoteStore)
    : null;
}

/** The sizes that have a stored state note, ascending. */
export async function stateNoteSizes(store: EventStore): Promise<number[]> {
  const notes = noteStoreOf(store);
  if (notes !== null) return notes.stateNoteSizes();
  const text = settingsOf(store)?.getMeta('state-note-sizes');
  return text ? (JSON.parse(text) as number[]) : [];
}

/** The stored state note of `size`, or null. */
export async function stateNoteAt(store: EventStore, size: number): Promise<string | null> {
  const notes = noteStoreOf(store);
  if (notes !== null) return notes.stateNote(size);
  return settingsOf(store)?.getMeta(`state-note:${size}`) ?? null;
}

/** Keeps `note` as the state note of `size` (replacing none: a size has one); false when the store keeps no notes. */
export async function keepStateNote(store: EventStore, size: number, note: string): Promise<boolean> {
  const notes = noteStoreOf(store);
  if (notes !== null) {
    if ((await notes.stateNote(size)) === null) await notes.saveStateNote(size, note);
    return true;
  }
  const settings = settingsOf(store);
  if (settings === null) return false;
  if (settings.getMeta(`state-note:${size}`) !== null) return true;
  settings.setMeta(`state-note:${size}`, note);
  const sizes = new Set([...(await stateNoteSizes(store)), size]);
  settings.setMeta('state-note-sizes', JSON.stringify([...sizes].sort((a, b) => a - b)));
  return true;
}

/** The checkpoint a stored (already trusted) checkpoint note states, or undefined when malformed. */
export function checkpointOfNote(note: string): Checkpoint | undefined {
  const parsed = parseNote(note);
  if (isLeft(parsed)) return undefined;
  const checkpoint = parseCheckpoint(parsed.right.body);
  return isLeft(checkpoint) ? undefined : checkpoint.right;
}

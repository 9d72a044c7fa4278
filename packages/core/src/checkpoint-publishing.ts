/**
 * Publishing a checkpoint of the log's head, written once for every writer: the CLI after
 * each write (SQLite, PostgreSQL, EventStoreDB ledgers) and the EventStoreDB log keeper. A
 * size has exactly one signed checkpoint, so a checkpoint already stored for the head's size
 * is taken as it is, and only a head without one is signed.
 *
 * Where a store keeps settings in the ledger itself (the SQLite file), it offers them as
 * {@link LedgerSettings}; publishers keep per-witness state there.
 */
import { signCheckpoint } from './checkpoint/checkpoint.ts';
import type { SignerKey } from './checkpoint/keys.ts';
import type { VerifiableLog } from './store.ts';

/** The checkpoint of a head: its size and note, and whether this call signed it. */
export interface HeadCheckpoint {
  readonly size: number;
  readonly note: string;
  /** False when a checkpoint of this size was already stored (and is returned unchanged). */
  readonly fresh: boolean;
}

/**
 * The checkpoint of the log's head (or of `size`): the stored one when there is one, else a
 * new note signed with `signer` under its name as origin. Nothing is stored: a publisher that
 * gathers cosignatures first stores the note with them.
 */
export async function headCheckpoint(log: VerifiableLog, signer: SignerKey, size?: number): Promise<HeadCheckpoint> {
  const head = await log.treeHead(size);
  const stored = await log.checkpoint(head.size);
  if (stored) return { size: head.size, note: stored.note, fresh: false };
  const note = signCheckpoint({ origin: signer.name, size: head.size, root: head.root }, signer);
  return { size: head.size, note, fresh: true };
}

/**
 * Signs and stores the checkpoint of the log's head (or of `size`) unless one is stored for
 * that size already. A different note stored for the same size meanwhile by another
 * publisher makes the store throw `GL_CHECKPOINT_CONFLICT`.
 */
export async function publishHeadCheckpoint(
  log: VerifiableLog,
  signer: SignerKey,
  size?: number,
): Promise<HeadCheckpoint> {
  const checkpoint = await headCheckpoint(log, signer, size);
  if (checkpoint.fresh) await log.saveCheckpoint({ size: checkpoint.size, note: checkpoint.note });
  return checkpoint;
}

/** Settings a store keeps inside the ledger (the SQLite file's meta table): small strings by key. */
export interface LedgerSettings {
  /** The setting of `key`, or null. */
  getMeta(key: string): string | null;
  /** Stores a setting, replacing any previous value of `key`. */
  setMeta(key: string, value: string): void;
}

/** The store's own {@link LedgerSettings} when it keeps settings in the ledger, else undefined. */
export function ledgerSettingsOf(store: object): LedgerSettings | undefined {
  const candidate = store as Partial<LedgerSettings>;
  if (typeof candidate.getMeta !== 'function' || typeof candidate.setMeta !== 'function') return undefined;
  return {
    getMeta: (key) => candidate.getMeta!.call(store, key),
    setMeta: (key, value) => candidate.setMeta!.call(store, key, value),
  };
}

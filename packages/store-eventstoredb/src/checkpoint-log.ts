/**
 * Signed checkpoints in EventStoreDB: one `CheckpointSigned {size, note}` event per tree
 * size in the ledger's checkpoints stream, mirrored in the local cache. Saving is a
 * compare-and-set on the stream's revision: the writer reads to the end, refuses a different
 * note for a stored size (a later event may only add cosignature lines to it), and appends
 * expecting exactly the revision it read. Two log
 * keepers (or a keeper and a CLI) racing therefore cannot store two notes for one size; with
 * the same key they sign identical notes (Ed25519 is deterministic), so a second keeper is
 * harmless.
 */
import { extendsNote, type StoredCheckpoint } from '@govledger/core';
import { esdbErrors } from './errors.ts';
import type { LedgerStreamsClient } from './ledger-streams-client.ts';
import type { LocalCache } from './local-cache.ts';

/** The event type of a checkpoint in the checkpoints stream. */
export const CHECKPOINT_EVENT = 'CheckpointSigned';
const MAX_ATTEMPTS = 20;

function asCheckpoint(data: Uint8Array, revision: number, stream: string): StoredCheckpoint {
  const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as Partial<StoredCheckpoint>;
  if (!Number.isSafeInteger(parsed.size) || typeof parsed.note !== 'string') {
    throw new Error(`${stream} revision ${revision} is not a checkpoint`);
  }
  return { size: parsed.size!, note: parsed.note };
}

/** Reads and writes one ledger's checkpoints stream. */
export class CheckpointLog {
  readonly #cache: LocalCache;
  readonly #client: LedgerStreamsClient;
  readonly #stream: string;

  constructor(cache: LocalCache, client: LedgerStreamsClient, checkpointsStream: string) {
    this.#cache = cache;
    this.#client = client;
    this.#stream = checkpointsStream;
  }

  /** Mirrors every checkpoint appended since the last read. */
  async catchUp(): Promise<void> {
    const from = this.#cache.nextCheckpointRevision();
    const found: StoredCheckpoint[] = [];
    let next = from;
    for await (const event of this.#client.read(this.#stream, from, Number.MAX_SAFE_INTEGER)) {
      found.push(asCheckpoint(event.data, event.revision, this.#stream));
      next = event.revision + 1;
    }
    if (next > from) this.#cache.addCheckpoints(found, next);
  }

  /**
   * Stores `checkpoint` unless an identical one is there; throws GL_CHECKPOINT_CONFLICT for a
   * different note of a stored size. The caller checks the size against the ledger.
   */
  async save(checkpoint: StoredCheckpoint): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await this.catchUp();
      const stored = this.#cache.checkpoint(checkpoint.size);
      if (stored) {
        // Already held, perhaps with more cosignatures: nothing to add.
        if (extendsNote(checkpoint.note, stored.note)) return;
        // Only cosignature lines may be added to a stored note (appended as a later event).
        if (!extendsNote(stored.note, checkpoint.note)) throw esdbErrors.checkpointConflict(checkpoint.size);
      }
      const after = this.#cache.nextCheckpointRevision() - 1;
      const outcome = await this.#client.appendJson(
        this.#stream,
        after,
        CHECKPOINT_EVENT,
        { size: checkpoint.size, note: checkpoint.note },
        `checkpoint ${checkpoint.size}\n${checkpoint.note}`,
      );
      if (outcome === 'ok') {
        this.#cache.addCheckpoints([checkpoint], after + 2);
        return;
      }
    }
    throw esdbErrors.contended(MAX_ATTEMPTS);
  }
}

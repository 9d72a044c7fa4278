/**
 * Signed state notes in EventStoreDB (docs/audit.md): one `StateNoteSigned {size, note}`
 * event per checkpointed size in the ledger's state notes stream, mirrored in the local cache,
 * kept the way checkpoints are (checkpoint-log.ts). Saving is a compare-and-set on the
 * stream's revision: the writer reads to the end, keeps an identical note as it is, refuses a
 * different note for a stored size, and appends expecting exactly the revision it read. Two
 * signers of one key sign byte-identical notes of a size (Ed25519 is deterministic and the
 * state root is a function of the log prefix), so a second log keeper stays harmless.
 */
import type { StoredCheckpoint } from '@govledger/core';
import { esdbErrors } from './errors.ts';
import type { LedgerStreamsClient } from './ledger-streams-client.ts';
import type { LocalCache } from './local-cache.ts';

/** The event type of a state note in the state notes stream. */
export const STATE_NOTE_EVENT = 'StateNoteSigned';
const MAX_ATTEMPTS = 20;

function asStateNote(data: Uint8Array, revision: number, stream: string): StoredCheckpoint {
  const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as Partial<StoredCheckpoint>;
  if (!Number.isSafeInteger(parsed.size) || typeof parsed.note !== 'string') {
    throw new Error(`${stream} revision ${revision} is not a state note`);
  }
  return { size: parsed.size!, note: parsed.note };
}

/** Reads and writes one ledger's state notes stream. */
export class StateNoteLog {
  readonly #cache: LocalCache;
  readonly #client: LedgerStreamsClient;
  readonly #stream: string;

  constructor(cache: LocalCache, client: LedgerStreamsClient, stateNotesStream: string) {
    this.#cache = cache;
    this.#client = client;
    this.#stream = stateNotesStream;
  }

  /** Mirrors every state note appended since the last read. */
  async catchUp(): Promise<void> {
    const from = this.#cache.nextStateNoteRevision();
    const found: StoredCheckpoint[] = [];
    let next = from;
    for await (const event of this.#client.read(this.#stream, from, Number.MAX_SAFE_INTEGER)) {
      found.push(asStateNote(event.data, event.revision, this.#stream));
      next = event.revision + 1;
    }
    if (next > from) this.#cache.addStateNotes(found, next);
  }

  /**
   * Stores the state note of `size` unless the identical note is there; throws
   * GL_CHECKPOINT_CONFLICT for a different note of a stored size. The caller checks the size.
   */
  async save(size: number, note: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await this.catchUp();
      const stored = this.#cache.stateNote(size);
      if (stored === note) return;
      if (stored !== null) throw esdbErrors.stateNoteConflict(size);
      const after = this.#cache.nextStateNoteRevision() - 1;
      const outcome = await this.#client.appendJson(
        this.#stream,
        after,
        STATE_NOTE_EVENT,
        { size, note },
        `state note ${size}\n${note}`,
      );
      if (outcome === 'ok') {
        this.#cache.addStateNotes([{ size, note }], after + 2);
        return;
      }
    }
    throw esdbErrors.contended(MAX_ATTEMPTS);
  }
}

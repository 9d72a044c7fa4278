/**
 * A ledger in EventStoreDB as the commands see it: the store is loaded on first use, so the
 * EventStoreDB client (and gRPC) is only loaded by runs that use an `esdb://` ledger and
 * every other run starts as fast as before. Its coded failures reach the user as CLI errors.
 * It keeps signed state notes in the ledger's state notes stream, beside its checkpoints.
 */
import type { EsdbStore, EsdbStoreOptions } from '@govledger/store-eventstoredb';
import { asCliError } from './esdb-errors.ts';
import { LazyLedger } from './lazy-ledger.ts';

/** An `EventStore & SnapshotStore` over an EventStoreDB ledger, opened lazily. */
export class LazyEsdbLedger extends LazyLedger<EsdbStore> {
  constructor(url: string, options: EsdbStoreOptions) {
    super(
      () => import('@govledger/store-eventstoredb').then(({ openEsdbStore }) => openEsdbStore(url, options)),
      asCliError,
    );
  }

  /** Keeps the state note of `size` in the ledger's state notes stream (state/state-notes.ts). */
  saveStateNote(size: number, note: string): Promise<void> {
    return this.call((s) => s.saveStateNote(size, note));
  }

  /** The stored state note of `size`, or null. */
  stateNote(size: number): Promise<string | null> {
    return this.call((s) => s.stateNote(size));
  }

  /** The sizes that have a stored state note, ascending. */
  stateNoteSizes(): Promise<number[]> {
    return this.call((s) => s.stateNoteSizes());
  }
}

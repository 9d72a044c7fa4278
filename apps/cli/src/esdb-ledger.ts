/**
 * A ledger in EventStoreDB as the commands see it: the store is loaded on first use, so the
 * EventStoreDB client (and gRPC) is only loaded by runs that use an `esdb://` ledger and
 * every other run starts as fast as before. Its coded failures reach the user as CLI errors.
 */
import type {
  AppendOptions,
  EventStore,
  ExpectedVersion,
  LedgerHead,
  ProjectionSnapshot,
  ProposedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  SnapshotStore,
  StreamAppend,
  VerifiableLog,
} from '@govledger/core';
import type { EsdbStore, EsdbStoreOptions } from '@govledger/store-eventstoredb';
import { asCliError } from './esdb-errors.ts';

/** An `EventStore & SnapshotStore` over an EventStoreDB ledger, opened lazily. */
export class LazyEsdbLedger implements EventStore, SnapshotStore {
  readonly #url: string;
  readonly #options: EsdbStoreOptions;
  #store: Promise<EsdbStore> | undefined;
  readonly log: VerifiableLog;

  constructor(url: string, options: EsdbStoreOptions) {
    this.#url = url;
    this.#options = options;
    this.log = {
      treeHead: (size) => this.#call((s) => s.log.treeHead(size)),
      leafHash: (index) => this.#call((s) => s.log.leafHash(index)),
      subtreeHashes: (level, index, count) => this.#call((s) => s.log.subtreeHashes(level, index, count)),
      inclusionProof: (index, size) => this.#call((s) => s.log.inclusionProof(index, size)),
      consistencyProof: (from, to) => this.#call((s) => s.log.consistencyProof(from, to)),
      readHashedLeaves: (from, to) => this.#iterate((s) => s.log.readHashedLeaves(from, to)),
      saveCheckpoint: (checkpoint) => this.#call((s) => s.log.saveCheckpoint(checkpoint)),
      checkpoint: (size) => this.#call((s) => s.log.checkpoint(size)),
      checkpoints: () => this.#call((s) => s.log.checkpoints()),
    };
  }

  /** The opened store (loading the EventStoreDB client on the first call). */
  #open(): Promise<EsdbStore> {
    this.#store ??= import('@govledger/store-eventstoredb').then(({ openEsdbStore }) =>
      openEsdbStore(this.#url, this.#options),
    );
    return this.#store;
  }

  async #call<T>(work: (store: EsdbStore) => Promise<T>): Promise<T> {
    try {
      return await work(await this.#open());
    } catch (error) {
      throw asCliError(error);
    }
  }

  async *#iterate<T>(from: (store: EsdbStore) => AsyncIterable<T>): AsyncIterable<T> {
    try {
      yield* from(await this.#open());
    } catch (error) {
      throw asCliError(error);
    }
  }

  append(streamId: string, events: readonly ProposedEvent[], expectedVersion?: ExpectedVersion) {
    return this.#call((s) => s.append(streamId, events, expectedVersion));
  }

  appendBatch(batch: readonly StreamAppend[], options?: AppendOptions) {
    return this.#call((s) => s.appendBatch(batch, options));
  }

  importLeaves(leaves: readonly Uint8Array[]) {
    return this.#call((s) => s.importLeaves(leaves));
  }

  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.#iterate((s) => s.readStream(streamId, options));
  }

  readAll(options?: ReadAllOptions) {
    return this.#iterate((s) => s.readAll(options));
  }

  readLeaves(from: number, to: number) {
    return this.#iterate((s) => s.readLeaves(from, to));
  }

  streamVersion(streamId: string) {
    return this.#call((s) => s.streamVersion(streamId));
  }

  head(): Promise<LedgerHead> {
    return this.#call((s) => s.head());
  }

  loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    return this.#call((s) => s.loadSnapshot(name, version, maxSize));
  }

  saveSnapshot(snapshot: ProjectionSnapshot): Promise<void> {
    return this.#call((s) => s.saveSnapshot(snapshot));
  }

  async close(): Promise<void> {
    if (this.#store) await (await this.#store.catch(() => null))?.close();
  }
}

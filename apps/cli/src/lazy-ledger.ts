/**
 * A ledger on a database server as the commands see it: the store is opened on first use, so
 * a server's client library is only loaded by runs that use such a ledger and every other run
 * starts as fast as before; the store's coded failures reach the user as CLI errors. Shared by
 * the EventStoreDB and PostgreSQL ledgers.
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

/** What a lazily opened store must be. */
export type ServerStore = EventStore & SnapshotStore;

/** An `EventStore & SnapshotStore` opened by `open()` on first use; errors pass through `asCliError`. */
export class LazyLedger<S extends ServerStore> implements EventStore, SnapshotStore {
  readonly #opener: () => Promise<S>;
  readonly #asCliError: (error: unknown) => unknown;
  #store: Promise<S> | undefined;
  readonly log: VerifiableLog;

  constructor(open: () => Promise<S>, asCliError: (error: unknown) => unknown) {
    this.#opener = open;
    this.#asCliError = asCliError;
    this.log = {
      treeHead: (size) => this.call((s) => s.log.treeHead(size)),
      leafHash: (index) => this.call((s) => s.log.leafHash(index)),
      subtreeHashes: (level, index, count) => this.call((s) => s.log.subtreeHashes(level, index, count)),
      inclusionProof: (index, size) => this.call((s) => s.log.inclusionProof(index, size)),
      consistencyProof: (from, to) => this.call((s) => s.log.consistencyProof(from, to)),
      readHashedLeaves: (from, to) => this.#iterate((s) => s.log.readHashedLeaves(from, to)),
      saveCheckpoint: (checkpoint) => this.call((s) => s.log.saveCheckpoint(checkpoint)),
      checkpoint: (size) => this.call((s) => s.log.checkpoint(size)),
      checkpoints: () => this.call((s) => s.log.checkpoints()),
    };
  }

  /** The opened store (loading its client on the first call). */
  #open(): Promise<S> {
    this.#store ??= this.#opener();
    return this.#store;
  }

  /** Runs `work` on the opened store, mapping its failures to CLI errors. */
  async call<T>(work: (store: S) => Promise<T>): Promise<T> {
    try {
      return await work(await this.#open());
    } catch (error) {
      throw this.#asCliError(error);
    }
  }

  async *#iterate<T>(from: (store: S) => AsyncIterable<T>): AsyncIterable<T> {
    try {
      yield* from(await this.#open());
    } catch (error) {
      throw this.#asCliError(error);
    }
  }

  append(streamId: string, events: readonly ProposedEvent[], expectedVersion?: ExpectedVersion) {
    return this.call((s) => s.append(streamId, events, expectedVersion));
  }

  appendBatch(batch: readonly StreamAppend[], options?: AppendOptions) {
    return this.call((s) => s.appendBatch(batch, options));
  }

  importLeaves(leaves: readonly Uint8Array[]) {
    return this.call((s) => s.importLeaves(leaves));
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
    return this.call((s) => s.streamVersion(streamId));
  }

  head(): Promise<LedgerHead> {
    return this.call((s) => s.head());
  }

  loadSnapshot(name: string, version: number, maxSize: number): Promise<ProjectionSnapshot | null> {
    return this.call((s) => s.loadSnapshot(name, version, maxSize));
  }

  saveSnapshot(snapshot: ProjectionSnapshot): Promise<void> {
    return this.call((s) => s.saveSnapshot(snapshot));
  }

  async close(): Promise<void> {
    if (this.#store) await (await this.#store.catch(() => null))?.close();
  }
}

/**
 * Record proofs for the read API: one runner of the reader's projections with a state
 * commitment (resuming from the ledger's snapshots, never writing them), caught up on demand,
 * that proves any public record at the head or as of a past point against the state root of
 * that size (docs/audit.md). Proofs are computed one at a time: the commitment is updated in
 * place while it folds.
 */
import {
  type AnyProjection,
  type AsOf,
  type EventStore,
  ProjectionRunner,
  type SnapshotStore,
  StateCommitment,
  type StateRecordProof,
  type StateRoot,
  sizeAsOf,
  type UpcasterRegistry,
} from '@govledger/core';

/** A record's proof with the state root and ledger size it belongs to. */
export interface ProvenRecord {
  readonly size: number;
  readonly stateRoot: StateRoot;
  readonly proof: StateRecordProof | undefined;
}

/** One public record asked for: its model and its key within the model. */
export interface RecordRef {
  readonly model: string;
  readonly key: string;
}

/** Several records' proofs (in the order asked, undefined where none) at one ledger size and state root. */
export interface ProvenRecords {
  readonly size: number;
  readonly stateRoot: StateRoot;
  readonly proofs: readonly (StateRecordProof | undefined)[];
}

/** Proves public records of the reader's projections (see the module comment). */
export class StateProofs {
  readonly #store: EventStore;
  readonly #runner: ProjectionRunner;
  #turn: Promise<unknown> = Promise.resolve();

  constructor(store: EventStore & SnapshotStore, projections: readonly AnyProjection[], upcasters?: UpcasterRegistry) {
    this.#store = store;
    const snapshots: SnapshotStore = {
      loadSnapshot: (name, version, maxSize) => store.loadSnapshot(name, version, maxSize),
      saveSnapshot: async () => {},
    };
    this.#runner = new ProjectionRunner(store, projections, {
      snapshots,
      commitment: new StateCommitment(projections),
      ...(upcasters ? { upcasters } : {}),
    });
  }

  /**
   * Loads the runner from its snapshots and folds it up to the ledger's head now, in its turn,
   * so that the first proof request after start finds it caught up instead of loading and
   * folding inside the request (seconds on a large ledger, holding back every proof behind it).
   */
  warmUp(): Promise<void> {
    const next = this.#turn.then(async () => {
      await this.#runner.catchUp();
    });
    this.#turn = next.catch(() => {});
    return next;
  }

  /** The record `key` of `model` (proof undefined when it never existed) as of `asOf` (default: the head). */
  async prove(asOf: AsOf | undefined, model: string, key: string): Promise<ProvenRecord> {
    const { size, stateRoot, proofs } = await this.proveMany(asOf, [{ model, key }]);
    return { size, stateRoot, proof: proofs[0] };
  }

  /**
   * Several records of one ledger point at once (a panel's figures): one catch-up or one past
   * replay for the whole batch, each proof `undefined` when its record never existed. The one
   * place records are proven: `prove` is the batch of one.
   */
  proveMany(asOf: AsOf | undefined, refs: readonly RecordRef[]): Promise<ProvenRecords> {
    const next = this.#turn.then(() => this.#proveMany(asOf, refs));
    this.#turn = next.catch(() => {});
    return next;
  }

  async #proveMany(asOf: AsOf | undefined, refs: readonly RecordRef[]): Promise<ProvenRecords> {
    const head = await this.#store.head();
    const target = asOf === undefined ? head.size : await sizeAsOf(this.#store, asOf);
    let runner = this.#runner;
    if (target >= runner.size || target === head.size) await runner.catchUp(target);
    if (runner.size !== target) runner = (await runner.replayAsOf({ index: target - 1 })).runner!;
    return {
      size: runner.size,
      stateRoot: runner.stateRoot()!,
      proofs: refs.map((r) => runner.proveRecord(r.model, r.key)),
    };
  }
}

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

/**
 * Record proofs for the read API (docs/audit.md): at the latest size they come from the
 * reader's one fold ({@link ReaderFold}), the same states the answers read, so a figure and
 * its proof never come from two folds; at a past point, from a replay of every projection
 * with the state commitment, resumed from the ledger's snapshots (never writing them). The
 * newest past replay is kept, so a page pinned to a past size proves its panels' figures
 * from one replay.
 */
import {
  type AsOf,
  type EventStore,
  ProjectionRunner,
  type Replayed,
  type SnapshotStore,
  StateCommitment,
  type StateRecordProof,
  type StateRoot,
  sizeAsOf,
} from '@govledger/core';
import { LRUCache } from 'lru-cache';
import type { ProvenRecords, ReaderFold, RecordRef } from './reader-fold.ts';

export type { ProvenRecords, RecordRef } from './reader-fold.ts';

/** A record's proof with the state root and ledger size it belongs to. */
export interface ProvenRecord {
  readonly size: number;
  readonly stateRoot: StateRoot;
  readonly proof: StateRecordProof | undefined;
}

/** Past replays kept for proofs: each holds every state and the commitment of its size. */
const PAST_REPLAYS_KEPT = 1;

/** Proves public records of the reader's projections (see the module comment). */
export class StateProofs {
  readonly #store: EventStore;
  readonly #fold: ReaderFold;
  readonly #pastRunner: ProjectionRunner;
  readonly #past = new LRUCache<number, Promise<Replayed>>({ max: PAST_REPLAYS_KEPT });
  #turn: Promise<unknown> = Promise.resolve();

  constructor(store: EventStore & SnapshotStore, fold: ReaderFold) {
    this.#store = store;
    this.#fold = fold;
    const snapshots: SnapshotStore = {
      loadSnapshot: (name, version, maxSize) => store.loadSnapshot(name, version, maxSize),
      saveSnapshot: async () => {},
    };
    // Never caught up itself: only its replays as of past points are used.
    this.#pastRunner = new ProjectionRunner(store, fold.projections, {
      snapshots,
      commitment: new StateCommitment(fold.projections),
      ...(fold.upcasters ? { upcasters: fold.upcasters } : {}),
    });
  }

  /** The record `key` of `model` (proof undefined when it never existed) as of `asOf` (default: the head). */
  async prove(asOf: AsOf | undefined, model: string, key: string): Promise<ProvenRecord> {
    const { size, stateRoot, proofs } = await this.proveMany(asOf, [{ model, key }]);
    return { size, stateRoot, proof: proofs[0] };
  }

  /**
   * Several records of one ledger point at once (a panel's figures): one catch-up or one past
   * replay for the whole batch, each proof `undefined` when its record never existed. The one
   * place records are proven: `prove` is the batch of one. Past replays run one at a time:
   * each holds every state of its size.
   */
  async proveMany(asOf: AsOf | undefined, refs: readonly RecordRef[]): Promise<ProvenRecords> {
    const head = await this.#store.head();
    if (asOf === undefined) return (await this.#fold.prove(refs, head.size))!;
    const target = await sizeAsOf(this.#store, asOf);
    if (target === head.size || target === this.#fold.settledSize) {
      const latest = await this.#fold.prove(refs, target, target);
      if (latest !== undefined) return latest;
    }
    const next = this.#turn.then(() => this.#provePast(target, refs));
    this.#turn = next.catch(() => {});
    return next;
  }

  async #provePast(target: number, refs: readonly RecordRef[]): Promise<ProvenRecords> {
    let replay = this.#past.get(target);
    if (replay === undefined) {
      replay = this.#pastRunner.replayAsOf({ index: target - 1 });
      this.#past.set(target, replay);
      replay.catch(() => this.#past.delete(target));
    }
    const { runner } = await replay;
    return {
      size: runner!.size,
      stateRoot: runner!.stateRoot()!,
      proofs: refs.map((r) => runner!.proveRecord(r.model, r.key)),
    };
  }
}

/**
 * The reader's one fold of the latest state: a single runner of every projection with the
 * state commitment, resumed from the ledger's newest snapshots and caught up over the log's
 * tail once for all of them. Answers read its projection states and proofs read its state
 * commitment, at the same size, so a figure and its proof can never come from two different
 * folds, and the reader holds one copy of every state.
 *
 * Start-up: until the fold is loaded (its snapshots decoded and the commitment restored), a
 * request may be answered from the states it needs loaded ahead, each from its own newest
 * snapshot ({@link EarlyStates}), when they stand at one size that is the head or has a
 * signed state note (the answer then names that size in its headers, and its figures are the
 * ones that note commits to). Otherwise the request waits for the fold. Those early states
 * are handed to the fold when it loads, never decoded twice.
 *
 * Projections update their states in place, so states are handed out only inside a
 * synchronous callback run while no fold is in progress.
 */
import {
  type AnyProjection,
  type EventStore,
  ProjectionRunner,
  type SnapshotStore,
  StateCommitment,
  type StateRecordProof,
  type StateRoot,
  type UpcasterRegistry,
} from '@govledger/core';
import { EarlyStates } from './early-states.ts';
import { storedStateNote } from './state-note.ts';

/** Options of {@link ReaderFold}. */
export interface ReaderFoldOptions {
  readonly projections: readonly AnyProjection[];
  readonly upcasters?: UpcasterRegistry | undefined;
  /** Save a snapshot of every state (and the commitment) every this many entries folded (default: never). */
  readonly snapshotEvery?: number;
}

/** Some projections' states at one ledger size, as a read sees them. */
export interface FoldedStates {
  readonly size: number;
  /** The states asked for, by projection name. Read-only, and only inside the callback. */
  readonly states: Readonly<Record<string, unknown>>;
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

/** The latest state of every projection and its state commitment (see the module comment). */
export class ReaderFold {
  readonly #store: EventStore & SnapshotStore;
  readonly #options: ReaderFoldOptions;
  readonly #early: EarlyStates;
  #runner: ProjectionRunner;
  /** True once the runner was loaded and folded at least once. */
  #ready = false;
  #catching: Promise<void> | null = null;
  /** Whether a state note was signed at a size (asked once per size). */
  readonly #signed = new Map<number, boolean>();

  constructor(store: EventStore & SnapshotStore, options: ReaderFoldOptions) {
    this.#store = store;
    this.#options = options;
    this.#early = new EarlyStates(store, options.projections);
    this.#runner = this.#newRunner();
  }

  /** The projections folded. */
  get projections(): readonly AnyProjection[] {
    return this.#options.projections;
  }

  /** The upcasters applied before the projections see events. */
  get upcasters(): UpcasterRegistry | undefined {
    return this.#options.upcasters;
  }

  /** True once the fold was loaded (the state commitment is then in memory beside the states). */
  get loaded(): boolean {
    return this.#ready;
  }

  /** The size the fold stands at when it is loaded and not folding (else undefined). */
  get settledSize(): number | undefined {
    return this.#ready && this.#catching === null ? this.#runner.size : undefined;
  }

  /**
   * Runs `use` on the states of `needs` at a size of at least `atLeast` (the head the request
   * saw), or at an earlier size that has a signed state note while the fold is still loading.
   */
  async read<T>(needs: readonly string[], atLeast: number, use: (at: FoldedStates) => T): Promise<T> {
    for (;;) {
      if (this.#ready) {
        if (this.#catching) {
          await this.#catching;
          continue;
        }
        if (this.#runner.size >= atLeast) return use(this.#foldedStates(needs));
        await this.#foldTo(atLeast);
        continue;
      }
      if (!this.#early.handingOver) await this.#early.load(needs);
      const size = this.#early.commonSize(needs);
      if (size !== undefined && (size >= atLeast || (await this.#signedAt(size)))) {
        // Checked again after the await: the fold may have taken these states meanwhile.
        if (!this.#ready && this.#early.commonSize(needs) === size) {
          return use({ size, states: this.#early.states(needs) });
        }
        continue;
      }
      await this.#foldTo(atLeast);
    }
  }

  /**
   * Runs `use` on the states of `needs` if the fold stands exactly at `size` and is not
   * folding (an `asOf` pinned to the latest size); undefined otherwise.
   */
  readIfAt<T>(needs: readonly string[], size: number, use: (at: FoldedStates) => T): T | undefined {
    return this.settledSize === size ? use(this.#foldedStates(needs)) : undefined;
  }

  /**
   * Proves records from the fold's state commitment: at its latest size (at least `atLeast`)
   * when `size` is undefined, else only if the fold stands exactly at `size` (undefined
   * otherwise: the caller replays that past point).
   */
  async prove(refs: readonly RecordRef[], atLeast: number, size?: number): Promise<ProvenRecords | undefined> {
    const target = size ?? atLeast;
    for (;;) {
      if (this.#catching) {
        await this.#catching;
        continue;
      }
      if (!this.#ready || this.#runner.size < target) {
        await this.#foldTo(target);
        continue;
      }
      const runner = this.#runner;
      if (size !== undefined && runner.size !== size) return undefined;
      return {
        size: runner.size,
        stateRoot: runner.stateRoot()!,
        proofs: refs.map((r) => runner.proveRecord(r.model, r.key)),
      };
    }
  }

  /**
   * Loads ahead the states of `names` (for the warm-up), unless the fold began loading: from
   * then on it decodes what is still missing itself.
   */
  async loadAhead(names: readonly string[]): Promise<void> {
    if (!this.#ready && !this.#early.handingOver) await this.#early.load(names);
  }

  /** Loads the fold (if not yet) and brings it to `size` (the head when undefined). */
  async catchUp(size?: number): Promise<void> {
    await this.#foldTo(size ?? (await this.#store.head()).size);
  }

  /** Reads the state root once, so that the first proof finds its tree hashed (no-op before loading). */
  hashStateTree(): void {
    if (this.settledSize !== undefined) this.#runner.stateRoot();
  }

  #foldedStates(needs: readonly string[]): FoldedStates {
    const runner = this.#runner;
    return { size: runner.size, states: Object.fromEntries(needs.map((name) => [name, runner.state(name)])) };
  }

  async #signedAt(size: number): Promise<boolean> {
    let signed = this.#signed.get(size);
    if (signed === undefined) {
      signed = (await storedStateNote(this.#store, size)) !== null;
      this.#signed.set(size, signed);
    }
    return signed;
  }

  /** Starts folding up to `size` entries (never past the head), or joins the fold in progress. */
  #foldTo(size: number): Promise<void> {
    if (this.#catching) return this.#catching;
    if (!this.#ready) this.#early.handOverAt(size);
    const fold = this.#runner.catchUp(size).then(
      () => {
        this.#ready = true;
        this.#early.clear();
      },
      (error: unknown) => {
        // A fold interrupted half way leaves states updated in place past the runner's size:
        // start over from the snapshots next time rather than serve them.
        this.#runner = this.#newRunner();
        this.#ready = false;
        this.#early.handOverAt(null);
        throw error;
      },
    );
    this.#catching = fold.finally(() => {
      this.#catching = null;
    });
    return this.#catching;
  }

  #newRunner(): ProjectionRunner {
    const { projections, upcasters, snapshotEvery } = this.#options;
    return new ProjectionRunner(this.#store, projections, {
      snapshots: this.#early.handingStore(),
      snapshotEvery: snapshotEvery ?? Number.POSITIVE_INFINITY,
      commitment: new StateCommitment(projections),
      ...(upcasters ? { upcasters } : {}),
    });
  }
}

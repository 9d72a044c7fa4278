/**
 * One projection's latest state in the reader: its own runner, loaded from its own newest
 * snapshot the first time a request needs it, then caught up incrementally. Keeping each
 * projection apart means a request for coverage never waits for the complaint board's
 * snapshot to load, and a projection whose snapshot is older does not hold back the others.
 */
import {
  type AnyProjection,
  type EventStore,
  ProjectionRunner,
  type SnapshotStore,
  type UpcasterRegistry,
} from '@govledger/core';

/** How every slot's runner is built. */
export interface SlotSettings {
  readonly store: EventStore & SnapshotStore;
  readonly upcasters?: UpcasterRegistry | undefined;
  /** Save a snapshot every this many entries (the reader normally only reads snapshots). */
  readonly snapshotEvery: number;
}

/** A projection's runner and whether a fold is in progress (its state is then half-updated). */
export class ProjectionSlot {
  readonly projection: AnyProjection;
  readonly #settings: SlotSettings;
  #runner: ProjectionRunner;
  #catching: Promise<void> | null = null;
  #loaded = false;

  constructor(projection: AnyProjection, settings: SlotSettings) {
    this.projection = projection;
    this.#settings = settings;
    this.#runner = this.#newRunner();
  }

  /** True once the state was loaded (from a snapshot or init) and folded at least once. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** The size its state was resumed at from a snapshot (0: from the start of the log). */
  get resumedAt(): number {
    return this.#runner.resumedAt;
  }

  /** Entries folded into the state. */
  get size(): number {
    return this.#runner.size;
  }

  /** The fold in progress, if any: the state must not be read until it settles. */
  get catching(): Promise<void> | null {
    return this.#catching;
  }

  /** The state. Read it only while `catching` is null, synchronously. */
  state(): unknown {
    return this.#runner.state(this.projection.name);
  }

  /** Starts folding up to `size` entries (never past the head); one fold at a time. */
  catchUp(size: number): Promise<void> {
    if (this.#catching) return this.#catching;
    const fold = this.#runner.catchUp(size).then(
      () => {
        this.#loaded = true;
      },
      (error: unknown) => {
        // A fold interrupted half way leaves the state updated in place past the runner's
        // size: start over from the snapshot next time rather than serve it.
        this.#runner = this.#newRunner();
        this.#loaded = false;
        throw error;
      },
    );
    this.#catching = fold.finally(() => {
      this.#catching = null;
    });
    return this.#catching;
  }

  /**
   * Takes its state from a fold shared with other projections (one pass over the log for all
   * of them, see `ProjectionStates.warmUp`): the slot is busy until that fold settles, then
   * goes on from the size it reached. If the shared fold fails, the slot stays unloaded and
   * its next read folds on its own.
   */
  adopt(shared: Promise<{ readonly size: number; readonly states: Readonly<Record<string, unknown>> }>): void {
    if (this.#catching) return;
    const adopted = shared.then(
      (at) => {
        const { store, upcasters, snapshotEvery } = this.#settings;
        this.#runner = ProjectionRunner.resumed(
          store,
          [this.projection],
          { snapshots: store, snapshotEvery, ...(upcasters ? { upcasters } : {}) },
          at,
        );
        this.#loaded = true;
      },
      () => {
        this.#runner = this.#newRunner();
        this.#loaded = false;
      },
    );
    this.#catching = adopted.finally(() => {
      this.#catching = null;
    });
  }

  #newRunner(): ProjectionRunner {
    return runnerOf([this.projection], this.#settings);
  }
}

/** A runner of `projections` over the settings' store, resuming from its snapshots. */
export function runnerOf(projections: readonly AnyProjection[], settings: SlotSettings): ProjectionRunner {
  const { store, upcasters, snapshotEvery } = settings;
  return new ProjectionRunner(store, projections, {
    snapshots: store,
    snapshotEvery,
    ...(upcasters ? { upcasters } : {}),
  });
}

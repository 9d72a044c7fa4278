/**
 * Runs a set of projections over the log in one pass: replay as of a point, resume from
 * snapshots, and catch up incrementally as the log grows.
 */
import type { RecordedEvent } from './envelope.ts';
import {
  type AnyProjection,
  type AsOf,
  type Projection,
  SNAPSHOT_MILESTONE,
  type SnapshotStore,
} from './projection.ts';
import type { EventStore } from './store.ts';
import type { UpcasterRegistry } from './upcaster.ts';
import { coreError } from './errors/thrown-errors.ts';
import {
  STATE_COMMITMENT_SNAPSHOT,
  type StateCommitment,
  type StateCommitmentSnapshot,
  type StateRecordProof,
  type StateRoot,
} from './state-commitment/state-commitment.ts';

/** Progress of a long replay: entries processed so far out of the target. */
export type ReplayProgress = (done: number, total: number) => void;

/** Options of a {@link ProjectionRunner}. */
export interface RunnerOptions {
  readonly upcasters?: UpcasterRegistry;
  /** When given, states resume from the newest usable snapshot and are saved after catching up. */
  readonly snapshots?: SnapshotStore;
  /**
   * Save a snapshot when at least this many entries were folded since the last one (default
   * 10,000). Writers that follow their own appends (see {@link ProjectionRunner.follow}) use
   * {@link WRITER_SNAPSHOT_EVERY}.
   */
  readonly snapshotEvery?: number;
  readonly onProgress?: ReplayProgress;
  /**
   * Applied to each event before the projections see it (e.g. decrypting personal fields).
   * Return the event itself, or a promise only when work is needed: synchronous results keep
   * the replay loop free of per-event awaits.
   */
  readonly transform?: (event: RecordedEvent) => RecordedEvent | Promise<RecordedEvent>;
  /**
   * Replays as of a past point save a snapshot at every multiple of {@link SNAPSHOT_MILESTONE}
   * they pass (stores keep those), so later questions about the past resume near their point
   * instead of from zero. Never set it with a `transform` that decrypts: snapshots must hold
   * no plaintext personal data.
   */
  readonly saveMilestones?: boolean;
  /**
   * When given, the runner keeps a state commitment over the projections' public records as
   * they fold (a fresh copy of this one: pass `new StateCommitment(projections)` with the
   * same list), snapshotted beside them. Read it with `stateRoot()` / `proveRecord()`.
   */
  readonly commitment?: StateCommitment;
}

/**
 * The snapshot policy of long writes (`demo`, and any writer that follows its own appends):
 * a snapshot of every projection each time this many entries were folded, and one at the
 * end. Sparse enough that saving the largest states costs little beside the writing, dense
 * enough that a reader started at any moment folds at most this many entries per projection.
 */
export const WRITER_SNAPSHOT_EVERY = 200_000;

/** Resolves an {@link AsOf} to a ledger size (the number of entries included). */
export async function sizeAsOf(store: EventStore, asOf: AsOf | undefined): Promise<number> {
  const head = await store.head();
  if (!asOf) return head.size;
  if ('index' in asOf) return Math.min(asOf.index + 1, head.size);
  // recordedAt never decreases along the log, so binary search for the first entry recorded
  // after the time: O(log n) single-entry reads.
  let low = 0;
  let high = head.size;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const entry = await firstEntry(store, mid);
    if (entry && entry.metadata.recordedAt <= asOf.time) low = mid + 1;
    else high = mid;
  }
  return low;
}

async function firstEntry(store: EventStore, index: number): Promise<RecordedEvent | undefined> {
  for await (const event of store.readAll({ from: index, limit: 1 })) return event;
  return undefined;
}

/** States replayed as of a point; with a commitment configured, its root and the scratch runner to prove records. */
export interface Replayed {
  readonly size: number;
  readonly states: Record<string, unknown>;
  readonly stateRoot?: StateRoot;
  readonly runner?: ProjectionRunner;
}

/**
 * Holds the state of several projections at one ledger size.
 *
 * @example
 * const runner = new ProjectionRunner(store, [complaintBoard, fundLedger]);
 * await runner.catchUp();
 * runner.state(complaintBoard); // typed: ComplaintBoardState
 */
export class ProjectionRunner {
  readonly #store: EventStore;
  readonly #projections: readonly AnyProjection[];
  readonly #options: RunnerOptions;
  #states = new Map<string, unknown>();
  #size = 0;
  #loaded = false;
  #sinceSnapshot = 0;
  #commitment: StateCommitment | undefined;
  /** Per projection, the size its resumed state already holds, while some are ahead of `size`. */
  #heldUpTo: number[] | null = null;
  #resumedAt = 0;

  constructor(store: EventStore, projections: readonly AnyProjection[], options: RunnerOptions = {}) {
    const names = new Set<string>();
    for (const p of projections) {
      if (names.has(p.name)) throw coreError('GL_DUPLICATE_DEFINITION', `two projections are named ${p.name}`);
      names.add(p.name);
    }
    this.#store = store;
    this.#projections = projections;
    this.#options = options;
  }

  /** The number of entries folded into every state. */
  get size(): number {
    return this.#size;
  }

  /** The size the states were resumed at from snapshots (0 when none was usable or before loading). */
  get resumedAt(): number {
    return this.#resumedAt;
  }

  /**
   * The current state of `projection`, typed by it (or, for code that only knows names, of
   * the projection named so). Treat it as read-only.
   */
  state<State>(projection: Projection<State>): State;
  /** The current state of the projection `name`, for callers that hold only names. */
  state<State = unknown>(name: string): State;
  state(projection: AnyProjection | string): unknown {
    const name = typeof projection === 'string' ? projection : projection.name;
    if (!this.#states.has(name)) throw coreError('GL_UNKNOWN_PROJECTION', `no projection named ${name}`);
    return this.#states.get(name);
  }

  /** Every state by projection name. */
  states(): Record<string, unknown> {
    return Object.fromEntries(this.#states);
  }

  /**
   * A runner whose states already stand at `size`, folded elsewhere (e.g. by one pass over
   * the log for several projections at once): it goes on from there as any runner does.
   */
  static resumed(
    store: EventStore,
    projections: readonly AnyProjection[],
    options: RunnerOptions,
    at: { readonly size: number; readonly states: Readonly<Record<string, unknown>> },
  ): ProjectionRunner {
    const runner = new ProjectionRunner(store, projections, options);
    for (const p of projections) {
      if (!(p.name in at.states)) throw coreError('GL_UNKNOWN_PROJECTION', `no state given for ${p.name}`);
    }
    runner.#states = new Map(projections.map((p) => [p.name, at.states[p.name]]));
    runner.#size = at.size;
    runner.#resumedAt = at.size;
    runner.#loaded = true;
    return runner;
  }

  async #start(maxSize: number): Promise<void> {
    // Each projection resumes from its own newest usable snapshot; the runner stands at the
    // smallest of their sizes and a projection whose snapshot is further on skips the entries
    // it already holds, so one pass over the tail brings them all to one size.
    const snapshots = this.#options.snapshots;
    const commitment = this.#options.commitment?.fresh();
    if (commitment) {
      // A state commitment follows every projection at one size, so it resumes only where its
      // own snapshot and one of every projection stand at the same size: its own newest first,
      // then the projections' at that size (writers keep them together; a projection saved
      // alone later does not hide the common size).
      const own = snapshots
        ? await snapshots.loadSnapshot(STATE_COMMITMENT_SNAPSHOT, commitment.snapshotVersion, maxSize)
        : null;
      const loaded =
        own && snapshots
          ? await Promise.all(this.#projections.map((p) => snapshots.loadSnapshot(p.name, p.version, own.size)))
          : [];
      const usable = own !== null && loaded.every((s) => s !== null && s.size === own.size);
      this.#states = new Map(this.#projections.map((p, i) => [p.name, usable ? loaded[i]!.state : p.init()]));
      this.#size = usable ? own.size : 0;
      if (usable) commitment.restore(own.state as StateCommitmentSnapshot);
      this.#heldUpTo = null;
    } else {
      const loaded = snapshots
        ? await Promise.all(this.#projections.map((p) => snapshots.loadSnapshot(p.name, p.version, maxSize)))
        : this.#projections.map(() => null);
      const sizes = loaded.map((s) => s?.size ?? 0);
      this.#states = new Map(this.#projections.map((p, i) => [p.name, loaded[i] ? loaded[i]!.state : p.init()]));
      this.#size = sizes.length > 0 ? Math.min(...sizes) : 0;
      this.#heldUpTo = sizes.some((size) => size > this.#size) ? sizes : null;
    }
    this.#resumedAt = this.#size;
    this.#commitment = commitment;
    this.#loaded = true;
  }

  /** Folds every entry up to `targetSize` (exclusive end) into the states. */
  async #advance(targetSize: number): Promise<void> {
    const total = targetSize - this.#size;
    if (total <= 0) return;
    const { upcasters, onProgress, transform } = this.#options;
    const projections = this.#projections;
    const states = projections.map((p) => this.#states.get(p.name));
    const commitment = this.#commitment;
    const stateOf = (slot: number): unknown => states[slot];
    let done = 0;
    const tick = Math.max(1, Math.floor(total / 100));
    let event: RecordedEvent;
    const heldUpTo = this.#heldUpTo;
    for await (const read of this.#store.readAll({ from: this.#size, to: targetSize })) {
      let opened = transform ? transform(read) : read;
      if (opened instanceof Promise) opened = await opened;
      event = upcasters && !upcasters.isEmpty ? upcasters.upcast(opened) : opened;
      if (heldUpTo === null) {
        for (let i = 0; i < projections.length; i++) states[i] = projections[i]!.evolve(states[i], event);
      } else {
        for (let i = 0; i < projections.length; i++)
          if (event.index >= heldUpTo[i]!) states[i] = projections[i]!.evolve(states[i], event);
      }
      commitment?.observe(event, stateOf);
      done++;
      if (onProgress && done % tick === 0) onProgress(done, total);
    }
    projections.forEach((p, i) => {
      this.#states.set(p.name, states[i]);
    });
    this.#size += done;
    this.#sinceSnapshot += done;
    if (heldUpTo?.every((size) => size <= this.#size)) this.#heldUpTo = null;
    onProgress?.(done, total);
  }

  /**
   * Brings every projection up to the ledger's head (or to `to` entries, when the head is
   * further) and saves snapshots when due. Returns the size the states now stand at.
   */
  async catchUp(to?: number): Promise<number> {
    const head = await this.#store.head();
    const target = to === undefined ? head.size : Math.min(to, head.size);
    if (!this.#loaded) await this.#start(target);
    await this.#advance(target);
    await this.#maybeSnapshot();
    return this.#size;
  }

  /**
   * Folds entries the caller has just appended and holds in hand (a writer such as `demo`),
   * without reading them back, and saves snapshots when due. The events must continue the
   * log exactly where the states stand (the first time: where the newest usable snapshot
   * before them leaves the states, 0 on a new ledger); a gap or overlap is a caller's bug.
   */
  async follow(events: readonly RecordedEvent[]): Promise<void> {
    const first = events[0];
    if (first === undefined) return;
    if (!this.#loaded) await this.#start(first.index);
    if (first.index !== this.#size) {
      throw coreError(
        'GL_ARGUMENT_OUT_OF_RANGE',
        `follow: events start at index ${first.index}, but the states stand at size ${this.#size}`,
      );
    }
    const { upcasters, transform } = this.#options;
    if (transform)
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', 'follow: a runner with a transform cannot follow appends');
    const projections = this.#projections;
    const states = projections.map((p) => this.#states.get(p.name));
    const heldUpTo = this.#heldUpTo;
    const commitment = this.#commitment;
    const stateOf = (slot: number): unknown => states[slot];
    for (const recorded of events) {
      const event = upcasters && !upcasters.isEmpty ? upcasters.upcast(recorded) : recorded;
      for (let i = 0; i < projections.length; i++)
        if (heldUpTo === null || event.index >= heldUpTo[i]!) states[i] = projections[i]!.evolve(states[i], event);
      commitment?.observe(event, stateOf);
    }
    projections.forEach((p, i) => {
      this.#states.set(p.name, states[i]);
    });
    this.#size += events.length;
    this.#sinceSnapshot += events.length;
    if (heldUpTo?.every((size) => size <= this.#size)) this.#heldUpTo = null;
    await this.#maybeSnapshot();
  }

  /** Saves a snapshot of every state at the size it stands at now (the end of a long write). */
  async saveSnapshots(): Promise<void> {
    if (this.#loaded) await this.#saveSnapshots();
  }

  async #maybeSnapshot(): Promise<void> {
    if (this.#sinceSnapshot < (this.#options.snapshotEvery ?? 10_000)) return;
    await this.#saveSnapshots();
  }

  async #saveSnapshots(): Promise<void> {
    const snapshots = this.#options.snapshots;
    if (!snapshots) return;
    for (const [i, p] of this.#projections.entries()) {
      // A state resumed from a snapshot further on than the runner's size is not a state at this size.
      if (this.#heldUpTo !== null && this.#heldUpTo[i]! > this.#size) continue;
      await snapshots.saveSnapshot({
        name: p.name,
        version: p.version,
        size: this.#size,
        state: this.#states.get(p.name),
      });
    }
    const commitment = this.#commitment;
    if (commitment) {
      await snapshots.saveSnapshot({
        name: STATE_COMMITMENT_SNAPSHOT,
        version: commitment.snapshotVersion,
        size: this.#size,
        state: commitment.snapshot(this.#stateOf),
      });
    }
    this.#sinceSnapshot = 0;
  }

  #stateOf = (slot: number): unknown => this.#states.get(this.#projections[slot]!.name);

  /** The state commitment the states stand at, when the runner was given one (else undefined). */
  get commitment(): StateCommitment | undefined {
    return this.#commitment;
  }

  /** Reads the state commitment against this runner's states (undefined without one). */
  stateRoot(): StateRoot | undefined {
    return this.#commitment?.root(this.#stateOf);
  }

  /** The state commitment's layout and leaf hashes at the runner's size (undefined without one). */
  stateCommitmentSnapshot(): StateCommitmentSnapshot | undefined {
    return this.#commitment?.snapshot(this.#stateOf);
  }

  /** One public record with its proof against `stateRoot()` (undefined when unknown or no commitment). */
  proveRecord(model: string, key: string): StateRecordProof | undefined {
    return this.#commitment?.prove(model, key, this.#stateOf);
  }

  /**
   * Fresh states as of a past point (or the head), leaving this runner untouched. Resumes
   * from the newest snapshot at or before that point when a snapshot store is configured.
   */
  async replayAsOf(asOf?: AsOf): Promise<Replayed> {
    const target = await sizeAsOf(this.#store, asOf);
    const scratch = new ProjectionRunner(this.#store, this.#projections, {
      ...this.#options,
      snapshotEvery: Number.POSITIVE_INFINITY,
    });
    await scratch.#start(target);
    if (this.#options.saveMilestones && this.#options.snapshots) {
      const first = (Math.floor(scratch.size / SNAPSHOT_MILESTONE) + 1) * SNAPSHOT_MILESTONE;
      for (let milestone = first; milestone <= target; milestone += SNAPSHOT_MILESTONE) {
        await scratch.#advance(milestone);
        await scratch.#saveSnapshots();
      }
    }
    await scratch.#advance(target);
    const root = scratch.stateRoot();
    return root === undefined
      ? { size: scratch.size, states: scratch.states() }
      : { size: scratch.size, states: scratch.states(), stateRoot: root, runner: scratch };
  }
}

/** One-shot replay of `projections` as of a point: the states and the size they stand at. */
export async function replayProjections(
  store: EventStore,
  projections: readonly AnyProjection[],
  asOf?: AsOf,
  options: RunnerOptions = {},
): Promise<Replayed> {
  return new ProjectionRunner(store, projections, options).replayAsOf(asOf);
}

/**
 * Projection states for requests: the latest state of each projection, loaded on first use
 * from its newest snapshot and caught up incrementally whenever the store's head moves
 * (events appended by another writer appear without a restart), and a few past states
 * ("as of") in an LRU, each replayed once from the newest snapshots at or before it.
 *
 * A request reads only the projections its route needs ({@link ProjectionStates.scoped}),
 * so the first answer after a cold start costs the snapshots of that route, not of all.
 * Projections update their state in place, so a state is handed to a request only inside a
 * synchronous callback (`use`) run while none of those projections is folding: the caller
 * maps the state to its DTO there and never holds on to it.
 */
import {
  type AnyProjection,
  type AsOf,
  type EventStore,
  type Projection,
  type SnapshotStore,
  sizeAsOf,
  type UpcasterRegistry,
} from '@govledger/core';
import { setTimeout as delay } from 'node:timers/promises';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { LRUCache } from 'lru-cache';
import { type BadParameter, badParameter, type RateLimited } from './errors.ts';
import { etagOf, type LedgerHeads } from './ledger-head.ts';
import { ProjectionSlot, runnerOf, type SlotSettings } from './projection-slot.ts';

/** The states of some projections after the first `size` entries. Read-only, and only inside `use`. */
export interface StateView {
  readonly size: number;
  /** Base64 RFC 6962 root of the first `size` entries. */
  readonly root: string;
  /** The ETag of that tree (see `etagOf`). */
  readonly etag: string;
  /** The states of the projections asked for, by name. */
  readonly states: Readonly<Record<string, unknown>>;
  /** The state of `projection` (one the route needs), typed by it. */
  state<State>(projection: Projection<State>): State;
}

/** A view of `states` after the first `size` entries, whose tree has root `root`. */
export function stateViewOf(size: number, root: string, states: Readonly<Record<string, unknown>>): StateView {
  return {
    size,
    root,
    etag: etagOf(size, root),
    states,
    state<State>(projection: Projection<State>): State {
      if (!(projection.name in states)) throw new Error(`projection ${projection.name} is not among the route's needs`);
      // The states are keyed by the projections' names, so the one under this name is this projection's.
      return states[projection.name] as State;
    },
  };
}

/** Reads projection states; what route modules are handed. */
export interface StateReader {
  /** The names of the projections this reader can read. */
  readonly names: readonly string[];
  /**
   * Runs `use` on the states as of `asOf` (the head when absent) and returns its result. An
   * `asOf` index at or beyond the head is a bad parameter: that state does not exist yet.
   */
  read<T>(
    asOf: AsOf | undefined,
    use: (view: StateView) => T,
    admitReplay?: AdmitReplay,
  ): Promise<Either<BadParameter | RateLimited, T>>;
}

/**
 * Asked before a past state no cache holds is replayed, with the ledger size it is for: 0
 * admits the replay, a positive number refuses it (the seconds after which to try again).
 */
export type AdmitReplay = (size: number) => number;

/** Options of {@link ProjectionStates}. */
export interface ProjectionStatesOptions {
  readonly projections: readonly AnyProjection[];
  readonly upcasters?: UpcasterRegistry;
  /** Save a snapshot of the latest states every this many entries (default: never; the reader only reads snapshots). */
  readonly snapshotEvery?: number;
  /** How many past states to keep (default 4). */
  readonly pastStates?: number;
}

/** A warm-up that had to fold at least this many entries for one projection folds the other cold ones together. */
export const SHARED_FOLD_MIN_TAIL = 2_000;

/** How long the warm-up pauses before each projection, letting requests that arrived meanwhile in. */
const WARM_UP_PAUSE_MS = 20;

/** The latest and a few past projection states of one store. */
export class ProjectionStates implements StateReader {
  readonly #store: EventStore & SnapshotStore;
  readonly #heads: LedgerHeads;
  readonly #settings: SlotSettings;
  readonly #slots: ReadonlyMap<string, ProjectionSlot>;
  readonly #past: LRUCache<string, Promise<StateView>>;
  /** Reads in progress, and who waits for there to be none (the warm-up). */
  #reading = 0;
  #settled: (() => void)[] = [];

  constructor(store: EventStore & SnapshotStore, heads: LedgerHeads, options: ProjectionStatesOptions) {
    this.#store = store;
    this.#heads = heads;
    const settings: SlotSettings = {
      store,
      upcasters: options.upcasters,
      snapshotEvery: options.snapshotEvery ?? Number.POSITIVE_INFINITY,
    };
    this.#settings = settings;
    const slots = new Map<string, ProjectionSlot>();
    for (const projection of options.projections) {
      if (slots.has(projection.name)) throw new Error(`two projections are named ${projection.name}`);
      slots.set(projection.name, new ProjectionSlot(projection, settings));
    }
    this.#slots = slots;
    this.#past = new LRUCache({ max: options.pastStates ?? 4 });
  }

  get names(): readonly string[] {
    return [...this.#slots.keys()];
  }

  /** Reads every projection (see {@link StateReader.read}). */
  read<T>(
    asOf: AsOf | undefined,
    use: (view: StateView) => T,
    admitReplay?: AdmitReplay,
  ): Promise<Either<BadParameter | RateLimited, T>> {
    return this.#read(this.names, asOf, use, admitReplay);
  }

  /** A reader of only the projections `needs` names: what one route module is handed. */
  scoped(needs: readonly string[]): StateReader {
    for (const name of needs) if (!this.#slots.has(name)) throw new Error(`no projection named ${name}`);
    return { names: needs, read: (asOf, use, admitReplay) => this.#read(needs, asOf, use, admitReplay) };
  }

  /**
   * Loads and catches up every projection, one at a time, so later first requests find them
   * ready. A serving reader starts this in the background once it listens, and stops it
   * (between projections) through `signal` when it closes.
   *
   * A load holds the thread for as long as it takes (over a second for the largest state),
   * so requests come first: before each projection the warm-up pauses long enough for
   * requests that arrived during the last load to be taken in, then waits until no request
   * is reading. A request waiting for the projection just loaded answers before the next
   * load, not after it.
   */
  async warmUp(signal?: AbortSignal): Promise<void> {
    const { size } = await this.#heads.current();
    for (const slot of this.#slots.values()) {
      await delay(WARM_UP_PAUSE_MS);
      await this.#noReads();
      if (signal?.aborted) return;
      while (slot.catching) await slot.catching;
      if (slot.size < size || !slot.loaded) await slot.catchUp(size);
      // Snapshots are left together (by writers, `replay`), so when this one lagged far behind
      // the head the others do too: fold the rest in one pass instead of one pass each.
      if (size - slot.resumedAt >= SHARED_FOLD_MIN_TAIL) await this.#foldColdTogether(size, signal);
    }
  }

  /**
   * Every projection no request has loaded yet, loaded from its own newest snapshot and
   * brought to `size` in one pass over the log's tail (instead of one pass each): on a ledger
   * whose snapshots lag behind its head, the tail is read and decoded once.
   */
  async #foldColdTogether(size: number, signal?: AbortSignal): Promise<void> {
    await delay(WARM_UP_PAUSE_MS);
    await this.#noReads();
    if (signal?.aborted) return;
    const cold = [...this.#slots.values()].filter((slot) => !slot.loaded && !slot.catching);
    if (cold.length < 2) return;
    const runner = runnerOf(
      cold.map((slot) => slot.projection),
      this.#settings,
    );
    const shared = runner.catchUp(size).then((reached) => ({ size: reached, states: runner.states() }));
    for (const slot of cold) slot.adopt(shared);
    await shared.catch(() => undefined);
  }

  /** Resolves once no read is in progress (at once when none is). */
  #noReads(): Promise<void> {
    return this.#reading === 0 ? Promise.resolve() : new Promise((resolve) => this.#settled.push(resolve));
  }

  /** Reads, counted so that the warm-up can wait for none to be in progress. */
  async #read<T>(
    needs: readonly string[],
    asOf: AsOf | undefined,
    use: (view: StateView) => T,
    admitReplay?: AdmitReplay,
  ): Promise<Either<BadParameter | RateLimited, T>> {
    this.#reading++;
    try {
      return await this.#readUncounted(needs, asOf, use, admitReplay);
    } finally {
      if (--this.#reading === 0) for (const resolve of this.#settled.splice(0)) resolve();
    }
  }

  async #readUncounted<T>(
    needs: readonly string[],
    asOf: AsOf | undefined,
    use: (view: StateView) => T,
    admitReplay?: AdmitReplay,
  ): Promise<Either<BadParameter | RateLimited, T>> {
    const head = await this.#heads.current();
    if (asOf === undefined) return right(await this.#readLatest(needs, head.size, use));
    if ('index' in asOf && asOf.index >= head.size) {
      const last = head.size === 0 ? 'the ledger is empty' : `the last entry is ${head.size - 1}`;
      return left(badParameter('asOf', `index ${asOf.index} is beyond the ledger (${last})`));
    }
    const target = 'index' in asOf ? asOf.index + 1 : await sizeAsOf(this.#store, asOf);
    const slots = needs.map((name) => this.#slots.get(name) as ProjectionSlot);
    if (slots.every((slot) => slot.loaded && !slot.catching && slot.size === target)) {
      return right(use(await this.#latestView(slots, target)));
    }
    if (admitReplay && !this.#past.has(this.#pastKey(needs, target))) {
      const retryAfterSeconds = admitReplay(target);
      if (retryAfterSeconds > 0) return left({ _tag: 'RateLimited', retryAfterSeconds });
    }
    return right(use(await this.#pastView(needs, target)));
  }

  /**
   * Brings the needed projections to one common size, at least `atLeast` (the head this
   * request saw), then runs `use` in the same synchronous turn in which it found none folding.
   */
  async #readLatest<T>(needs: readonly string[], atLeast: number, use: (view: StateView) => T): Promise<T> {
    const slots = needs.map((name) => this.#slots.get(name) as ProjectionSlot);
    for (;;) {
      const busy = slots.find((slot) => slot.catching);
      if (busy) {
        await busy.catching;
        continue;
      }
      const target = Math.max(atLeast, ...slots.map((slot) => slot.size));
      const behind = slots.filter((slot) => !slot.loaded || slot.size < target);
      if (behind.length > 0) {
        await Promise.all(behind.map((slot) => slot.catchUp(target)));
        continue;
      }
      const root = this.#heads.knownRoot(target);
      if (root === undefined) {
        await this.#heads.rootOf(target);
        continue;
      }
      return use(this.#view(slots, target, root));
    }
  }

  async #latestView(slots: readonly ProjectionSlot[], size: number): Promise<StateView> {
    const root = await this.#heads.rootOf(size);
    return this.#view(slots, size, root);
  }

  #view(slots: readonly ProjectionSlot[], size: number, root: string): StateView {
    const states = Object.fromEntries(slots.map((slot) => [slot.projection.name, slot.state()]));
    return stateViewOf(size, root, states);
  }

  #pastKey(needs: readonly string[], size: number): string {
    return `${size}\u0000${needs.join('\u0000')}`;
  }

  #pastView(needs: readonly string[], size: number): Promise<StateView> {
    const key = this.#pastKey(needs, size);
    let view = this.#past.get(key);
    if (!view) {
      view = this.#replay(needs, size);
      this.#past.set(key, view);
      view.catch(() => this.#past.delete(key));
    }
    return view;
  }

  async #replay(needs: readonly string[], size: number): Promise<StateView> {
    const projections = needs.map((name) => (this.#slots.get(name) as ProjectionSlot).projection);
    const states =
      size === 0
        ? Object.fromEntries(projections.map((p) => [p.name, p.init()]))
        : (await runnerOf(projections, this.#settings).replayAsOf({ index: size - 1 })).states;
    const root = await this.#heads.rootOf(size);
    return stateViewOf(size, root, states);
  }
}

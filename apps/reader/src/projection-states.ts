/**
 * Projection states for requests: the latest states from the reader's one fold
 * ({@link ReaderFold}: every projection and the state commitment, resumed from the newest
 * snapshots and caught up incrementally whenever the store's head moves, so events appended
 * by another writer appear without a restart), and a few past states ("as of") in an LRU,
 * each replayed once from the newest snapshots at or before it.
 *
 * A request reads only the projections its route needs ({@link ProjectionStates.scoped});
 * until the fold is loaded, the first answers after a cold start decode only the snapshots
 * of their routes. Projections update their state in place, so a state is handed to a
 * request only inside a synchronous callback (`use`) run while no fold is in progress: the
 * caller maps the state to its DTO there and never holds on to it.
 */
import {
  type AsOf,
  type EventStore,
  type Projection,
  ProjectionRunner,
  type SnapshotStore,
  sizeAsOf,
} from '@govledger/core';
import { setTimeout as delay } from 'node:timers/promises';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { LRUCache } from 'lru-cache';
import { type BadParameter, badParameter, type RateLimited } from './errors.ts';
import { etagOf, type LedgerHeads } from './ledger-head.ts';
import type { ReaderFold } from './reader-fold.ts';

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
  /** How many past states to keep (default 4). */
  readonly pastStates?: number;
}

/** How long the warm-up pauses before each projection, letting requests that arrived meanwhile in. */
const WARM_UP_PAUSE_MS = 20;

/** The latest and a few past projection states of one store. */
export class ProjectionStates implements StateReader {
  readonly #store: EventStore & SnapshotStore;
  readonly #heads: LedgerHeads;
  readonly #fold: ReaderFold;
  readonly #names: readonly string[];
  readonly #past: LRUCache<string, Promise<StateView>>;
  /** Reads in progress, and who waits for there to be none (the warm-up). */
  #reading = 0;
  #settled: (() => void)[] = [];

  constructor(
    store: EventStore & SnapshotStore,
    heads: LedgerHeads,
    fold: ReaderFold,
    options: ProjectionStatesOptions = {},
  ) {
    this.#store = store;
    this.#heads = heads;
    this.#fold = fold;
    const names = new Set<string>();
    for (const projection of fold.projections) {
      if (names.has(projection.name)) throw new Error(`two projections are named ${projection.name}`);
      names.add(projection.name);
    }
    this.#names = [...names];
    this.#past = new LRUCache({ max: options.pastStates ?? 4 });
  }

  get names(): readonly string[] {
    return this.#names;
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
    for (const name of needs) if (!this.#names.includes(name)) throw new Error(`no projection named ${name}`);
    return { names: needs, read: (asOf, use, admitReplay) => this.#read(needs, asOf, use, admitReplay) };
  }

  /**
   * Loads the fold in the background so that later first requests find it ready: first each
   * projection's own snapshot, one at a time (so that every panel can answer before the whole
   * fold is decoded), then the fold itself (handed those states, decoding only the state
   * commitment and what is missing), caught up to the head, and its state tree hashed for
   * the first proofs. A serving reader starts this once it listens, and stops it (between
   * steps) through `signal` when it closes.
   *
   * A load holds the thread for as long as it takes, so requests come first: before each
   * step the warm-up pauses long enough for requests that arrived during the last one to be
   * taken in, waits for `quiet` (the reader's requests: a moment without any), then until
   * no request is reading.
   */
  async warmUp(signal?: AbortSignal, quiet?: (signal?: AbortSignal) => Promise<boolean>): Promise<void> {
    const idle = async () => {
      await delay(WARM_UP_PAUSE_MS);
      if (quiet && !(await quiet(signal))) return false;
      await this.#noReads();
      return !signal?.aborted;
    };
    for (const name of this.#names) {
      if (!(await idle())) return;
      await this.#fold.loadAhead([name]);
    }
    if (!(await idle())) return;
    await this.#fold.catchUp();
    if (!(await idle())) return;
    this.#fold.hashStateTree();
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
    if (this.#fold.settledSize === target) {
      const root = await this.#heads.rootOf(target);
      const latest = this.#fold.readIfAt(needs, target, (at) => use(stateViewOf(at.size, root, at.states)));
      if (latest !== undefined) return right(latest);
    }
    if (admitReplay && !this.#past.has(this.#pastKey(needs, target))) {
      const retryAfterSeconds = admitReplay(target);
      if (retryAfterSeconds > 0) return left({ _tag: 'RateLimited', retryAfterSeconds });
    }
    return right(use(await this.#pastView(needs, target)));
  }

  /**
   * The states of `needs` from the fold at a size of at least `atLeast` (the head this request
   * saw), `use` run in the same synchronous turn in which the fold was found settled.
   */
  async #readLatest<T>(needs: readonly string[], atLeast: number, use: (view: StateView) => T): Promise<T> {
    for (;;) {
      let rootMissing: number | undefined;
      const answered = await this.#fold.read(needs, atLeast, (at) => {
        const root = this.#heads.knownRoot(at.size);
        if (root === undefined) {
          rootMissing = at.size;
          return undefined;
        }
        return { value: use(stateViewOf(at.size, root, at.states)) };
      });
      if (answered !== undefined) return answered.value;
      await this.#heads.rootOf(rootMissing!);
    }
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
    const projections = this.#fold.projections.filter((p) => needs.includes(p.name));
    const states =
      size === 0
        ? Object.fromEntries(projections.map((p) => [p.name, p.init()]))
        : (
            await new ProjectionRunner(this.#store, projections, {
              snapshots: this.#store,
              snapshotEvery: Number.POSITIVE_INFINITY,
              ...(this.#fold.upcasters ? { upcasters: this.#fold.upcasters } : {}),
            }).replayAsOf({ index: size - 1 })
          ).states;
    const root = await this.#heads.rootOf(size);
    return stateViewOf(size, root, states);
  }
}

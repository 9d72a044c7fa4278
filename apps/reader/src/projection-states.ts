/**
 * Projection states for requests: the latest state, caught up incrementally whenever the
 * store's head moves (events appended by another writer appear without a restart), and a
 * few past states ("as of") in an LRU, each replayed once from the newest snapshot at or
 * before it.
 *
 * Projections update their state in place, so a state is handed to a request only inside a
 * synchronous callback (`use`) run while no catch-up is folding: the caller maps the state
 * to its DTO there and never holds on to it.
 */
import {
  type AnyProjection,
  type AsOf,
  type EventStore,
  ProjectionRunner,
  type SnapshotStore,
  sizeAsOf,
  type UpcasterRegistry,
} from '@govledger/core';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type BadParameter, badParameter } from './errors.ts';
import { etagOf, type LedgerHeads } from './ledger-head.ts';
import { Lru } from './lru.ts';

/** The states of every projection after the first `size` entries. Read-only, and only inside `use`. */
export interface StateView {
  readonly size: number;
  /** Base64 RFC 6962 root of the first `size` entries. */
  readonly root: string;
  /** The ETag of that tree (see `etagOf`). */
  readonly etag: string;
  readonly states: Readonly<Record<string, unknown>>;
}

/** Options of {@link ProjectionStates}. */
export interface ProjectionStatesOptions {
  readonly projections: readonly AnyProjection[];
  readonly upcasters?: UpcasterRegistry;
  /** Save a snapshot of the latest states every this many entries (default: never; the reader only reads snapshots). */
  readonly snapshotEvery?: number;
  /** How many past states to keep (default 4). */
  readonly pastStates?: number;
}

/** The latest and a few past projection states of one store. */
export class ProjectionStates {
  readonly #store: EventStore & SnapshotStore;
  readonly #heads: LedgerHeads;
  readonly #options: ProjectionStatesOptions;
  #runner: ProjectionRunner;
  #latest: StateView | null = null;
  #catching: Promise<void> | null = null;
  readonly #past: Lru<number, Promise<StateView>>;

  constructor(store: EventStore & SnapshotStore, heads: LedgerHeads, options: ProjectionStatesOptions) {
    this.#store = store;
    this.#heads = heads;
    this.#options = options;
    this.#runner = this.#newRunner();
    this.#past = new Lru(options.pastStates ?? 4);
  }

  /** The names of the projections held. */
  get names(): readonly string[] {
    return this.#options.projections.map((p) => p.name);
  }

  /**
   * Runs `use` on the states as of `asOf` (the head when absent) and returns its result. An
   * `asOf` index at or beyond the head is a bad parameter: that state does not exist yet.
   */
  async read<T>(asOf: AsOf | undefined, use: (view: StateView) => T): Promise<Either<BadParameter, T>> {
    const head = await this.#heads.current();
    if (asOf === undefined) return right(await this.#readLatest(head.size, use));
    if ('index' in asOf && asOf.index >= head.size) {
      const last = head.size === 0 ? 'the ledger is empty' : `the last entry is ${head.size - 1}`;
      return left(badParameter('asOf', `index ${asOf.index} is beyond the ledger (${last})`));
    }
    const target = 'index' in asOf ? asOf.index + 1 : await sizeAsOf(this.#store, asOf);
    const latest = this.#latest;
    if (!this.#catching && latest && latest.size === target) return right(use(latest));
    return right(use(await this.#pastView(target)));
  }

  async #readLatest<T>(atLeast: number, use: (view: StateView) => T): Promise<T> {
    for (;;) {
      if (this.#catching) {
        await this.#catching;
        continue;
      }
      const latest = this.#latest;
      if (latest && latest.size >= atLeast) return use(latest);
      this.#catching = this.#catchUp().finally(() => {
        this.#catching = null;
      });
    }
  }

  async #catchUp(): Promise<void> {
    try {
      const size = await this.#runner.catchUp();
      const root = await this.#heads.rootOf(size);
      this.#latest = { size, root, etag: etagOf(size, root), states: this.#runner.states() };
    } catch (error) {
      // A fold interrupted half way leaves states updated in place past the runner's size:
      // start over from the snapshots next time rather than serve them.
      this.#runner = this.#newRunner();
      this.#latest = null;
      throw error;
    }
  }

  #pastView(size: number): Promise<StateView> {
    let view = this.#past.get(size);
    if (!view) {
      view = this.#replay(size);
      this.#past.set(size, view);
      view.catch(() => this.#past.delete(size));
    }
    return view;
  }

  async #replay(size: number): Promise<StateView> {
    const states =
      size === 0
        ? Object.fromEntries(this.#options.projections.map((p) => [p.name, p.init()]))
        : (await this.#runner.replayAsOf({ index: size - 1 })).states;
    const root = await this.#heads.rootOf(size);
    return { size, root, etag: etagOf(size, root), states };
  }

  #newRunner(): ProjectionRunner {
    const { projections, upcasters, snapshotEvery } = this.#options;
    return new ProjectionRunner(this.#store, projections, {
      snapshots: this.#store,
      snapshotEvery: snapshotEvery ?? Number.POSITIVE_INFINITY,
      ...(upcasters ? { upcasters } : {}),
    });
  }
}

/**
 * Projection states loaded ahead of the reader's fold, each from its own newest snapshot, so
 * that the first answers after a cold start decode only the snapshots their routes need (a
 * few kilobytes for most panels) instead of every state and the state commitment.
 *
 * When the fold loads, it asks for its snapshots through {@link EarlyStates.handingStore}:
 * a state loaded here at exactly the size the fold resumes at is handed over (the same
 * object, not a second copy). A handed state the fold will fold further is forgotten here
 * at once, so no early answer ever reads a state while the fold updates it; one already at
 * the size the fold is loading to stays readable until the fold is loaded, since nothing
 * changes it.
 */
import type { AnyProjection, EventStore, SnapshotStore } from '@govledger/core';

/** A state loaded from its snapshot: the ledger size it stands at. */
interface Loaded {
  readonly size: number;
  readonly state: unknown;
}

/** The states loaded ahead of the fold (see the module comment). */
export class EarlyStates {
  readonly #store: EventStore & SnapshotStore;
  readonly #byName: ReadonlyMap<string, AnyProjection>;
  /** Loaded states; null where the projection has no snapshot. */
  readonly #loaded = new Map<string, Loaded | null>();
  /** The size the fold is loading to, once it began (null before, and after a failed load). */
  #handingOverAt: number | null = null;

  constructor(store: EventStore & SnapshotStore, projections: readonly AnyProjection[]) {
    this.#store = store;
    this.#byName = new Map(projections.map((p) => [p.name, p]));
  }

  /** True while the fold is loading: nothing more is loaded here, the fold decodes the rest. */
  get handingOver(): boolean {
    return this.#handingOverAt !== null;
  }

  /** Loads the newest snapshot (at most the head) of each of `names` not tried yet. */
  async load(names: readonly string[]): Promise<void> {
    for (const name of names) {
      if (this.#loaded.has(name) || this.handingOver) continue;
      const projection = this.#byName.get(name);
      if (projection === undefined) throw new Error(`no projection named ${name}`);
      const head = await this.#store.head();
      if (this.#loaded.has(name) || this.handingOver) continue;
      const snapshot = await this.#store.loadSnapshot(projection.name, projection.version, head.size);
      // Another read may have loaded it meanwhile, or the fold begun: keep the first.
      if (this.#loaded.has(name) || this.handingOver) continue;
      this.#loaded.set(name, snapshot ? { size: snapshot.size, state: snapshot.state } : null);
    }
  }

  /** The one size every state of `names` stands at, if all are loaded at the same size. */
  commonSize(names: readonly string[]): number | undefined {
    let size: number | undefined;
    for (const name of names) {
      const loaded = this.#loaded.get(name);
      if (!loaded || (size !== undefined && loaded.size !== size)) return undefined;
      size = loaded.size;
    }
    return size;
  }

  /** The states of `names` (all loaded, see `commonSize`), by name. Read them synchronously. */
  states(names: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((name) => [name, this.#loaded.get(name)?.state]));
  }

  /** Marks the start of the fold's load to `size` (null: the load failed, load here again). */
  handOverAt(size: number | null): void {
    this.#handingOverAt = size;
  }

  /** Forgets every state: the fold holds them now. */
  clear(): void {
    this.#loaded.clear();
  }

  /**
   * The snapshot store the fold loads from: the store itself, except that a state loaded here
   * at exactly the size asked for is handed over instead of decoded again. Saving goes to the store.
   */
  handingStore(): SnapshotStore {
    return {
      loadSnapshot: async (name, version, maxSize) => {
        const loaded = this.#loaded.get(name);
        const projection = this.#byName.get(name);
        if (this.handingOver && loaded && projection?.version === version && loaded.size === maxSize) {
          // The fold folds it further: no early answer may read it from now on.
          if (loaded.size !== this.#handingOverAt) this.#loaded.delete(name);
          return { name, version, size: loaded.size, state: loaded.state };
        }
        return this.#store.loadSnapshot(name, version, maxSize);
      },
      saveSnapshot: (snapshot) => this.#store.saveSnapshot(snapshot),
    };
  }
}

/**
 * A replaying witness's own replay of one log: the entries it fetched, each batch checked
 * against the root of a checkpoint the witness cosigned before it is folded, and the state
 * root its own projections give at every size it replayed to. A state note is cosigned only
 * when its root is the replay's at the same size: the witness never takes a figure on trust.
 *
 * Old events are lifted by the log's upcaster registry when one is given, as the operator's
 * runners lift them; without it a projection that reads only the newest schema would disagree.
 *
 * The replay lives in memory (a {@link MemoryStore}); a restarted witness replays from the
 * first entry again at the next state note. A batch of entries that does not hash to the
 * cosigned root is thrown away with the whole replay (the next note replays from zero), so
 * the replay only ever holds entries of the log the witness cosigned.
 */
import {
  type AnyProjection,
  encodeHash,
  hashEquals,
  MemoryStore,
  ProjectionRunner,
  type StateCommitmentSnapshot,
  StateCommitment,
  type StateRoot,
  type UpcasterRegistry,
} from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { LogSource } from './log-source.ts';

/** Why the replay cannot give a state root at a size. */
export interface ReplayUnavailable {
  readonly _tag: 'ReplayUnavailable';
  /** 502 when the log's entries could not be read or do not match, 409 when the replay is past the size. */
  readonly status: 409 | 502;
  readonly reason: string;
}

const unavailable = (status: 409 | 502, reason: string): Either<ReplayUnavailable, never> =>
  left({ _tag: 'ReplayUnavailable', status, reason });

/** Options of a {@link StateReplay}. */
export interface StateReplayOptions {
  /**
   * The log's upcaster registry (for a govledger ledger, governance's `governanceUpcasters`):
   * every entry is lifted to its newest schema before the projections fold it, exactly as the
   * operator's own runners and read API lift it, so an old event means the same thing to the
   * witness. Upcasting happens on read only; the entries hashed against the cosigned root are
   * the stored ones.
   */
  readonly upcasters?: UpcasterRegistry;
}

/** The replay of one log (see the module comment). */
export class StateReplay {
  readonly #projections: readonly AnyProjection[];
  readonly #source: LogSource;
  readonly #upcasters: UpcasterRegistry | undefined;
  #store = new MemoryStore();
  #runner: ProjectionRunner;
  readonly #roots = new Map<number, StateRoot>();

  /** Replays `projections` over the log read from `source`, lifting old events with `options.upcasters`. */
  constructor(projections: readonly AnyProjection[], source: LogSource, options: StateReplayOptions = {}) {
    this.#projections = projections;
    this.#source = source;
    this.#upcasters = options.upcasters;
    this.#runner = this.#newRunner();
  }

  /** The source the replay reads the log from. */
  get source(): LogSource {
    return this.#source;
  }

  /** The number of entries replayed. */
  get size(): number {
    return this.#runner.size;
  }

  #newRunner(): ProjectionRunner {
    return new ProjectionRunner(this.#store, this.#projections, {
      commitment: new StateCommitment(this.#projections),
      ...(this.#upcasters !== undefined ? { upcasters: this.#upcasters } : {}),
    });
  }

  #reset(): void {
    this.#store = new MemoryStore();
    this.#runner = this.#newRunner();
    this.#roots.clear();
  }

  /**
   * The replay's state root at log size `size`, whose log root the witness cosigned as
   * `logRoot`: replays the entries it lacks first, refusing entries that do not give `logRoot`.
   */
  async stateRootAt(size: number, logRoot: Uint8Array): Promise<Either<ReplayUnavailable, StateRoot>> {
    const known = this.#roots.get(size);
    if (known !== undefined) return right(known);
    if (size < this.#runner.size) {
      return unavailable(
        409,
        `the replay is at size ${this.#runner.size}, past ${size}; send state notes in log order`,
      );
    }
    const from = (await this.#store.head()).size;
    let leaves: readonly Uint8Array[];
    try {
      leaves = await this.#source.leaves(from, size);
    } catch (error) {
      return unavailable(502, `cannot read entries ${from}–${size - 1} of the log: ${(error as Error).message}`);
    }
    if (leaves.length !== size - from) {
      return unavailable(502, `the log served ${leaves.length} entries for ${from}–${size - 1}`);
    }
    if (leaves.length > 0) {
      const imported = await this.#store.importLeaves(leaves);
      if (isLeft(imported)) {
        this.#reset();
        return unavailable(
          502,
          `the log's entries ${from}–${size - 1} do not replay: ${JSON.stringify(imported.left)}`,
        );
      }
    }
    const head = await this.#store.log.treeHead();
    if (head.size !== size || !hashEquals(head.root, logRoot)) {
      this.#reset();
      return unavailable(
        502,
        `the log's entries up to ${size} hash to ${encodeHash(head.root)}, not the cosigned root ${encodeHash(logRoot)}`,
      );
    }
    await this.#runner.catchUp(size);
    const root = this.#runner.stateRoot()!;
    this.#roots.set(size, root);
    return right(root);
  }

  /** The replay's layout and leaf hashes at its current size. */
  layout(): StateCommitmentSnapshot {
    return this.#runner.stateCommitmentSnapshot()!;
  }

  /** The replay's proof of leaf `index` at its current size (the record named by its layout). */
  proveLeaf(index: number): ReturnType<ProjectionRunner['proveRecord']> {
    const entry = this.layout().records[index];
    return entry === undefined ? undefined : this.#runner.proveRecord(entry[0], entry[1]);
  }
}

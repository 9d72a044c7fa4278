/**
 * Signing state notes beside checkpoints: the CLI replays every projection with a state
 * commitment up to the size of a signed checkpoint, and signs the note that binds the state
 * root to that checkpoint's log head (docs/audit.md). One signer keeps its runner, so signing
 * at growing sizes folds each entry once.
 */
import {
  type EventStore,
  ProjectionRunner,
  type SignerKey,
  type SnapshotStore,
  StateCommitment,
  signStateNote,
} from '@govledger/core';
import { CliError } from '../cli-error.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';
import { checkpointOfNote, keepStateNote } from './state-notes.ts';

/** The state commitment over every projection the CLI and the reader maintain. */
export function newStateCommitment(): StateCommitment {
  return new StateCommitment(allProjections);
}

/**
 * A runner of every projection with a state commitment (resuming from `snapshots` when given;
 * `snapshotEvery` as in `RunnerOptions`).
 */
export function committingRunner(
  store: EventStore,
  snapshots?: SnapshotStore,
  snapshotEvery?: number,
): ProjectionRunner {
  return new ProjectionRunner(store, allProjections, {
    commitment: newStateCommitment(),
    upcasters: ledgerUpcasters,
    ...(snapshots ? { snapshots } : {}),
    ...(snapshotEvery !== undefined ? { snapshotEvery } : {}),
  });
}

/** Where a {@link StateSigner} gets its states: snapshots to resume from, or a runner a writer already keeps. */
export type StateSource =
  | { readonly snapshots?: SnapshotStore; readonly runner?: undefined }
  | { readonly runner: ProjectionRunner };

/** Signs (and keeps) state notes at the sizes of the ledger's checkpoints. */
export class StateSigner {
  readonly #store: EventStore;
  readonly #signer: SignerKey;
  readonly #runner: ProjectionRunner;
  #signingMs = 0;

  /**
   * `source.runner` must keep a state commitment (a writer that follows its own appends and
   * signs from the same states, folding each entry once); otherwise the signer keeps its own
   * runner, resuming from `source.snapshots` (or the snapshot store given directly).
   */
  constructor(store: EventStore, signer: SignerKey, source?: SnapshotStore | StateSource) {
    this.#store = store;
    this.#signer = signer;
    const from: StateSource =
      source === undefined ? {} : 'loadSnapshot' in source ? { snapshots: source as SnapshotStore } : source;
    this.#runner = from.runner ?? committingRunner(store, from.snapshots);
  }

  /** The store this signer signs for. */
  get store(): EventStore {
    return this.#store;
  }

  /** The key this signer signs with. */
  get signer(): SignerKey {
    return this.#signer;
  }

  /** Milliseconds spent so far folding entries, hashing changed records and signing (what the notes cost a writer). */
  get signingMs(): number {
    return this.#signingMs;
  }

  /** Signs the state note of the latest checkpoint's size, keeps it, and returns it. */
  async signLatest(): Promise<string> {
    const started = performance.now();
    try {
      return await this.#signLatest();
    } finally {
      this.#signingMs += performance.now() - started;
    }
  }

  async #signLatest(): Promise<string> {
    const latest = await this.#store.log.checkpoint();
    if (latest === null) throw new CliError('the ledger has no checkpoint yet: sign one first');
    const checkpoint = checkpointOfNote(latest.note);
    if (checkpoint === undefined) throw new CliError(`the stored checkpoint of size ${latest.size} is malformed`);
    const { origin, size, root } = checkpoint;
    if (this.#runner.size > size) throw new CliError(`state already folded past checkpoint size ${size}`);
    await this.#runner.catchUp(size);
    const state = this.#runner.stateRoot();
    if (state === undefined) throw new CliError('a state signer needs a runner that keeps a state commitment');
    const note = signStateNote(
      { origin, size, logRoot: root, records: state.records, stateRoot: state.root },
      this.#signer,
    );
    await keepStateNote(this.#store, size, note);
    return note;
  }
}

/** The signer each store's writes in this process share (see {@link stateSignerFor}). */
const signersByStore = new WeakMap<EventStore, StateSigner>();

/**
 * The state signer of `store` for writes made in this process: one per store (and key), so
 * its runner is kept across writes and each write folds only its own entries. The first one
 * resumes from the ledger's snapshots when the store keeps them (and leaves a snapshot with
 * the commitment every 10,000 entries folded); a store without snapshots replays its log
 * once, on the first write, not on every write.
 */
export function stateSignerFor(store: EventStore, signer: SignerKey): StateSigner {
  const kept = signersByStore.get(store);
  if (kept !== undefined && sameKey(kept.signer, signer)) return kept;
  const snapshots = 'loadSnapshot' in store && 'saveSnapshot' in store ? (store as SnapshotStore) : undefined;
  const made = new StateSigner(store, signer, snapshots);
  signersByStore.set(store, made);
  return made;
}

function sameKey(a: SignerKey, b: SignerKey): boolean {
  return a.name === b.name && a.keyId === b.keyId && a.publicKey.equals(b.publicKey);
}

/** Signs and keeps the state note of the latest checkpoint after a write (see {@link stateSignerFor}). Returns the note. */
export async function signStateAfterWrite(store: EventStore, signer: SignerKey): Promise<string> {
  return stateSignerFor(store, signer).signLatest();
}

/**
 * The log keeper: one process per ledger that follows `$all` with a catch-up subscription
 * (filtered on the server to the ledger's entries stream), extends the Merkle tree in its
 * local cache as entries arrive, and appends a signed checkpoint of the new tree head to the
 * checkpoints stream once the stream has been quiet for `settleMs`.
 *
 * A second keeper is harmless rather than prevented: checkpoints are saved by compare-and-set
 * on the checkpoints stream and refused when a different note exists for the size, and with
 * the same key two keepers sign byte-identical notes (Ed25519 signatures are deterministic),
 * so the loser of a race finds its note already there. A keeper with another key cannot
 * store a conflicting note; it reports `GL_CHECKPOINT_CONFLICT` through `onProblem`. To keep
 * other writers out altogether, give only the keeper's user `$w` on the checkpoints stream.
 *
 * Given a state signer, the keeper signs the state note of each checkpoint's size right after
 * storing the checkpoint (docs/audit.md), so every checkpointed size has the signed state root
 * that the read API's figures are proven by. The signer is injected, not built here: the
 * states are those of the domain's projections, which this package knows nothing of (the CLI
 * passes the same state signer its own writes use). A size counts as checkpointed once both
 * notes are stored; a checkpoint kept from before (or by a keeper without a state signer) gets
 * its missing state note at the next signing.
 */
import { publishHeadCheckpoint, type SignerKey } from '@govledger/core';
import { EsdbStoreError } from './errors.ts';
import type { EsdbStore } from './esdb-store.ts';
import type { RawEvent } from './ledger-streams-client.ts';

/** What the keeper needs of a state signer: sign, keep and return the state note of the latest checkpoint's size. */
export interface KeeperStateSigner {
  /** Signs and stores the state note of the latest checkpoint's size; returns the note. */
  signLatest(): Promise<string>;
}

/** Options of {@link LogKeeper}. */
export interface LogKeeperOptions {
  /** The ledger's checkpoint signing key; its name is the checkpoint origin. */
  readonly signer: SignerKey;
  /** Quiet time after the last entry before signing, in ms (default 200). */
  readonly settleMs?: number;
  /** Delay before resubscribing after the subscription failed, in ms (default 1,000). */
  readonly retryMs?: number;
  /** Signs the state note of each checkpoint's size (none given: checkpoints only). */
  readonly state?: KeeperStateSigner;
  /** Called with each state note this keeper signed. */
  readonly onStateNote?: (size: number, note: string) => void;
  /** Called with each checkpoint this keeper stored. */
  readonly onCheckpoint?: (size: number, note: string) => void;
  /** Called with every failure the keeper survives (it retries). */
  readonly onProblem?: (error: unknown) => void;
}

type Subscription = ReturnType<EsdbStore['subscribeToLedger']>;

/** A running keeper; make one with {@link LogKeeper.start}, end it with {@link stop}. */
export class LogKeeper {
  readonly #store: EsdbStore;
  readonly #options: LogKeeperOptions;
  #subscription: Subscription | undefined;
  #timer: NodeJS.Timeout | undefined;
  #work: Promise<void> = Promise.resolve();
  #stopped = false;
  #signedSize = -1;
  /** Entries received and not yet indexed: indexed together, one cache transaction per burst. */
  #arrived: RawEvent[] = [];
  readonly #waiters: { size: number; resolve(): void }[] = [];

  private constructor(store: EsdbStore, options: LogKeeperOptions) {
    this.#store = store;
    this.#options = options;
  }

  /** Catches up, signs the head if it has no checkpoint yet, then follows the ledger. */
  static async start(store: EsdbStore, options: LogKeeperOptions): Promise<LogKeeper> {
    const keeper = new LogKeeper(store, options);
    await store.sync();
    await keeper.#sign();
    keeper.#subscribe();
    return keeper;
  }

  /** The largest size this keeper knows to be checkpointed. */
  get checkpointedSize(): number {
    return this.#signedSize;
  }

  /** Resolves once a checkpoint of at least `size` entries is stored. */
  waitForCheckpoint(size: number): Promise<void> {
    if (this.#signedSize >= size) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ size, resolve }));
  }

  #subscribe(): void {
    if (this.#stopped) return;
    const subscription = this.#store.subscribeToLedger();
    this.#subscription = subscription;
    subscription.on('data', (resolved) => {
      const event = resolved.event;
      if (!event || event.streamId !== this.#store.streams.entries) return;
      const raw: RawEvent = {
        revision: Number(event.revision),
        id: event.id,
        type: event.type,
        data: event.data instanceof Uint8Array ? event.data : Buffer.from(JSON.stringify(event.data)),
        position: event.position ? `${event.position.commit}/${event.position.prepare}` : null,
      };
      if (this.#arrived.push(raw) === 1) {
        setImmediate(() => {
          const burst = this.#arrived;
          this.#arrived = [];
          this.#enqueue(() => this.#store.indexSeen(burst));
        });
      }
      this.#scheduleSign();
    });
    subscription.on('error', (error) => {
      if (this.#stopped) return;
      this.#options.onProblem?.(error);
      this.#subscription = undefined;
      setTimeout(() => this.#subscribe(), this.#options.retryMs ?? 1000).unref();
    });
  }

  #enqueue(task: () => Promise<void>): void {
    this.#work = this.#work.then(task).catch((error: unknown) => this.#options.onProblem?.(error));
  }

  #scheduleSign(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#enqueue(() => this.#sign()), this.#options.settleMs ?? 200);
  }

  async #sign(): Promise<void> {
    if (this.#stopped) return;
    const head = await this.#store.sync();
    const latest = await this.#store.log.checkpoint();
    if (latest && latest.size >= head.size) {
      await this.#signState(latest.size);
      this.#signed(latest.size);
      return;
    }
    let note: string;
    try {
      ({ note } = await publishHeadCheckpoint(this.#store.log, this.#options.signer, head.size));
    } catch (error) {
      if (error instanceof EsdbStoreError && error.code === 'GL_CHECKPOINT_CONFLICT') {
        this.#options.onProblem?.(error);
        return;
      }
      throw error;
    }
    this.#options.onCheckpoint?.(head.size, note);
    await this.#signState(head.size);
    this.#signed(head.size);
  }

  /** Signs the state note of the checkpoint of `size` (the latest) unless one is stored. */
  async #signState(size: number): Promise<void> {
    const state = this.#options.state;
    if (state === undefined || (await this.#store.stateNote(size)) !== null) return;
    const note = await state.signLatest();
    this.#options.onStateNote?.(size, note);
  }

  #signed(size: number): void {
    this.#signedSize = Math.max(this.#signedSize, size);
    for (let i = this.#waiters.length - 1; i >= 0; i--) {
      if (this.#waiters[i]!.size <= this.#signedSize) this.#waiters.splice(i, 1)[0]!.resolve();
    }
  }

  /** Stops following and waits for the work in hand. Does not close the store. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#subscription?.unsubscribe();
    await this.#work;
  }
}

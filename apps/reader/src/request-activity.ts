/**
 * When the reader last saw a request begin or end. The background work of a cold start
 * (loading the fold, compiling route schemas) holds the thread for hundreds of milliseconds
 * at a time, so it waits for a quiet moment: a page's requests come in bursts (its panels
 * together, then their proofs), and a step run between two requests of a burst would hold
 * back the rest of it. (Requests in flight are not counted: one the client abandons would
 * keep the reader "busy" for ever.)
 */
import { setTimeout as delay } from 'node:timers/promises';

/** How long without a request beginning or ending counts as quiet. */
export const QUIET_MS = 150;

/** The time of the last request event; see the module comment. */
export class RequestActivity {
  #lastMs = Number.NEGATIVE_INFINITY;
  readonly #nowMs: () => number;

  constructor(nowMs: () => number = () => performance.now()) {
    this.#nowMs = nowMs;
  }

  /** A request began or ended. */
  seen(): void {
    this.#lastMs = this.#nowMs();
  }

  /** Resolves true once no request began or ended in the last `quietMs`; false when `signal` aborted first. */
  async quiet(signal?: AbortSignal, quietMs = QUIET_MS): Promise<boolean> {
    for (;;) {
      if (signal?.aborted) return false;
      const since = this.#nowMs() - this.#lastMs;
      if (since >= quietMs) return true;
      await delay(Math.max(1, quietMs - since));
    }
  }
}

/**
 * A per-client budget for fresh `asOf` work. An answer as of a past point that no cache holds
 * replays the log up to that point: about a hundred milliseconds of one core on a city's
 * ledger, so a client asking for ten distinct past points a second would keep the reader busy
 * while staying inside the request rate limit. Each client (by address) holds a small bucket
 * of replays that refills at a steady rate; a replay beyond it is answered 429 with
 * `Retry-After`. Answers already cached (held answers, kept past states) cost nothing.
 */
import { LRUCache } from 'lru-cache';

/** The budget's size: `burst` fresh replays at once, refilled at `perSecond`. */
export interface AsOfBudgetOptions {
  readonly burst?: number;
  readonly perSecond?: number;
}

/** Default: 4 fresh replays at once, one more every two seconds, per client. */
export const DEFAULT_AS_OF_BUDGET: Required<AsOfBudgetOptions> = { burst: 4, perSecond: 0.5 };

interface Bucket {
  tokens: number;
  atMs: number;
}

/** Token buckets of fresh `asOf` replays, one per client; the least recently seen are forgotten. */
export class AsOfBudget {
  readonly #burst: number;
  readonly #perSecond: number;
  readonly #nowMs: () => number;
  readonly #buckets = new LRUCache<string, Bucket>({ max: 10_000 });

  constructor(options: AsOfBudgetOptions = {}, nowMs: () => number = Date.now) {
    this.#burst = options.burst ?? DEFAULT_AS_OF_BUDGET.burst;
    this.#perSecond = options.perSecond ?? DEFAULT_AS_OF_BUDGET.perSecond;
    this.#nowMs = nowMs;
  }

  /**
   * Takes one replay from `client`'s bucket: 0 when granted, else the seconds until one is
   * available (for `Retry-After`).
   */
  take(client: string): number {
    const now = this.#nowMs();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#burst, atMs: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + ((now - bucket.atMs) / 1000) * this.#perSecond);
    bucket.atMs = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perSecond));
  }
}

/**
 * A per-client budget for fresh `asOf` work. An answer as of a past point that no cache holds
 * replays the log up to that point: about a hundred milliseconds of one core on a city's
 * ledger, so a client asking for ten distinct past points a second would keep the reader busy
 * while staying inside the request rate limit. Each client (by address) holds a small bucket
 * of replays that refills at a steady rate; a replay beyond it is answered 429 with
 * `Retry-After`. Answers already cached (held answers, kept past states) cost nothing, and
 * so does another read of a ledger point the client paid for within the last minute: a page
 * that shows a past date asks a dozen panels of the same point, which is one replay's worth of
 * interest, not a dozen.
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
  /** Ledger sizes this client paid for, with when: reads of them within {@link PAID_POINT_MS} are free. */
  paid: Map<number, number>;
}

/** How long a ledger point a client paid for stays free for that client. */
const PAID_POINT_MS = 60_000;

/** How many paid points a client's bucket remembers (the oldest are forgotten first). */
const PAID_POINTS_KEPT = 16;

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
   * available (for `Retry-After`). With `point` (the ledger size the replay is for), a point
   * the client paid for within the last minute is granted without taking anything.
   */
  take(client: string, point?: number): number {
    const now = this.#nowMs();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#burst, atMs: now, paid: new Map() };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + ((now - bucket.atMs) / 1000) * this.#perSecond);
    bucket.atMs = now;
    this.#buckets.set(client, bucket);
    if (point !== undefined) {
      const paidAt = bucket.paid.get(point);
      if (paidAt !== undefined && now - paidAt < PAID_POINT_MS) return 0;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (point !== undefined) {
        bucket.paid.delete(point);
        bucket.paid.set(point, now);
        if (bucket.paid.size > PAID_POINTS_KEPT) bucket.paid.delete(bucket.paid.keys().next().value as number);
      }
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perSecond));
  }
}

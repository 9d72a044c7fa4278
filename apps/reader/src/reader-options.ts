/**
 * What a reader is built from. The reader is handed an open store and never opens one; the
 * signing key lives outside the store, so the verifier key to publish is handed over too.
 */
import type { AsOfBudgetOptions } from './as-of-budget.ts';
import type { AnyProjection, EventStore, PersonalKeyStore, SnapshotStore, UpcasterRegistry } from '@govledger/core';
import type { FastifyServerOptions } from 'fastify';

/** Rate limiting per client address. */
export interface RateLimitOptions {
  /** Requests allowed per window (default 600). */
  readonly max: number;
  /** The window in milliseconds (default 60,000). */
  readonly timeWindowMs: number;
}

/** Options of `createReader`. Only `store` is required. */
export interface ReaderOptions {
  /** The ledger, open (for reading) and owned by the caller; it also serves projection snapshots. */
  readonly store: EventStore & SnapshotStore;
  /** The projections to serve (default: every governance projection). Routes whose projections are absent are not served. */
  readonly projections?: readonly AnyProjection[];
  /** Upcasters applied before projections see events (default: the ledger's one registry, `governanceUpcasters`). */
  readonly upcasters?: UpcasterRegistry;
  /** The log's verifier key `name+keyid+base64`, published at `/v1/ledger` (checked at start). */
  readonly verifierKey?: string;
  /** The personal-data key store: with it, auditors read personal fields in plaintext. */
  readonly keyStore?: PersonalKeyStore;
  /** The auditor bearer token (at least 16 characters). Without it no request has auditor access. */
  readonly auditorToken?: string;
  /**
   * Serve raw leaves (`/v1/ledger/entries`) to everyone (default false: auditors only). Leaves
   * hold personal fields only as ciphertext, but a ballot's leaf names its owner and choice in
   * plain text; open them only for ledgers whose leaves are fit to publish.
   */
  readonly publicLeaves?: boolean;
  /** Fastify's logger option (default: off). */
  readonly logger?: FastifyServerOptions['logger'];
  /** Rate limiting per client address, or false for none (default 600 requests a minute). */
  readonly rateLimit?: RateLimitOptions | false;
  /** Origins allowed to read the API from a browser (CORS). Default none: CORS is off. */
  readonly corsOrigins?: readonly string[];
  /** Trust `X-Forwarded-*` from a reverse proxy (for client addresses in rate limiting). Default false. */
  readonly trustProxy?: boolean;
  /** Per-client budget of fresh `asOf` replays (default: 4 at once, one more every 2 s). */
  readonly asOfBudget?: AsOfBudgetOptions;
  /** Past states kept in memory for `asOf` (default 4). */
  readonly pastStates?: number;
  /** Serialised answers kept per head (default 512). */
  readonly cachedAnswers?: number;
  /** Save projection snapshots every this many entries (default: never; the store may be read-only). */
  readonly snapshotEvery?: number;
  /**
   * Once ready, load the fold of every projection and the state commitment in the background
   * (each projection's own snapshot first, then the fold, caught up to the head), so the
   * first request for each panel and the first proof find it ready (default false: it loads
   * on the first request). `govledger serve` turns it on.
   */
  readonly warmUp?: boolean;
  /**
   * Compile each route's schemas on its first request (and the rest in the background after
   * the warm-up) instead of before listening (default false: all before listening, so a bad
   * schema fails at start). `govledger serve` turns it on to listen sooner.
   */
  readonly lazySchemas?: boolean;
  /**
   * Called once the warm-up has loaded the fold and compiled the schemas (or stopped): the
   * moment for the embedding program's own background work, such as `govledger serve`'s
   * full check of the key store, which would otherwise compete with the first answers.
   */
  readonly afterWarmUp?: () => void;
  /** Serve `/openapi.json` and the docs UI at `/docs` (default true). */
  readonly docs?: boolean;
  /**
   * The built dashboard (apps/dashboard's `dist/` directory), served at `/` with its hashed
   * assets under `/assets/` (default: none; the API alone). It must hold an index.html.
   */
  readonly dashboardRoot?: string;
  /** The wall clock, for "now" (default `() => new Date()`); inject it in tests. */
  readonly clock?: () => Date;
}

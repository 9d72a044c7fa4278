/**
 * Opening a ledger in EventStoreDB: parse the ledger URL, make the official client, open the
 * local cache. Opening is synchronous and makes no network call; the first operation checks
 * that the ledger exists (or creates it, when asked) and is not half migrated.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import { newEventId } from '@govledger/core';
import { esdbErrors } from './errors.ts';
import { EsdbStore } from './esdb-store.ts';
import { checkUsable, createLedger, DEFAULT_ACL, readLifecycle } from './ledger-lifecycle.ts';
import { LedgerStreamsClient, type StreamAcl } from './ledger-streams-client.ts';
import { defaultCachePath, ledgerStreams, parseLedgerUrl } from './ledger-url.ts';
import { LocalCache } from './local-cache.ts';

/** How to open a ledger. Every field is optional. */
export interface EsdbStoreOptions {
  /** The local cache file (default: `cache=` in the URL, else under `$XDG_CACHE_HOME/govledger/esdb/`). */
  readonly cachePath?: string;
  /** Create the ledger (its stream ACLs and `LedgerCreated`) when it does not exist yet. */
  readonly create?: boolean;
  /**
   * With `create`: the ledger must not exist yet; an existing one is refused with
   * LEDGER_EXISTS at the first operation (what `govledger init` asks for).
   */
  readonly mustBeNew?: boolean;
  /** The log's origin (its name in checkpoints), recorded in `LedgerCreated` when creating. */
  readonly origin?: string;
  /** Who may read and append when creating (default: `$all` read, `govledger-writers` append). */
  readonly acl?: StreamAcl;
  /** Refuse every write to EventStoreDB (the local cache is still kept up to date). */
  readonly readonly?: boolean;
  /** Open a ledger whose migration has not completed (only `govledger migrate` does). */
  readonly allowIncompleteMigration?: boolean;
  /** Wall clock for `recordedAt` (default `() => new Date()`). */
  readonly clock?: () => Date;
  /** Event id source (default UUIDv7). Must never repeat. */
  readonly newEventId?: () => string;
  /** Working directory for a relative `cache=` path. */
  readonly cwd?: string;
}

/**
 * Opens the ledger named by `url` (see `parseLedgerUrl`).
 *
 * @example
 * const store = openEsdbStore('esdb://node1:2113,node2:2113,node3:2113?tls=true&ledger=zjg');
 * const head = await store.head();
 * await store.close();
 */
export function openEsdbStore(url: string, options: EsdbStoreOptions = {}): EsdbStore {
  const parsed = parseLedgerUrl(url, options.cwd);
  const streams = ledgerStreams(parsed.ledger);
  const cache = new LocalCache(options.cachePath ?? parsed.cachePath ?? defaultCachePath(parsed), parsed.redacted);
  const client = new LedgerStreamsClient(EventStoreDBClient.connectionString(parsed.connectionString));
  let ready: Promise<void> | undefined;
  const check = async () => {
    let state = await readLifecycle(client, streams);
    if (state !== null && options.create && options.mustBeNew) throw esdbErrors.ledgerExists(parsed.redacted);
    if (state === null && options.create && !options.readonly) {
      await createLedger(
        client,
        streams,
        parsed.ledger,
        options.acl ?? DEFAULT_ACL,
        options.origin !== undefined ? { origin: options.origin } : {},
      );
      state = await readLifecycle(client, streams);
    }
    checkUsable(state, parsed.ledger, options.allowIncompleteMigration ?? false);
  };
  return new EsdbStore({
    ledger: parsed.ledger,
    streams,
    client,
    cache,
    readonly: options.readonly ?? false,
    clock: options.clock ?? (() => new Date()),
    newEventId: options.newEventId ?? (() => newEventId()),
    ready: () => {
      ready ??= check().catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
      return ready;
    },
    dispose: async () => {
      cache.close();
      await client.client.dispose();
    },
  });
}

/**
 * Whether a ledger has been created at `url`, asking the server alone: unlike opening a
 * store, it neither opens nor creates the local cache, so asking about a ledger that does
 * not exist leaves nothing behind.
 */
export async function esdbLedgerExists(url: string, cwd?: string): Promise<boolean> {
  const parsed = parseLedgerUrl(url, cwd);
  const client = new LedgerStreamsClient(EventStoreDBClient.connectionString(parsed.connectionString));
  try {
    return (await readLifecycle(client, ledgerStreams(parsed.ledger))) !== null;
  } finally {
    await client.client.dispose();
  }
}

/**
 * A ledger in EventStoreDB as the commands see it: the store is loaded on first use, so the
 * EventStoreDB client (and gRPC) is only loaded by runs that use an `esdb://` ledger and
 * every other run starts as fast as before. Its coded failures reach the user as CLI errors.
 */
import type { EsdbStore, EsdbStoreOptions } from '@govledger/store-eventstoredb';
import { asCliError } from './esdb-errors.ts';
import { LazyLedger } from './lazy-ledger.ts';

/** An `EventStore & SnapshotStore` over an EventStoreDB ledger, opened lazily. */
export class LazyEsdbLedger extends LazyLedger<EsdbStore> {
  constructor(url: string, options: EsdbStoreOptions) {
    super(
      () => import('@govledger/store-eventstoredb').then(({ openEsdbStore }) => openEsdbStore(url, options)),
      asCliError,
    );
  }
}

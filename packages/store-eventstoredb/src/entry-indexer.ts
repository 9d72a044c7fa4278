/**
 * Keeps the local cache in step with the entries stream: reads what was appended after the
 * cached head (by this process or any other), checks every leaf as an import would
 * (canonical, continuing its stream, time never going back), and indexes it with the Merkle
 * hashes it completes. The entries stream's revision is the ledger index, so catching up is
 * one indexed read from the head.
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { LeafSequenceChecker, leafHash, MerkleFrontier } from '@govledger/core';
import { esdbErrors } from './errors.ts';
import { esdbEventId } from './event-ids.ts';
import type { RawEvent, LedgerStreamsClient } from './ledger-streams-client.ts';
import type { CachedEntry, LocalCache } from './local-cache.ts';

/** Entries indexed per cache transaction while catching up. */
const CATCH_UP_CHUNK = 5000;

/** What {@link EntryIndexer.index} did with a run of events. */
export type IndexOutcome = 'indexed' | 'gap' | 'moved';

/** Indexes entries of one ledger into its cache. */
export class EntryIndexer {
  readonly #cache: LocalCache;
  readonly #client: LedgerStreamsClient;
  readonly #stream: string;
  #frontier: MerkleFrontier | undefined;
  #identityChecked = false;

  constructor(cache: LocalCache, client: LedgerStreamsClient, entriesStream: string) {
    this.#cache = cache;
    this.#client = client;
    this.#stream = entriesStream;
  }

  /** Reads and indexes everything after the cached head. */
  async catchUp(): Promise<void> {
    await this.#checkIdentity();
    for (;;) {
      const from = this.#cache.head().size;
      const events: RawEvent[] = [];
      for await (const event of this.#client.read(this.#stream, from, CATCH_UP_CHUNK)) events.push(event);
      if (events.length === 0) return;
      const outcome = this.index(events);
      if (outcome === 'gap') throw esdbErrors.corruptEntry(from, 'the entries stream skipped a revision');
      if (outcome === 'indexed' && events.length < CATCH_UP_CHUNK) return;
    }
  }

  /**
   * Indexes `events` (consecutive revisions) from the cached head on; events already indexed
   * are skipped. 'gap' when they start after the head, 'moved' when another process sharing
   * the cache indexed concurrently (nothing written; catch up again).
   */
  index(events: readonly RawEvent[]): IndexOutcome {
    const head = this.#cache.head();
    const fresh = events.filter((e) => e.revision >= head.size);
    if (fresh.length === 0) return 'indexed';
    if (fresh[0]!.revision !== head.size) return 'gap';
    const checker = new LeafSequenceChecker({
      versionOf: (id) => this.#cache.versionOf(id),
      lastRecordedAt: head.lastRecordedAt,
    });
    const frontier = this.#frontierAt(head.size);
    const rows: CachedEntry[] = [];
    for (const [offset, raw] of fresh.entries()) {
      const index = head.size + offset;
      if (raw.revision !== index) {
        this.#frontier = undefined;
        return 'gap';
      }
      const checked = checker.check(raw.data, index);
      if (isLeft(checked)) {
        this.#frontier = undefined;
        throw esdbErrors.corruptEntry(index, checked.left);
      }
      const { event } = checked.right;
      rows.push({
        index,
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        eventId: event.eventId,
        recordedAt: event.metadata.recordedAt,
        position: raw.position,
        hashes: frontier.appendBlob(leafHash(raw.data)),
      });
    }
    if (!this.#cache.addEntries(head.size, rows)) {
      this.#frontier = undefined;
      return 'moved';
    }
    return 'indexed';
  }

  /** Forgets the frontier (after a failed write that may have extended it). */
  invalidate(): void {
    this.#frontier = undefined;
  }

  #frontierAt(size: number): MerkleFrontier {
    if (this.#frontier?.size !== size) this.#frontier = MerkleFrontier.fromReader(this.#cache.subtreeReader, size);
    return this.#frontier;
  }

  /** Once per open: the last cached entry must still be in EventStoreDB with the same id. */
  async #checkIdentity(): Promise<void> {
    if (this.#identityChecked) return;
    const { size } = this.#cache.head();
    if (size > 0) {
      const cached = this.#cache.entry(size - 1)!;
      let found: RawEvent | undefined;
      for await (const event of this.#client.read(this.#stream, size - 1, 1)) found = event;
      if (!found) {
        throw esdbErrors.cacheMismatch(
          this.#cache.path,
          `it indexes ${size} entries but EventStoreDB has no entry ${size - 1}: the ledger was replaced, deleted or truncated`,
        );
      }
      if (found.id !== esdbEventId(cached.eventId)) {
        throw esdbErrors.cacheMismatch(this.#cache.path, `entry ${size - 1} has another event id in EventStoreDB`);
      }
    }
    this.#identityChecked = true;
  }
}

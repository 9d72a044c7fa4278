/**
 * TEST DOUBLE — the storage behind the wire-level EventStoreDB stand-in used by CI (a real
 * EventStoreDB cannot be installed on the build machines). It keeps, in memory, what the
 * server's documentation promises for the calls the adapter makes:
 * - one transaction log (`$all`) in which every event has a unique, increasing position;
 * - streams whose events carry gapless revisions from 0;
 * - appends that check the expected revision atomically (any, no_stream, stream_exists, an
 *   exact revision), answer WrongExpectedVersion with the current revision, are idempotent
 *   when the same event ids are written again at the same place, and refuse a write larger
 *   than the maximum append size (1,048,576 bytes by default, as the server), measured as
 *   the server measures it ({@link appendSizeOnDisk});
 * - hard-deleted (tombstoned) streams, for which every later append and read is refused with
 *   StreamDeleted — only through {@link MemoryTransactionLog.tombstone}, which stands for an
 *   administrator's delete (the adapter never deletes);
 * - metadata streams (`$$name`) written like any stream; {@link MemoryTransactionLog.streamMetadata}
 *   reads the latest `$metadata` back so tests can check the ACL the adapter set.
 * It is not EventStoreDB: there is no disk, no cluster, no scavenging and no authorisation
 * (ACLs are stored, never enforced).
 */

/** One stored event, as the server records it. */
export interface StoredRecord {
  readonly streamName: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** Position in `$all`; commit and prepare positions are equal for these implicit transactions. */
  readonly position: bigint;
  /** .NET ticks (100 ns since 0001-01-01), as the server reports `created`. */
  readonly createdTicks: bigint;
}

/** An event proposed by an append. */
export interface ProposedRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** The expected revision of an append, as on the wire. */
export type ExpectedRevision =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: number };

/** What an append did. */
export type AppendOutcome =
  | { readonly _tag: 'Success'; readonly currentRevision: number; readonly position: bigint }
  | {
      readonly _tag: 'WrongExpectedVersion';
      readonly current: number | 'no_stream';
      readonly expected: ExpectedRevision;
    }
  | { readonly _tag: 'MaximumAppendSizeExceeded'; readonly maxAppendSize: number }
  | { readonly _tag: 'StreamDeleted'; readonly streamName: string };

/** The server's default maximum size of one append (data + metadata bytes). */
export const DEFAULT_MAX_APPEND_SIZE = 1_048_576;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * What one proposed event counts towards the maximum append size: its data and custom
 * metadata bytes plus two bytes per character of its type, as EventStoreDB's `SizeOnDisk`
 * (the servers since 21.x; older ones counted data bytes only).
 */
export function appendSizeOnDisk(event: Pick<ProposedRecord, 'type' | 'data' | 'customMetadata'>): number {
  return event.data.length + event.customMetadata.length + event.type.length * 2;
}

/** Ticks between 0001-01-01 and 1970-01-01. */
const EPOCH_TICKS = 621_355_968_000_000_000n;
/** Fixed overhead per record in the emulated log, so positions advance like byte offsets. */
const RECORD_HEADER_BYTES = 64n;

/** The in-memory transaction log of the test double. */
export class MemoryTransactionLog {
  readonly #all: StoredRecord[] = [];
  readonly #streams = new Map<string, StoredRecord[]>();
  readonly #listeners = new Set<(record: StoredRecord) => void>();
  readonly #tombstoned = new Set<string>();
  readonly #maxAppendSize: number;
  #nextPosition = 0n;

  constructor(options: { maxAppendSize?: number } = {}) {
    this.#maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
  }

  /** Every event in `$all` order (a live, read-only view). */
  all(): readonly StoredRecord[] {
    return this.#all;
  }

  /** The latest `$metadata` of `streamName` parsed as JSON, or null when none was set. */
  streamMetadata(streamName: string): unknown {
    const events = this.#streams.get(`$$${streamName}`);
    const last = events?.[events.length - 1];
    return last ? JSON.parse(Buffer.from(last.data).toString('utf8')) : null;
  }

  /** The largest append this log accepts, in {@link appendSizeOnDisk} bytes. */
  get maxAppendSize(): number {
    return this.#maxAppendSize;
  }

  /**
   * Hard-deletes `streamName`, as an administrator's tombstone would: every later append to
   * it and every read of it is refused with StreamDeleted, and the name can never be reused.
   */
  tombstone(streamName: string): void {
    this.#tombstoned.add(streamName);
  }

  /** Whether `streamName` was hard-deleted. */
  isTombstoned(streamName: string): boolean {
    return this.#tombstoned.has(streamName);
  }

  /** A stream's events in revision order, or undefined when it does not exist. */
  stream(name: string): readonly StoredRecord[] | undefined {
    return this.#streams.get(name);
  }

  /** Calls `listener` for every event appended from now on, in `$all` order; returns an unsubscribe. */
  onAppended(listener: (record: StoredRecord) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Appends `events` to `streamName` atomically, or not at all. */
  append(streamName: string, expected: ExpectedRevision, events: readonly ProposedRecord[]): AppendOutcome {
    const size = events.reduce((sum, e) => sum + appendSizeOnDisk(e), 0);
    if (size > this.#maxAppendSize) return { _tag: 'MaximumAppendSizeExceeded', maxAppendSize: this.#maxAppendSize };
    if (this.#tombstoned.has(streamName)) return { _tag: 'StreamDeleted', streamName };
    for (const event of events) {
      if (!UUID.test(event.id)) throw new TypeError(`event id ${event.id} is not a UUID`);
    }
    const existing = this.#streams.get(streamName) ?? [];
    const current = existing.length === 0 ? 'no_stream' : existing.length - 1;
    const idempotent = this.#alreadyWritten(existing, expected, events);
    if (idempotent) return idempotent;
    const holds =
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && current === 'no_stream') ||
      (expected.kind === 'stream_exists' && current !== 'no_stream') ||
      (expected.kind === 'revision' && current === expected.revision);
    if (!holds) return { _tag: 'WrongExpectedVersion', current, expected };
    const created = EPOCH_TICKS + BigInt(Date.now()) * 10_000n;
    const written: StoredRecord[] = [];
    for (const event of events) {
      const record: StoredRecord = {
        ...event,
        streamName,
        revision: existing.length,
        position: this.#nextPosition,
        createdTicks: created,
      };
      this.#nextPosition += RECORD_HEADER_BYTES + BigInt(event.data.length + event.customMetadata.length);
      existing.push(record);
      this.#all.push(record);
      written.push(record);
    }
    this.#streams.set(streamName, existing);
    for (const record of written) for (const listener of this.#listeners) listener(record);
    const last = existing[existing.length - 1];
    return {
      _tag: 'Success',
      currentRevision: existing.length - 1,
      position: last ? last.position : 0n,
    };
  }

  /**
   * The server's idempotent-write check: the same event ids written again right after the
   * expected revision (or as the whole stream for no_stream) succeed without a second copy.
   */
  #alreadyWritten(
    existing: readonly StoredRecord[],
    expected: ExpectedRevision,
    events: readonly ProposedRecord[],
  ): AppendOutcome | null {
    if (events.length === 0) return null;
    let start: number;
    if (expected.kind === 'no_stream') start = 0;
    else if (expected.kind === 'revision') start = expected.revision + 1;
    else return null;
    const slice = existing.slice(start, start + events.length);
    if (slice.length !== events.length || !slice.every((r, i) => r.id === events[i]!.id)) return null;
    const last = slice[slice.length - 1]!;
    return { _tag: 'Success', currentRevision: last.revision, position: last.position };
  }
}

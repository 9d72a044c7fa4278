/**
 * The EventStore port: what every store (in-memory, SQLite, EventStoreDB) implements.
 *
 * The whole ledger, across all streams, is one append-only sequence; a store assigns each
 * appended event the next `index`, its `streamVersion`, an `eventId` and `recordedAt`, and
 * extends the Merkle log over the canonical leaf in the same atomic step. Expected failures
 * (a concurrency conflict, an invalid or oversized event) are values, never exceptions.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { DecodeProblem } from './decode-error.ts';
import type { EncodedEvent } from './encoded-event.ts';
import type { ProposedEvent, RecordedEvent } from './envelope.ts';
import type { ConsistencyProof, InclusionProof, TreeHead } from './merkle/proof-types.ts';

/**
 * Optimistic concurrency for one stream:
 * - `'any'`: append whatever the stream holds;
 * - `'no-stream'`: the stream must have no events yet;
 * - `'exists'`: the stream must have at least one event;
 * - a number `v`: the stream's last event must have `streamVersion === v` (0-based).
 */
export type ExpectedVersion = 'any' | 'no-stream' | 'exists' | number;

/** A stream's current version: the last event's 0-based `streamVersion`, or `'no-stream'`. */
export type StreamVersion = number | 'no-stream';

/** The events to append to one stream and what the caller expects it to hold now. */
export interface StreamAppend {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly events: readonly ProposedEvent[];
}

/** A concurrency conflict: the stream did not hold what the caller expected. */
export interface WrongExpectedVersion {
  readonly _tag: 'WrongExpectedVersion';
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly actual: StreamVersion;
}

/** An event of the batch failed its envelope codec (`position` is 0-based within the batch). */
export interface InvalidEvent {
  readonly _tag: 'InvalidEvent';
  readonly position: number;
  readonly problems: readonly DecodeProblem[];
}

/** An event's canonical leaf exceeds {@link MAX_LEAF_BYTES}; reference large content by hash. */
export interface LeafTooLarge {
  readonly _tag: 'LeafTooLarge';
  readonly position: number;
  readonly streamId: string;
  readonly type: string;
  readonly bytes: number;
  readonly limit: number;
}

/**
 * The caller asked to record at a time earlier than the ledger's last `recordedAt` (another
 * writer recorded later meanwhile): like a version conflict, decide again with a fresh time.
 */
export interface RecordedAtBehind {
  readonly _tag: 'RecordedAtBehind';
  readonly requested: string;
  readonly lastRecordedAt: string;
}

/** Why a store refused an append; nothing of the batch was written. */
export type AppendError = WrongExpectedVersion | InvalidEvent | LeafTooLarge | RecordedAtBehind;

/** Options of an append. */
export interface AppendOptions {
  /**
   * Record the batch at exactly this time (ISO-8601 UTC) instead of reading the store's clock:
   * an executor that decided deadlines against the ledger's time reads it once (see
   * `nextRecordingTime`) and has the store record that very time. Refused with
   * {@link RecordedAtBehind} when the ledger already holds a later `recordedAt`.
   */
  readonly recordedAt?: string;
  /**
   * Every event of the batch already validated and canonicalised by `encodeEvent`, in batch
   * order (a caller that checked its input with it, such as `govledger append`), so a store
   * need not do that work twice. An entry whose `event` is not the very object at its place
   * in the batch is ignored and that event encoded afresh; a store may ignore them all.
   */
  readonly encoded?: readonly EncodedEvent[];
}

/** An imported leaf is not a valid entry at its position (`position` is 0-based in the import). */
export interface InvalidLeaf {
  readonly _tag: 'InvalidLeaf';
  readonly position: number;
  readonly index: number;
  readonly reason: string;
}

/** Why a store refused an import; nothing was written. */
export type ImportError = InvalidLeaf | LeafTooLarge;

/** What an accepted append recorded. */
export interface AppendResult {
  /** The recorded events in ledger order. */
  readonly events: readonly RecordedEvent[];
  /** The ledger size (number of entries) after the append. */
  readonly size: number;
}

/** Where and how to read the whole log. */
export interface ReadAllOptions {
  /** First index to visit (inclusive). Defaults to 0 forwards and to the last entry backwards. */
  readonly from?: number;
  /** Stop before this index going forwards (exclusive); used for replay "as of" a size. */
  readonly to?: number;
  readonly direction?: 'forwards' | 'backwards';
  /** At most this many matching events. */
  readonly limit?: number;
  /** Only these event types. */
  readonly types?: readonly string[];
  /** Only streams whose id starts with this prefix. */
  readonly streamPrefix?: string;
}

/** Where to read one stream. */
export interface ReadStreamOptions {
  /** First stream version to visit (inclusive, 0-based). */
  readonly fromVersion?: number;
  readonly limit?: number;
}

/** A stored leaf: exactly the canonical bytes of entry `index`. */
export interface StoredLeaf {
  readonly index: number;
  readonly leaf: Uint8Array;
}

/** A stored leaf with the hashes the store kept for it (for `verify`, which trusts none of them). */
export interface HashedLeaf extends StoredLeaf {
  /** [leafHash, then each perfect subtree hash completed by this entry, level 1 up], 32 bytes each. */
  readonly hashes: Uint8Array;
}

/** The ledger's head: its size and the `recordedAt` of its last entry. */
export interface LedgerHead {
  readonly size: number;
  readonly lastRecordedAt: string | null;
}

/** A signed checkpoint as stored: the signed note text for a tree size. */
export interface StoredCheckpoint {
  readonly size: number;
  readonly note: string;
}

/**
 * The verifiable log a store keeps beside its events: tree heads, proofs and checkpoints.
 * Every read costs O(log n) stored hashes, never a pass over the log.
 */
export interface VerifiableLog {
  /** The RFC 6962 root of the first `size` entries (default: the whole log). */
  treeHead(size?: number): Promise<TreeHead>;
  /** The RFC 6962 leaf hash of entry `index`. */
  leafHash(index: number): Promise<Uint8Array>;
  /**
   * The hashes of `count` consecutive perfect subtrees of 2^`level` entries, the first
   * starting at entry `index`·2^`level` (all must lie within the log): what a C2SP tlog-tiles
   * tile holds, one stored hash each.
   */
  subtreeHashes(level: number, index: number, count: number): Promise<Uint8Array[]>;
  /** The RFC 6962 inclusion proof of entry `index` in the tree of the first `size` entries (default: the whole log). */
  inclusionProof(index: number, size?: number): Promise<InclusionProof>;
  /** The RFC 6962 consistency proof that the tree of `from` entries is a prefix of the tree of `to` (default: the whole log). */
  consistencyProof(from: number, to?: number): Promise<ConsistencyProof>;
  /** Leaves `from`..`to` (exclusive) with their stored hashes, in index order, as stored. */
  readHashedLeaves(from: number, to: number): AsyncIterable<HashedLeaf>;
  /**
   * Keeps a signed checkpoint. A second note for the same size is refused unless it is
   * identical or the stored note with signature lines (witness cosignatures) appended, which
   * then replaces it.
   */
  saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void>;
  /** The stored checkpoint for exactly `size`, or the latest one when `size` is omitted. */
  checkpoint(size?: number): Promise<StoredCheckpoint | null>;
  /** Every stored checkpoint in increasing size. */
  checkpoints(): Promise<readonly StoredCheckpoint[]>;
}

/** The port every store implements. */
export interface EventStore {
  /** Appends events to one stream, all or nothing. */
  append(
    streamId: string,
    events: readonly ProposedEvent[],
    expectedVersion?: ExpectedVersion,
  ): Promise<Either<AppendError, AppendResult>>;
  /** Appends to several streams as one atomic batch: every stream's expectation holds or nothing is written. */
  appendBatch(batch: readonly StreamAppend[], options?: AppendOptions): Promise<Either<AppendError, AppendResult>>;
  /**
   * Appends already-recorded entries verbatim (an export being imported or migrated): each
   * leaf must be canonical, continue its stream's versions and fit the size limit. All or
   * nothing; an import into an empty ledger reproduces the exported ledger byte for byte.
   */
  importLeaves(leaves: readonly Uint8Array[]): Promise<Either<ImportError, AppendResult>>;
  /** One stream's events in stream order. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** The whole log in ledger order (or reverse), filtered. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Exact leaf bytes of entries `from` (inclusive) to `to` (exclusive). */
  readLeaves(from: number, to: number): AsyncIterable<StoredLeaf>;
  /** A stream's current version. */
  streamVersion(streamId: string): Promise<StreamVersion>;
  /** The ledger's size and the `recordedAt` of its last entry. */
  head(): Promise<LedgerHead>;
  /**
   * The same head without a promise turn, offered by stores that hold it locally (SQLite,
   * memory) and absent where finding it needs a round trip (EventStoreDB). A reader that
   * answers most requests from cache reads the head on every one, so the turn is its cost.
   */
  headSync?(): LedgerHead;
  /** The Merkle log and checkpoints over this store's leaves. */
  readonly log: VerifiableLog;
  /** Releases the store (connections, files, workers); use no method of it afterwards. */
  close(): Promise<void>;
}

/** The largest canonical leaf the log accepts (C2SP tlog-tiles entry bundles carry 16-bit lengths). */
export const MAX_LEAF_BYTES = 65_535;

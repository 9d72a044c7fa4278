/**
 * The messages between the store and its encoding thread (`encode-worker.ts`): a chunk of
 * proposed events as JSON text in, each event's canonical parts (or its problems) out.
 */
import type { DecodeProblem } from '@govledger/core';

/**
 * A chunk to encode: `events` is the JSON text of an array of proposed events. The thread
 * claims `claims[index]` (free 0 → thread 1) first and skips the chunk when the appending
 * thread already claimed it.
 */
export interface EncodeRequest {
  readonly id: number;
  readonly events: string;
  readonly claims: Int32Array;
  readonly index: number;
}

/** One event's RFC 8785 `data` and `metadata` texts, or why it was refused. */
export type EncodedParts =
  | { readonly dataJson: string; readonly metadataJson: string }
  | { readonly problems: readonly DecodeProblem[] };

/** The answer to the request of the same `id`, in the chunk's order; null when the chunk was skipped. */
export interface EncodeReply {
  readonly id: number;
  readonly parts: readonly EncodedParts[] | null;
}

/**
 * The messages between the store and its encoding thread (`encode-worker.ts`): a chunk of
 * proposed events as JSON text in, each event's canonical parts (or its problems) out.
 */
import type { DecodeProblem } from '@govledger/core';

/** A chunk to encode: `events` is the JSON text of an array of proposed events. */
export interface EncodeRequest {
  readonly id: number;
  readonly events: string;
}

/** One event's RFC 8785 `data` and `metadata` texts, or why it was refused. */
export type EncodedParts =
  | { readonly dataJson: string; readonly metadataJson: string }
  | { readonly problems: readonly DecodeProblem[] };

/** The answer to the request of the same `id`, in the chunk's order. */
export interface EncodeReply {
  readonly id: number;
  readonly parts: readonly EncodedParts[];
}

/**
 * Building the proof bundle of one entry from a store: its leaf bytes, its inclusion proof
 * in the tree of the latest stored checkpoint (with whatever witness cosignatures that
 * checkpoint gathered), as a C2SP tlog-proof.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { EventStore } from '../store.ts';
import { formatTlogProof } from './tlog-proof.ts';

/** Why no bundle can be made for an entry yet. */
export interface BundleUnavailable {
  readonly _tag: 'BundleUnavailable';
  readonly index: number;
  readonly reason: string;
}

/** The tlog-proof text proving entry `index` in the latest stored checkpoint. */
export async function buildBundle(store: EventStore, index: number): Promise<Either<BundleUnavailable, string>> {
  const unavailable = (reason: string) => left<BundleUnavailable>({ _tag: 'BundleUnavailable', index, reason });
  const { size } = await store.head();
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    return unavailable(`entry ${index} does not exist (ledger size ${size})`);
  }
  const checkpoint = await store.log.checkpoint();
  if (checkpoint === null || checkpoint.size <= index) {
    return unavailable(
      `entry ${index} is not covered by a checkpoint yet (latest checkpoint size ${checkpoint?.size ?? 'none'}); run govledger checkpoint`,
    );
  }
  let leaf: Uint8Array | undefined;
  for await (const stored of store.readLeaves(index, index + 1)) leaf = stored.leaf;
  if (leaf === undefined) return unavailable(`entry ${index} could not be read`);
  const proof = await store.log.inclusionProof(index, checkpoint.size);
  return right(
    formatTlogProof({
      extra: leaf,
      index,
      path: proof.path.map((h) => Buffer.from(h, 'base64')),
      note: checkpoint.note,
    }),
  );
}

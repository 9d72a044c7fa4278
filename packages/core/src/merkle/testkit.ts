/**
 * Test support for the Merkle modules (not part of the public API): the recursive
 * definitions of RFC 6962 §2.1 as an executable reference, and an in-memory log laid out
 * exactly as the stores keep it, so the O(log n) code can be checked against both.
 */
import { MerkleFrontier } from './frontier.ts';
import { EMPTY_ROOT, leafHash, nodeHash } from './hash.ts';
import { largestPowerOfTwoBelow, subtreeLocation, type SubtreeReader } from './subtree-layout.ts';
import { coreError } from '../errors/thrown-errors.ts';

/** RFC 6962 MTH(D[n]) over leaf hashes, by the recursive definition. */
export function referenceRoot(leafHashes: readonly Buffer[]): Buffer {
  const n = leafHashes.length;
  if (n === 0) return Buffer.from(EMPTY_ROOT);
  if (n === 1) return leafHashes[0] as Buffer;
  const k = largestPowerOfTwoBelow(n);
  return nodeHash(referenceRoot(leafHashes.slice(0, k)), referenceRoot(leafHashes.slice(k)));
}

/** RFC 6962 PATH(m, D[n]) over leaf hashes, by the recursive definition. */
export function referencePath(m: number, leafHashes: readonly Buffer[]): Buffer[] {
  const n = leafHashes.length;
  if (n <= 1) return [];
  const k = largestPowerOfTwoBelow(n);
  const left = leafHashes.slice(0, k);
  const right = leafHashes.slice(k);
  return m < k
    ? [...referencePath(m, left), referenceRoot(right)]
    : [...referencePath(m - k, right), referenceRoot(left)];
}

/** RFC 6962 PROOF(m, D[n]) = SUBPROOF(m, D[n], true), by the recursive definition. */
export function referenceConsistency(m: number, leafHashes: readonly Buffer[]): Buffer[] {
  const subproof = (mm: number, d: readonly Buffer[], whole: boolean): Buffer[] => {
    const n = d.length;
    if (mm === n) return whole ? [] : [referenceRoot(d)];
    const k = largestPowerOfTwoBelow(n);
    return mm <= k
      ? [...subproof(mm, d.slice(0, k), whole), referenceRoot(d.slice(k))]
      : [...subproof(mm - k, d.slice(k), false), referenceRoot(d.slice(0, k))];
  };
  return subproof(m, leafHashes, true);
}

/** A log kept as the stores keep it: one `hashes` blob per entry, read by subtree location. */
export interface BlobLog {
  readonly leaves: Buffer[];
  readonly leafHashes: Buffer[];
  readonly blobs: Buffer[];
  /** Serves subtrees from `blobs`, counting reads in `reads.count`. */
  readonly read: SubtreeReader;
  readonly reads: { count: number };
}

/** Builds a {@link BlobLog} by appending `leaves` through a {@link MerkleFrontier}. */
export function blobLog(leaves: readonly Uint8Array[]): BlobLog {
  const frontier = new MerkleFrontier();
  const leafHashes: Buffer[] = [];
  const blobs: Buffer[] = [];
  for (const leaf of leaves) {
    const hash = leafHash(leaf);
    leafHashes.push(hash);
    blobs.push(frontier.appendBlob(hash));
  }
  const reads = { count: 0 };
  const read: SubtreeReader = (level, index) => {
    reads.count += 1;
    const { entry, offset } = subtreeLocation(level, index);
    const blob = blobs[entry];
    if (blob === undefined || blob.length < offset + 32) {
      throw coreError('GL_ARGUMENT_OUT_OF_RANGE', `no stored subtree at level ${level}, index ${index}`);
    }
    return blob.subarray(offset, offset + 32);
  };
  return { leaves: leaves.map((l) => Buffer.from(l)), leafHashes, blobs, read, reads };
}

/** `count` distinct leaves `"leaf 0"`, `"leaf 1"`, … as UTF-8 bytes. */
export function sampleLeaves(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.from(`leaf ${i}`));
}

/**
 * RFC 6962 / RFC 9162 §2.1 hashing: the two domain-separated SHA-256 functions every tree
 * node, proof and checkpoint of the log is built from.
 *
 * Both run on the hot path of appends and of `verify` (one leaf hash and on average one node
 * hash per entry), so they avoid a streaming `Hash` object where Node's one-shot
 * `crypto.hash` exists (Node ≥ 20.12): the prefix byte and the input are copied into a
 * reusable scratch buffer and hashed in one call, which is faster than `createHash` plus two
 * `update`s for the leaf sizes the ledger stores (≤ 65,535 bytes). Both functions are
 * synchronous and never keep a reference to their inputs.
 */
import * as crypto from 'node:crypto';
import { coreError } from '../errors/thrown-errors.ts';

/** Size of every hash in the log, in bytes (SHA-256). */
export const HASH_BYTES = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** Leaves up to this many bytes are hashed through the scratch buffer (the ledger's limit). */
const SCRATCH_LEAF_BYTES = 65_535;

type OneShotHash = (algorithm: string, data: Uint8Array, outputEncoding: 'buffer') => Buffer<ArrayBuffer>;

/** `crypto.hash` when the running Node has it (20.12+), else undefined. */
const oneShot: OneShotHash | undefined =
  typeof (crypto as { hash?: unknown }).hash === 'function' ? (crypto.hash as OneShotHash) : undefined;

let leafScratch = Buffer.alloc(0);
const nodeScratch = Buffer.alloc(1 + 2 * HASH_BYTES);
nodeScratch[0] = 0x01;

/**
 * The RFC 6962 leaf hash `SHA-256(0x00 || leaf)` of one entry's exact leaf bytes.
 * Returns a fresh 32-byte Buffer the caller owns (over a plain, non-shared ArrayBuffer).
 *
 * @example leafHash(new Uint8Array()).toString('hex') // '6e340b9c…a01d'
 */
export function leafHash(leaf: Uint8Array): Buffer<ArrayBuffer> {
  if (oneShot !== undefined && leaf.length <= SCRATCH_LEAF_BYTES) {
    if (leafScratch.length < leaf.length + 1) {
      leafScratch = Buffer.alloc(Math.max(leaf.length + 1, 1024, leafScratch.length * 2));
    }
    leafScratch[0] = 0x00;
    leafScratch.set(leaf, 1);
    return oneShot('sha256', leafScratch.subarray(0, leaf.length + 1), 'buffer');
  }
  return crypto.createHash('sha256').update(LEAF_PREFIX).update(leaf).digest();
}

/**
 * The RFC 6962 interior node hash `SHA-256(0x01 || left || right)` of two 32-byte child
 * hashes (left covers the earlier leaves). Returns a fresh 32-byte Buffer.
 * Throws a RangeError if a child is not 32 bytes: that is a bug in the caller.
 */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer<ArrayBuffer> {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) {
    throw coreError(
      'GL_ARGUMENT_OUT_OF_RANGE',
      `nodeHash: children must be ${HASH_BYTES} bytes, got left=${left.length} right=${right.length}`,
    );
  }
  if (oneShot !== undefined) {
    nodeScratch.set(left, 1);
    nodeScratch.set(right, 1 + HASH_BYTES);
    return oneShot('sha256', nodeScratch, 'buffer');
  }
  return crypto.createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/**
 * The root of the empty tree, `SHA-256("")` (RFC 6962 §2.1). Shared: never mutate it;
 * functions that return a root to callers return a copy.
 */
export const EMPTY_ROOT: Buffer<ArrayBuffer> = crypto.createHash('sha256').digest();

/** Whether two hashes are byte-for-byte equal (both must be Uint8Arrays; lengths may differ). */
export function hashEquals(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

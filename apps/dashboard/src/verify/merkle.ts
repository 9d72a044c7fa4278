/**
 * RFC 6962 / RFC 9162 §2.1 Merkle proofs, checked in the page with WebCrypto SHA-256:
 * leaf hash `SHA-256(0x00 || leaf)`, node hash `SHA-256(0x01 || left || right)`, and the
 * verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency).
 * Sizes and indices are the reader's own (from a signed checkpoint and the event clicked),
 * never the proof's fields: the proof only supplies the sibling hashes.
 */
import { type Bytes, sameBytes, sha256 } from './bytes.ts';
import { failed, type Outcome, passed } from './outcome.ts';

const LEAF = new Uint8Array([0]);
const NODE = new Uint8Array([1]);

/** The RFC 6962 hash of one leaf. */
export function leafHash(leaf: Uint8Array): Promise<Bytes> {
  return sha256(LEAF, leaf);
}

function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Bytes> {
  return sha256(NODE, left, right);
}

const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

function isPowerOfTwo(n: number): boolean {
  let m = n;
  while (m > 1 && !odd(m)) m = half(m);
  return m === 1;
}

/**
 * Checks that the leaf with hash `leaf` is entry `index` of the tree of `size` entries whose
 * root is `root`, given the audit `path` (RFC 9162 §2.1.3.2).
 */
export async function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  path: readonly Uint8Array[],
  root: Uint8Array,
): Promise<Outcome<true>> {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    return failed(`entry ${index} is not in a tree of size ${size}`);
  }
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leaf;
  for (const p of path) {
    if (sn === 0) return failed('the inclusion proof is longer than the tree is deep');
    if (odd(fn) || fn === sn) {
      r = await nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return failed('the inclusion proof is shorter than the tree is deep');
  if (!sameBytes(r, root)) return failed('the inclusion proof does not lead to the checkpoint root');
  return passed(true);
}

/**
 * Checks that the tree of size `second` with root `secondRoot` extends the tree of size
 * `first` with root `firstRoot`, given the consistency `path` (RFC 9162 §2.1.4.2).
 */
export async function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  path: readonly Uint8Array[],
): Promise<Outcome<true>> {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second) {
    return failed(`no consistency between sizes ${first} and ${second}`);
  }
  if (first === second) {
    if (path.length !== 0) return failed('a consistency proof between equal sizes must be empty');
    return sameBytes(firstRoot, secondRoot) ? passed(true) : failed('the same size has two different roots');
  }
  const nodes: Uint8Array[] = [...path];
  if (isPowerOfTwo(first)) nodes.unshift(firstRoot);
  if (nodes.length === 0) return failed('the consistency proof is empty');
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Uint8Array = nodes[0]!;
  let sr: Uint8Array = nodes[0]!;
  for (const c of nodes.slice(1)) {
    if (sn === 0) return failed('the consistency proof is longer than the tree is deep');
    if (odd(fn) || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return failed('the consistency proof is shorter than the tree is deep');
  if (!sameBytes(fr, firstRoot)) return failed(`the proof does not lead to the root you held for size ${first}`);
  if (!sameBytes(sr, secondRoot)) return failed(`the proof does not lead to the checkpoint root of size ${second}`);
  return passed(true);
}

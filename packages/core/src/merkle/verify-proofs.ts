/**
 * What an auditor runs: independent checks of inclusion and consistency proofs, following
 * the verification algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2 step by step. They use no
 * store and none of the proving code, only the proof's own numbers and hashes.
 *
 * A bad proof is an expected outcome (the operator may be lying), so it is a value:
 * `left({ _tag: 'ProofInvalid', reason })`, with the reason saying which check failed.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { decodeHash } from './base64.ts';
import { hashEquals, nodeHash } from './hash.ts';
import type { ConsistencyProof, InclusionProof } from './proof-types.ts';

/** Why a proof does not prove what it claims. `reason` names the field or check that failed. */
export interface ProofInvalid {
  readonly _tag: 'ProofInvalid';
  readonly reason: string;
}

const invalid = (reason: string): Either<ProofInvalid, never> => left({ _tag: 'ProofInvalid', reason });

/** Decodes a base64 hash field, or says which field is not canonical base64 of 32 bytes. */
function hashField(name: string, value: unknown): Buffer | string {
  const hash = typeof value === 'string' ? decodeHash(value) : undefined;
  return hash ?? `${name} is not a base64 SHA-256 hash`;
}

function pathField(value: unknown): Buffer[] | string {
  if (!Array.isArray(value)) return 'path is not an array';
  const out: Buffer[] = [];
  for (const [i, element] of value.entries()) {
    const hash = hashField(`path[${i}]`, element);
    if (typeof hash === 'string') return hash;
    out.push(hash);
  }
  return out;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const half = (n: number): number => Math.floor(n / 2);
const isOdd = (n: number): boolean => n % 2 === 1;

/**
 * Checks that `proof.path` leads from `proof.leafHash` at `proof.index` to `proof.root` in
 * a tree of `proof.size` leaves. When `leafHash` is given (the auditor hashed the leaf bytes
 * with `leafHash()`), it must also equal `proof.leafHash`. Comparing `proof.root` with a
 * root the auditor trusts (a checkpoint) is the caller's step.
 *
 * @example verifyInclusion(proof, leafHash(leafBytes)) // right(true) or left({ _tag: 'ProofInvalid', … })
 */
export function verifyInclusion(proof: InclusionProof, leafHash?: Uint8Array): Either<ProofInvalid, true> {
  const { index, size } = proof;
  if (!isCount(index)) return invalid('index is not a non-negative safe integer');
  if (!isCount(size)) return invalid('size is not a non-negative safe integer');
  if (index >= size) return invalid(`index ${index} is not below size ${size}`);
  const claimedLeaf = hashField('leafHash', proof.leafHash);
  if (typeof claimedLeaf === 'string') return invalid(claimedLeaf);
  const root = hashField('root', proof.root);
  if (typeof root === 'string') return invalid(root);
  const path = pathField(proof.path);
  if (typeof path === 'string') return invalid(path);
  if (leafHash !== undefined && !hashEquals(leafHash, claimedLeaf)) {
    return invalid('leafHash does not match the hash of the given leaf');
  }

  // RFC 9162 §2.1.3.2
  let fn = index;
  let sn = size - 1;
  let r: Buffer = claimedLeaf;
  for (const p of path) {
    if (sn === 0) return invalid(`path has more than the hashes a tree of size ${size} needs`);
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return invalid(`path has fewer hashes than a tree of size ${size} needs`);
  if (!hashEquals(r, root)) return invalid('path does not lead from leafHash to root');
  return right(true);
}

/**
 * Checks that `proof.path` proves the tree of `proof.from` leaves with root `proof.fromRoot`
 * is a prefix of the tree of `proof.to` leaves with root `proof.toRoot`
 * (requires 1 ≤ from ≤ to; for from = to the path is empty and the roots equal). Comparing
 * the roots with checkpoints the auditor holds is the caller's step.
 */
export function verifyConsistency(proof: ConsistencyProof): Either<ProofInvalid, true> {
  const { from, to } = proof;
  if (!isCount(from) || from < 1) return invalid('from is not a positive safe integer');
  if (!isCount(to)) return invalid('to is not a non-negative safe integer');
  if (from > to) return invalid(`from ${from} is greater than to ${to}`);
  const fromRoot = hashField('fromRoot', proof.fromRoot);
  if (typeof fromRoot === 'string') return invalid(fromRoot);
  const toRoot = hashField('toRoot', proof.toRoot);
  if (typeof toRoot === 'string') return invalid(toRoot);
  const path = pathField(proof.path);
  if (typeof path === 'string') return invalid(path);

  if (from === to) {
    if (path.length !== 0) return invalid('path must be empty when from equals to');
    if (!hashEquals(fromRoot, toRoot)) return invalid('fromRoot and toRoot differ for the same size');
    return right(true);
  }

  // RFC 9162 §2.1.4.2
  if (path.length === 0) return invalid('path is empty');
  const nodes = isPowerOfTwo(from) ? [fromRoot, ...path] : path;
  let fn = from - 1;
  let sn = to - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = nodes[0] as Buffer;
  let sr = fr;
  for (const c of nodes.slice(1)) {
    if (sn === 0) return invalid(`path has more than the hashes sizes ${from} and ${to} need`);
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return invalid(`path has fewer hashes than sizes ${from} and ${to} need`);
  if (!hashEquals(fr, fromRoot)) return invalid('path does not lead to fromRoot');
  if (!hashEquals(sr, toRoot)) return invalid('path does not lead to toRoot');
  return right(true);
}

function isPowerOfTwo(n: number): boolean {
  let rest = n;
  while (rest > 1 && rest % 2 === 0) rest /= 2;
  return rest === 1;
}

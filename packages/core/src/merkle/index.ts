/**
 * The RFC 6962 verifiable log: hashing, the appender's frontier, tree heads and proofs over
 * stored subtree hashes, the auditor's proof verifiers and the full-log recomputer.
 */
export { decodeBase64Strict, decodeHash, encodeHash } from './base64.ts';
export { MerkleFrontier } from './frontier.ts';
export { EMPTY_ROOT, HASH_BYTES, hashEquals, leafHash, nodeHash } from './hash.ts';
export type { ConsistencyProof, InclusionProof, TreeHead } from './proof-types.ts';
export {
  type HashesLengthMismatch,
  type LeafHashMismatch,
  LogRecomputer,
  type LogMismatch,
  type NodeHashMismatch,
  type UnexpectedIndex,
} from './stream-verifier.ts';
export {
  completedLevels,
  hashesBlobBytes,
  type SubtreeId,
  type SubtreeLocation,
  type SubtreeReader,
  subtreeLocation,
} from './subtree-layout.ts';
export { consistencyProof, inclusionProof, rootAt, TreeReader } from './tree-reader.ts';
export { type ProofInvalid, verifyConsistency, verifyInclusion } from './verify-proofs.ts';
export { cachedSubtreeReader, type SubtreeCacheOptions } from './subtree-cache.ts';

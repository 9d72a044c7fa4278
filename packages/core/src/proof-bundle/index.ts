/**
 * Proof bundles: C2SP tlog-proof files carrying an entry's leaf, its inclusion proof and the
 * cosigned checkpoint, and their offline verification.
 */
export {
  formatTlogProof,
  parseTlogProof,
  TLOG_PROOF_HEADER,
  type TlogProof,
  type TlogProofMalformed,
} from './tlog-proof.ts';
export { type BundleUnavailable, buildBundle } from './build-bundle.ts';
export {
  type BundleFacts,
  type BundleInvalid,
  type BundleTrust,
  DEFAULT_CLOCK_SKEW_SECONDS,
  verifyBundle,
} from './verify-bundle.ts';

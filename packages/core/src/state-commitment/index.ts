/**
 * State commitments: a signed Merkle root over every public record of the read models at a
 * ledger size, so each figure the public reads can be proven (docs/audit.md, format v1).
 */
export type { PublicRecords } from './public-records.ts';
export { RecordTree } from './record-tree.ts';
export {
  encodeStateRoot,
  type RecordDifference,
  STATE_COMMITMENT_SNAPSHOT,
  StateCommitment,
  type StateCommitmentSnapshot,
  type StateRecordProof,
  type StateRoot,
} from './state-commitment.ts';
export { STATE_FORMAT_VERSION, stateLeafBytes, stateLeafHash } from './state-leaf.ts';
export {
  formatStateNote,
  type OpenedStateNote,
  openStateNote,
  parseStateNote,
  type StateCommitmentHead,
  signStateNote,
} from './state-note.ts';

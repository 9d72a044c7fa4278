/**
 * Witnessing (c2sp.org/tlog-witness): the `add-checkpoint` request format and the witness's
 * decision over it. The HTTP server and its durable state live in apps/witness.
 */
export {
  type AddCheckpointRequest,
  formatAddCheckpoint,
  MAX_PROOF_LINES,
  parseAddCheckpoint,
} from './add-checkpoint-request.ts';
export {
  decideAddCheckpoint,
  noteOrigin,
  type WitnessAcceptance,
  type WitnessedHead,
  type WitnessedLogs,
  type WitnessRefusal,
} from './witness-decision.ts';

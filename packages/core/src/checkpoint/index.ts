/**
 * Signed checkpoints: C2SP signed notes with Ed25519 keys in Go's `note` key formats, and
 * C2SP tlog-checkpoint bodies committing to the log's tree head.
 */
export {
  type Checkpoint,
  formatCheckpoint,
  type OpenedCheckpoint,
  openCheckpoint,
  parseCheckpoint,
  signCheckpoint,
} from './checkpoint.ts';
export {
  addSignatureLines,
  COSIGNATURE_V1_TYPE,
  type Cosignature,
  type CosignatureInvalid,
  cosign,
  cosignatureMessage,
  describeCosignatureInvalid,
  extendsNote,
  verifyCosignatures,
} from './cosignature.ts';
export {
  type CheckpointError,
  type CheckpointMalformed,
  describeCheckpointError,
  formatKeyId,
  type KeyMalformed,
  type NoteError,
  type NoteMalformed,
  type SignatureInvalid,
  type UnknownSigner,
} from './errors.ts';
export {
  ED25519_SIGNATURE_TYPE,
  encodeSignerKey,
  encodeVerifierKey,
  generateSignerKey,
  noteKeyId,
  parseSignerKey,
  parseVerifierKey,
  type SignerKey,
  type VerifierKey,
  verifierKeyOf,
} from './keys.ts';
export {
  MAX_SIGNATURES,
  type NoteSignature,
  type OpenedNote,
  openNote,
  type ParsedNote,
  type ParsedSignature,
  parseNote,
  SIGNATURE_PREFIX,
  signNote,
} from './note.ts';
export { isValidKeyName, noteTextProblem } from './note-rules.ts';

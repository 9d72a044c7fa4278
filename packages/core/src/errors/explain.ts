/**
 * One sentence for any error value core returns: what exactly went wrong (from the value's
 * fields) and what to do (from the catalogue), with its stable code. Apps show this text;
 * they match on `_tag` or `code`, never on the text.
 */
import { describeLedgerMigrationFailure } from '../ledger-migration.ts';
import { describeMismatch } from '../audit/verify-ledger.ts';
import { describeCheckpointError } from '../checkpoint/errors.ts';
import { formatDecodeError } from '../decode-error.ts';
import { describePersonalDataError } from '../personal/errors.ts';
import { type CoreError, errorCode, RETURNED_ERRORS, type ReturnedErrorCode } from './returned-errors.ts';
import { describeCosignatureInvalid } from '../checkpoint/cosignature.ts';

/** An error value explained: its code, what went wrong, and what to do about it. */
export interface ExplainedError {
  readonly code: ReturnedErrorCode;
  /** What exactly went wrong, naming the stream, position, field or index involved. */
  readonly message: string;
  /** What to do, from the catalogue (docs/errors.md). */
  readonly remedy: string;
}

function describeValue(value: unknown): string {
  if (typeof value === 'object' && value !== null && '_tag' in value && typeof value._tag === 'string') {
    return value._tag;
  }
  return JSON.stringify(value) ?? String(value);
}

function detail(error: CoreError): string {
  switch (error._tag) {
    case 'WrongExpectedVersion':
      return `stream ${error.streamId} is at version ${error.actual}, the caller expected ${error.expected}`;
    case 'InvalidEvent':
      return `event ${error.position} of the batch: ${error.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`;
    case 'LeafTooLarge':
      return `event ${error.position} (${error.type} in stream ${error.streamId}) is ${error.bytes} bytes as a leaf; the limit is ${error.limit}`;
    case 'OccurredAfterRecording':
    case 'OccurredBeforeSkew':
      return error.message;
    case 'RecordedAtBehind':
      return `asked to record at ${error.requested}, but the ledger's last entry was recorded at ${error.lastRecordedAt}`;
    case 'InvalidLeaf':
      return `imported leaf ${error.position} (entry ${error.index}): ${error.reason}`;
    case 'Rejected':
      return `the decider refused the command: ${describeValue(error.error)}`;
    case 'SubmissionNotAppended':
      return `the store did not take the decided events: ${explainError(error.error).message}`;
    case 'ProofInvalid':
      return `the proof does not verify: ${error.reason}`;
    case 'LeafHashMismatch':
    case 'NodeHashMismatch':
    case 'HashesLengthMismatch':
    case 'UnexpectedIndex':
      return describeMismatch(error).message;
    case 'EntryTampered':
    case 'EntryMissing':
    case 'CheckpointInvalid':
    case 'CheckpointMismatch':
    case 'LogRolledBack':
    case 'LeafInvalid':
    case 'StoreInconsistent':
      return error.message;
    case 'KeyMalformed':
    case 'NoteMalformed':
    case 'SignatureInvalid':
    case 'UnknownSigner':
    case 'CheckpointMalformed':
      return describeCheckpointError(error);
    case 'DecodeError':
      return `${error.codec}: ${formatDecodeError(error)}`;
    case 'CosignatureInvalid':
      return describeCosignatureInvalid(error);
    case 'Refused':
      return `the witness answered ${error.status}: ${error.reason}`;
    case 'TlogProofMalformed':
      return `proof bundle, ${error.where}: ${error.reason}`;
    case 'BundleUnavailable':
      return `no proof bundle for entry ${error.index}: ${error.reason}`;
    case 'BundleInvalid':
      return `proof bundle, ${error.what}: ${error.reason}`;
    case 'DiffRangeReversed':
      return `the diff runs backwards: from size ${error.fromSize} to size ${error.toSize}`;
    case 'TargetNotEmpty':
    case 'OtherMigration':
    case 'PrefixDiffers':
    case 'EntryRefused':
    case 'RootsDiffer':
      return describeLedgerMigrationFailure(error);
    default:
      return describePersonalDataError(error);
  }
}

/**
 * The code, the specific message and the remedy of an error value.
 *
 * @example
 * explainError({ _tag: 'WrongExpectedVersion', streamId: 'budget-2025', expected: 3, actual: 4 })
 * // { code: 'GL_WRONG_EXPECTED_VERSION',
 * //   message: 'stream budget-2025 is at version 4, the caller expected 3',
 * //   remedy: 'reload the stream, decide again on the newer state and retry (…)' }
 */
export function explainError(error: CoreError): ExplainedError {
  return { code: errorCode(error), message: detail(error), remedy: RETURNED_ERRORS[error._tag].remedy };
}

/** The one-line form for logs and terminals: `GL_CODE: message. What to do: remedy`. */
export function formatError(error: CoreError): string {
  const { code, message, remedy } = explainError(error);
  return `${code}: ${message}. What to do: ${remedy}`;
}

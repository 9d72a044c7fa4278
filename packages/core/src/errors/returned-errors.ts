/**
 * The errors core returns as values (`Left` of an fp-ts `Either`, or an audit's `problem`),
 * written once: each `_tag` has a stable `code`, when it happens and what to do. The
 * `_tag` stays the discriminant to match on in code; the `code` is what logs, support
 * tickets and docs/errors.md name.
 */
import type { AuditProblem } from '../audit/audit-problem.ts';
import type { CheckpointError, KeyMalformed } from '../checkpoint/errors.ts';
import type { HandleError } from '../command-pipeline.ts';
import type { DecodeError } from '../decode-error.ts';
import type { LogMismatch } from '../merkle/stream-verifier.ts';
import type { ProofInvalid } from '../merkle/verify-proofs.ts';
import type { PersonalDataError } from '../personal/errors.ts';
import type { CosignatureInvalid } from '../checkpoint/cosignature.ts';
import type { DiffRangeReversed } from '../history/projection-diff.ts';
import type { BundleUnavailable } from '../proof-bundle/build-bundle.ts';
import type { TlogProofMalformed } from '../proof-bundle/tlog-proof.ts';
import type { BundleInvalid } from '../proof-bundle/verify-bundle.ts';
import type { OccurredAtRefused } from '../ledger-time.ts';
import type { LedgerMigrationFailure } from '../ledger-migration.ts';
import type { AppendError, ImportError } from '../store.ts';
import type { WitnessRefusal } from '../witness/witness-decision.ts';

/** Every error value core returns. */
export type CoreError =
  | AppendError
  | ImportError
  | OccurredAtRefused
  | HandleError<unknown>
  | DecodeError
  | KeyMalformed
  | CheckpointError
  | ProofInvalid
  | LogMismatch
  | AuditProblem
  | PersonalDataError
  | CosignatureInvalid
  | WitnessRefusal
  | TlogProofMalformed
  | BundleUnavailable
  | BundleInvalid
  | DiffRangeReversed
  | LedgerMigrationFailure;

/** The `_tag` of an error value core returns. */
export type CoreErrorTag = CoreError['_tag'];

/** One kind of returned error: its stable code, which API returns it, when, and what to do. */
export interface ReturnedErrorEntry {
  readonly code: string;
  readonly returnedBy: string;
  readonly when: string;
  readonly remedy: string;
}

/** Every error value core returns, by `_tag`. Codes are stable; the `_tag` of each never changes either. */
export const RETURNED_ERRORS = {
  WrongExpectedVersion: {
    code: 'GL_WRONG_EXPECTED_VERSION',
    returnedBy: 'EventStore.append, appendBatch',
    when: 'a stream did not hold the version the caller expected: another writer appended first',
    remedy: 'reload the stream, decide again on the newer state and retry (the command pipeline does this for you)',
  },
  InvalidEvent: {
    code: 'GL_INVALID_EVENT',
    returnedBy: 'EventStore.append, appendBatch',
    when: 'an event of the batch failed the envelope codec (`position` is its 0-based place in the batch; `problems` list every path and reason)',
    remedy:
      'fix each listed field (ISO-8601 UTC times, non-empty ids, an integer schemaVersion, a JSON object as data) and append the whole batch again',
  },
  LeafTooLarge: {
    code: 'GL_LEAF_TOO_LARGE',
    returnedBy: 'EventStore.append, appendBatch, importLeaves',
    when: "an event's canonical leaf is larger than 65,535 bytes",
    remedy:
      'keep documents and photos out of events: store them elsewhere and record their SHA-256; split a large list into several events',
  },
  RecordedAtBehind: {
    code: 'GL_RECORDED_AT_BEHIND',
    returnedBy: 'EventStore.appendBatch',
    when: "the caller asked to record at a time (`AppendOptions.recordedAt`) earlier than the ledger's last recordedAt: another writer recorded later meanwhile",
    remedy:
      'read the ledger clock again, decide again against the new time and retry (the governance executor does this for you)',
  },
  OccurredAfterRecording: {
    code: 'GL_OCCURRED_AFTER_RECORDING',
    returnedBy: 'checkOccurredAt',
    when: "an act claims an occurredAt later than the ledger's recording time",
    remedy: 'date the act when it happened, never later than now; nothing was recorded',
  },
  OccurredBeforeSkew: {
    code: 'GL_OCCURRED_BEFORE_SKEW',
    returnedBy: 'checkOccurredAt',
    when: "an act claims an occurredAt further before its recording than the time policy's skew (72 h by default) and is not marked back-filled",
    remedy: 'record it promptly, or mark the command "backfilled": true so that every reader shows it as a late record',
  },
  InvalidLeaf: {
    code: 'GL_INVALID_LEAF',
    returnedBy: 'EventStore.importLeaves',
    when: 'an imported line is not a canonical leaf that continues the ledger at its position (not RFC 8785 JSON, a field missing, a stream version out of order, recordedAt going back)',
    remedy:
      'import an unmodified export into an empty ledger, in order; run `verifyExport` on it first to find the first bad line',
  },
  Rejected: {
    code: 'GL_COMMAND_REJECTED',
    returnedBy: 'handleCommand',
    when: "the decider refused the command; `error` holds the domain's own error",
    remedy: 'show the domain error to the person who asked (it names the rule); nothing was recorded',
  },
  SubmissionNotAppended: {
    code: 'GL_SUBMISSION_NOT_APPENDED',
    returnedBy: 'CommandPipeline.run, handleCommand, the governance executor',
    when: "the rules accepted the submission but the store did not take its batch: it refused it (`error` holds the store's error), or other writers changed the streams it read on every attempt (`error` is the last conflict)",
    remedy:
      "act on the inner error's code: a conflict (GL_WRONG_EXPECTED_VERSION, GL_RECORDED_AT_BEHIND) can be submitted again later; GL_INVALID_EVENT or GL_LEAF_TOO_LARGE means a rule emitted an event the envelope refuses",
  },
  DecodeError: {
    code: 'GL_DECODE_FAILED',
    returnedBy: 'decodeWith, EventCatalogue.decodeData, sealing and erasure',
    when: 'data did not match its io-ts codec, or its (type, schemaVersion) is not in the catalogue; `problems` list every path and reason',
    remedy:
      'fix each listed path; an unknown type needs its definition added to the catalogue (a new shape is a new schemaVersion)',
  },
  KeyMalformed: {
    code: 'GL_KEY_MALFORMED',
    returnedBy: 'parseSignerKey, parseVerifierKey, generateSignerKey',
    when: 'a signer or verifier key string cannot be used; `reason` names the part',
    remedy:
      'pass the key exactly as printed (`name+keyid+base64`, or `PRIVATE+KEY+…` for a signer), with a name that has no spaces or "+"',
  },
  NoteMalformed: {
    code: 'GL_NOTE_MALFORMED',
    returnedBy: 'openNote, openCheckpoint',
    when: 'the text is not a C2SP signed note (missing blank line, bad signature line, not UTF-8)',
    remedy: 'pass the note byte for byte as it was published, including the final newline; do not reflow or trim it',
  },
  SignatureInvalid: {
    code: 'GL_SIGNATURE_INVALID',
    returnedBy: 'openNote, openCheckpoint',
    when: 'a signature by a trusted key (same name and key id) does not verify: the note was altered after signing',
    remedy:
      'treat the checkpoint as forged or damaged: do not trust it, fetch it again from the operator, and report it',
  },
  UnknownSigner: {
    code: 'GL_UNKNOWN_SIGNER',
    returnedBy: 'openNote, openCheckpoint',
    when: 'no signature of the note is by a key the caller trusts; `signers` lists who did sign',
    remedy: "check that you passed the log's published verifier key; a note signed only by others is not this log's",
  },
  CheckpointMalformed: {
    code: 'GL_CHECKPOINT_MALFORMED',
    returnedBy: 'parseCheckpoint, openCheckpoint',
    when: 'a signed note body is not a C2SP tlog-checkpoint (origin, decimal size, base64 root, one per line)',
    remedy: 'pass a checkpoint as the log printed it; `reason` names the line that breaks the format',
  },
  ProofInvalid: {
    code: 'GL_PROOF_INVALID',
    returnedBy: 'verifyInclusion, verifyConsistency',
    when: 'a proof does not lead from its leaf (or old root) to its root; `reason` names the failed check',
    remedy:
      "do not trust the entry or the log's history: fetch the proof again and compare its root with a checkpoint you hold; report a persistent failure",
  },
  LeafHashMismatch: {
    code: 'GL_LEAF_HASH_MISMATCH',
    returnedBy: 'LogRecomputer',
    when: "an entry's leaf bytes do not hash to the leaf hash stored with it",
    remedy:
      'the leaf or its stored hash was changed after append: restore the store from a backup and run `verifyLedger`',
  },
  NodeHashMismatch: {
    code: 'GL_NODE_HASH_MISMATCH',
    returnedBy: 'LogRecomputer',
    when: 'a stored Merkle node does not match the one recomputed from the leaves',
    remedy: 'a stored hash or an earlier leaf was replaced: restore the store from a backup and run `verifyLedger`',
  },
  HashesLengthMismatch: {
    code: 'GL_HASHES_LENGTH_MISMATCH',
    returnedBy: 'LogRecomputer',
    when: "an entry's stored hashes are not as many as its position requires",
    remedy: 'the store file was damaged or edited: restore it from a backup and run `verifyLedger`',
  },
  UnexpectedIndex: {
    code: 'GL_UNEXPECTED_INDEX',
    returnedBy: 'LogRecomputer',
    when: 'the store yielded entries out of order or with a gap',
    remedy: 'entries were removed or reordered: restore the store from a backup and run `verifyLedger`',
  },
  EntryTampered: {
    code: 'GL_ENTRY_TAMPERED',
    returnedBy: 'verifyLedger (AuditReport.problem)',
    when: 'an entry or a stored tree hash was changed after it was appended; `index` is the first bad entry',
    remedy: 'stop trusting the store from `index` on: compare with an export or backup you trust and report it',
  },
  EntryMissing: {
    code: 'GL_ENTRY_MISSING',
    returnedBy: 'verifyLedger (AuditReport.problem)',
    when: 'entries were removed or reordered; `index` is the first missing one',
    remedy: 'stop trusting the store from `index` on: compare with an export or backup you trust and report it',
  },
  CheckpointInvalid: {
    code: 'GL_CHECKPOINT_INVALID',
    returnedBy: 'verifyLedger, verifyExport (AuditReport.problem)',
    when: "a stored or given checkpoint does not open with the log's verifier key",
    remedy: "check that you passed the log's published verifier key; if you did, the checkpoint was forged or damaged",
  },
  CheckpointMismatch: {
    code: 'GL_CHECKPOINT_MISMATCH',
    returnedBy: 'verifyLedger, verifyExport (AuditReport.problem)',
    when: 'a validly signed checkpoint names a root (or origin) other than the recomputed one for its size',
    remedy: 'the log shown to you is not the one the operator signed: keep the checkpoint as evidence and report it',
  },
  LogRolledBack: {
    code: 'GL_LOG_ROLLED_BACK',
    returnedBy: 'verifyLedger, verifyExport (AuditReport.problem)',
    when: 'the log is shorter than a checkpoint the auditor holds or the store kept',
    remedy: 'entries the operator signed are gone: keep the checkpoint as evidence and report it',
  },
  LeafInvalid: {
    code: 'GL_LEAF_INVALID',
    returnedBy: 'verifyExport (AuditReport.problem)',
    when: 'a line of an export is not a canonical leaf continuing the log',
    remedy: 'obtain the export again, unmodified (line i must be exactly the bytes of entry i)',
  },
  StoreInconsistent: {
    code: 'GL_STORE_INCONSISTENT',
    returnedBy: 'verifyLedger (AuditReport.problem)',
    when: "the store's own tree head or consistency proof disagrees with the root recomputed from its leaves",
    remedy: 'the store answers proofs from damaged hashes: do not serve proofs from it; restore it and report it',
  },
  KeyStoreMissing: {
    code: 'GL_KEY_STORE_MISSING',
    returnedBy: 'FileKeyStore.open, personal-data operations',
    when: 'the personal-data key store file is not there',
    remedy:
      'point to the existing key store of this ledger; create one with `FileKeyStore.create` only for a ledger with no sealed data',
  },
  KeyStoreExists: {
    code: 'GL_KEY_STORE_EXISTS',
    returnedBy: 'FileKeyStore.create',
    when: 'a key store file already exists at the path',
    remedy: 'open it with `FileKeyStore.open`, or choose another path; a key store is never overwritten',
  },
  KeyStoreCorrupt: {
    code: 'GL_KEY_STORE_CORRUPT',
    returnedBy: 'FileKeyStore',
    when: 'the key store file is not one this version can read, or is inconsistent',
    remedy: 'restore the key store from its backup; never edit it by hand',
  },
  KeyStoreInsecure: {
    code: 'GL_KEY_STORE_INSECURE',
    returnedBy: 'FileKeyStore',
    when: 'the key store file can be read by other users',
    remedy: 'make it readable by its owner only (`chmod 600`)',
  },
  KeyStoreLocked: {
    code: 'GL_KEY_STORE_LOCKED',
    returnedBy: 'FileKeyStore',
    when: "another process holds the key store's lock file (or a crashed one left it)",
    remedy: 'wait for the other process; if none is running, remove the lock file named in the error and retry',
  },
  KeyStoreUnavailable: {
    code: 'GL_KEY_STORE_UNAVAILABLE',
    returnedBy: 'PersonalKeyStore implementations',
    when: 'a key store backend (e.g. a KMS) could not answer',
    remedy: 'retry when the backend is reachable; nothing was sealed, opened or erased',
  },
  SubjectErased: {
    code: 'GL_SUBJECT_ERASED',
    returnedBy: 'sealPersonalData',
    when: 'personal data was offered for a data subject whose keys were destroyed',
    remedy: 'do not record personal data of an erased person; use a new subject id only if the person gives it anew',
  },
  SubjectMissing: {
    code: 'GL_SUBJECT_MISSING',
    returnedBy: 'sealPersonalData',
    when: "a personal field's subject id (its sibling field) is missing, empty or not a string",
    remedy: "set the subject field named in the error to the person's pseudonymous id",
  },
  SubjectFieldIsPersonal: {
    code: 'GL_SUBJECT_FIELD_IS_PERSONAL',
    returnedBy: 'sealPersonalData',
    when: 'a personal field names as its subject a field that is itself personal',
    remedy: 'make the subject field a pseudonymous id that is not marked personal in the codec',
  },
  ReservedMarkerInData: {
    code: 'GL_RESERVED_MARKER_IN_DATA',
    returnedBy: 'sealPersonalData',
    when: 'proposed data already holds a `$personal` key (reserved for sealed envelopes)',
    remedy: 'seal each event once, and never use `$personal` as a key in event data',
  },
  ErasedMarkerInData: {
    code: 'GL_ERASED_MARKER_IN_DATA',
    returnedBy: 'sealPersonalData',
    when: 'a personal field holds the erased marker',
    remedy: 'an erased value cannot be recorded again: record the fact without the personal field',
  },
  PersonalValueNotJson: {
    code: 'GL_PERSONAL_VALUE_NOT_JSON',
    returnedBy: 'sealPersonalData',
    when: "a personal field's value is not plain JSON",
    remedy: 'give personal fields plain JSON values (strings, finite numbers, arrays, plain objects)',
  },
  SealedFieldMalformed: {
    code: 'GL_SEALED_FIELD_MALFORMED',
    returnedBy: 'openPersonalData',
    when: 'something under a `$personal` key is not a well-formed envelope of a known version',
    remedy: 'the entry was written by a newer govledger or damaged: upgrade, or run `verifyLedger`',
  },
  PersonalKeyUnknown: {
    code: 'GL_PERSONAL_KEY_UNKNOWN',
    returnedBy: 'openPersonalData',
    when: 'the key an envelope names is not in the key store and its subject was not erased',
    remedy: 'open the ledger with its own key store (restore it from backup if lost); it is never read as erased',
  },
  PersonalDataUnauthentic: {
    code: 'GL_PERSONAL_DATA_UNAUTHENTIC',
    returnedBy: 'openPersonalData',
    when: 'decryption failed to authenticate: the ciphertext, its place or its key was changed',
    remedy: 'run `verifyLedger`; if the log verifies, the key store was altered: restore it from backup',
  },
  SubjectUnknown: {
    code: 'GL_SUBJECT_UNKNOWN',
    returnedBy: 'erasePersonalData',
    when: 'an erasure was asked for a subject the key store never held a key for',
    remedy: 'check the subject id (a pseudonymous id, not a name)',
  },
  SubjectAlreadyErased: {
    code: 'GL_SUBJECT_ALREADY_ERASED',
    returnedBy: 'erasePersonalData',
    when: 'an erasure was asked for a subject already erased',
    remedy: 'nothing to do: the data is already unreadable',
  },
  ErasureNotRecorded: {
    code: 'GL_ERASURE_NOT_RECORDED',
    returnedBy: 'erasePersonalData',
    when: 'the erasure event could not be appended, so no key was destroyed',
    remedy: "act on `cause` (the store's error) and ask for the erasure again",
  },
  CosignatureInvalid: {
    code: 'GL_COSIGNATURE_INVALID',
    returnedBy: 'verifyCosignatures, verifyBundle',
    when: "a signature line carries a trusted witness key's name and id, but its timestamped cosignature does not verify over this checkpoint",
    remedy:
      "treat the checkpoint as not witnessed by that key; fetch it again from the log, and if the line still fails, report it to the witness's operator",
  },
  Refused: {
    code: 'GL_WITNESS_REFUSED',
    returnedBy: 'decideAddCheckpoint (a witness)',
    when: 'a witness refused to cosign: unknown log (404), bad log signature (403), wrong old size (409, with the latest size), a proof that does not show consistency (422), or a malformed request (400)',
    remedy:
      'on 409 send again from `latestSize` with a fresh consistency proof; on 422 stop and investigate (the log may have forked); on 403 or 404 check the witness is configured for this log and key',
  },
  TlogProofMalformed: {
    code: 'GL_TLOG_PROOF_MALFORMED',
    returnedBy: 'parseTlogProof, verifyBundle',
    when: 'a proof bundle is not a well-formed c2sp.org/tlog-proof@v1 text; `where` names the line or part',
    remedy: 'ask the ledger for the bundle again (`govledger prove --bundle` or the read API); never edit one by hand',
  },
  BundleUnavailable: {
    code: 'GL_BUNDLE_UNAVAILABLE',
    returnedBy: 'buildBundle',
    when: 'no proof bundle can be made for the entry yet: it is beyond the ledger, or no signed checkpoint covers it',
    remedy: 'sign a checkpoint that covers the entry (`govledger checkpoint`) and ask again',
  },
  BundleInvalid: {
    code: 'GL_BUNDLE_INVALID',
    returnedBy: 'verifyBundle',
    when: 'a proof bundle does not prove what it claims; `what` names the failed part (leaf, inclusion proof, log signature, cosignature or quorum)',
    remedy:
      'do not rely on the bundle; fetch a fresh one from the ledger and verify it, and keep the failing one as evidence if the ledger signed it',
  },
  DiffRangeReversed: {
    code: 'GL_DIFF_RANGE_REVERSED',
    returnedBy: 'diffProjections, diffSizes',
    when: 'a diff was asked from a later point to an earlier one',
    remedy: 'swap the two points: `from` is the earlier ledger position or time',
  },
  TargetNotEmpty: {
    code: 'GL_MIGRATION_TARGET_NOT_EMPTY',
    returnedBy: 'migrateResumably (govledger migrate)',
    when: 'the target ledger already holds entries and is not an unfinished migration of this source',
    remedy:
      'migrate into a new, empty ledger (another ledger name), or resume with the same source the target was started from',
  },
  OtherMigration: {
    code: 'GL_MIGRATION_OF_OTHER_LEDGER',
    returnedBy: 'migrateResumably (govledger migrate)',
    when: 'the target holds an unfinished migration of a source with another size or root',
    remedy: 'resume with the source it was started from, or migrate into a new, empty ledger',
  },
  PrefixDiffers: {
    code: 'GL_MIGRATION_PREFIX_DIFFERS',
    returnedBy: 'migrateResumably (govledger migrate)',
    when: "an entry the target already holds differs from the source's: it is not a partial copy of this ledger",
    remedy: 'do not use the target; migrate into a new, empty ledger and find out who wrote the differing entry',
  },
  EntryRefused: {
    code: 'GL_MIGRATION_ENTRY_REFUSED',
    returnedBy: 'migrateResumably (govledger migrate)',
    when: "the target refused one of the source's leaves (it is not a valid next entry there); the message says why",
    remedy:
      'run `govledger verify` on the source: a ledger that verifies migrates; the copied prefix stays, marked unfinished',
  },
  RootsDiffer: {
    code: 'GL_MIGRATION_ROOTS_DIFFER',
    returnedBy: 'migrateResumably (govledger migrate)',
    when: "after every leaf was copied, the target's Merkle root is not the source's",
    remedy:
      'do not use the target (it stays marked unfinished); report it with both roots: the two stores disagree on the tree',
  },
} as const satisfies { readonly [Tag in CoreErrorTag]: ReturnedErrorEntry };

/** The stable code of an error value core returns. */
export type ReturnedErrorCode = (typeof RETURNED_ERRORS)[CoreErrorTag]['code'];

/** The stable code of an error value, e.g. `GL_WRONG_EXPECTED_VERSION` for `WrongExpectedVersion`. */
export function errorCode(error: { readonly _tag: CoreErrorTag }): ReturnedErrorCode {
  return RETURNED_ERRORS[error._tag].code;
}

/**
 * Every expected failure of the personal-data layer as a tagged value, and its message,
 * written once. Apps map `_tag` to exit codes or HTTP statuses and show
 * {@link describePersonalDataError}'s text.
 */
import { type DecodeError, formatDecodeError } from '../decode-error.ts';

/** The key store file a ledger needs is not there. Never answered by writing plaintext. */
export interface KeyStoreMissing {
  readonly _tag: 'KeyStoreMissing';
  readonly path: string;
}

/** `create` was asked for a key store file that already exists (it is never overwritten). */
export interface KeyStoreExists {
  readonly _tag: 'KeyStoreExists';
  readonly path: string;
}

/** The key store file is not a key store this version can read, or is inconsistent. */
export interface KeyStoreCorrupt {
  readonly _tag: 'KeyStoreCorrupt';
  readonly path: string;
  readonly reason: string;
}

/** The key store file can be read by other users (its mode allows group or other access). */
export interface KeyStoreInsecure {
  readonly _tag: 'KeyStoreInsecure';
  readonly path: string;
  /** The file's permission bits, e.g. 0o644. */
  readonly mode: number;
}

/** Another process holds the key store's lock file (or a crashed one left it behind). */
export interface KeyStoreLocked {
  readonly _tag: 'KeyStoreLocked';
  readonly lockPath: string;
}

/** A key store backend (e.g. a KMS) could not answer. */
export interface KeyStoreUnavailable {
  readonly _tag: 'KeyStoreUnavailable';
  readonly reason: string;
}

/** Why a key store could not do what was asked. */
export type KeyStoreError =
  | KeyStoreMissing
  | KeyStoreExists
  | KeyStoreCorrupt
  | KeyStoreInsecure
  | KeyStoreLocked
  | KeyStoreUnavailable;

/** The subject's keys were destroyed: no new personal data may be sealed for it. */
export interface SubjectErased {
  readonly _tag: 'SubjectErased';
  readonly subject: string;
}

/** A marked field's subject id (its sibling `subjectField`) is missing, empty or not a string. */
export interface SubjectMissing {
  readonly _tag: 'SubjectMissing';
  readonly pointer: string;
  readonly subjectField: string;
}

/** A marked field names as its subject a field that is itself personal (its id would leak). */
export interface SubjectFieldIsPersonal {
  readonly _tag: 'SubjectFieldIsPersonal';
  readonly pointer: string;
  readonly subjectField: string;
}

/** Proposed data already holds a `$personal` key: reserved for envelopes (or sealed twice). */
export interface ReservedMarkerInData {
  readonly _tag: 'ReservedMarkerInData';
  readonly pointer: string;
}

/** A marked field holds the erased marker: an erased value cannot be recorded again. */
export interface ErasedMarkerInData {
  readonly _tag: 'ErasedMarkerInData';
  readonly pointer: string;
}

/** A marked field's value is not plain JSON (undefined, NaN, a class instance …). */
export interface PersonalValueNotJson {
  readonly _tag: 'PersonalValueNotJson';
  readonly pointer: string;
  readonly reason: string;
}

/** Why an event could not be sealed; nothing was sealed. */
export type SealError =
  | DecodeError
  | SubjectMissing
  | SubjectFieldIsPersonal
  | ReservedMarkerInData
  | ErasedMarkerInData
  | PersonalValueNotJson
  | SubjectErased
  | KeyStoreError;

/** Something under a `$personal` key is not a well-formed envelope of a known version. */
export interface SealedFieldMalformed {
  readonly _tag: 'SealedFieldMalformed';
  readonly streamId: string;
  readonly pointer: string;
  readonly reason: string;
}

/** The key an envelope names is unknown and its subject was not erased: the wrong key store? */
export interface PersonalKeyUnknown {
  readonly _tag: 'PersonalKeyUnknown';
  readonly streamId: string;
  readonly pointer: string;
  readonly subject: string;
  readonly keyId: string;
}

/** Decryption failed to authenticate: the ciphertext, its place or its key was changed. */
export interface PersonalDataUnauthentic {
  readonly _tag: 'PersonalDataUnauthentic';
  readonly streamId: string;
  readonly pointer: string;
  readonly subject: string;
  readonly keyId: string;
  readonly reason: string;
}

/** Why an event could not be opened; never answered by reading a field as erased. */
export type OpenError = SealedFieldMalformed | PersonalKeyUnknown | PersonalDataUnauthentic | KeyStoreError;

/** An erasure was asked for a subject the key store has never held a key for. */
export interface SubjectUnknown {
  readonly _tag: 'SubjectUnknown';
  readonly subject: string;
}

/** An erasure was asked for a subject already erased. */
export interface SubjectAlreadyErased {
  readonly _tag: 'SubjectAlreadyErased';
  readonly subject: string;
}

/** The erasure event could not be appended, so no key was destroyed. */
export interface ErasureNotRecorded<E = unknown> {
  readonly _tag: 'ErasureNotRecorded';
  readonly subject: string;
  readonly cause: E;
}

/** Why an erasure did not happen (or, for `KeyStoreError` after recording, did not finish). */
export type ErasureError = DecodeError | SubjectUnknown | SubjectAlreadyErased | ErasureNotRecorded | KeyStoreError;

/** Any failure of the personal-data layer. */
export type PersonalDataError = SealError | OpenError | ErasureError;

/** The message a person needs: what failed, where, and what to do. */
export function describePersonalDataError(error: PersonalDataError): string {
  switch (error._tag) {
    case 'KeyStoreMissing':
      return `personal-data key store not found at ${error.path}: personal fields can be neither sealed nor read without it. Create a new one with FileKeyStore.create (the CLI's init does this), or point to the existing key store of this ledger; never start a new store for a ledger that already holds sealed data`;
    case 'KeyStoreExists':
      return `a key store already exists at ${error.path}; it is never overwritten`;
    case 'KeyStoreCorrupt':
      return `key store ${error.path} is unreadable: ${error.reason}`;
    case 'KeyStoreInsecure':
      return `key store ${error.path} has mode 0${error.mode.toString(8)}; it must be readable by its owner only (chmod 600)`;
    case 'KeyStoreLocked':
      return `key store is locked by ${error.lockPath}; if no govledger process is running, a crashed one left it: remove the lock file and retry`;
    case 'KeyStoreUnavailable':
      return `key store unavailable: ${error.reason}`;
    case 'SubjectErased':
      return `data subject ${error.subject} was erased: no personal data can be recorded for it`;
    case 'SubjectMissing':
      return `${error.pointer}: personal data needs its subject id in the sibling field ${error.subjectField} (a non-empty string)`;
    case 'SubjectFieldIsPersonal':
      return `${error.pointer}: its subject field ${error.subjectField} is itself personal data; a subject id must be a pseudonymous id`;
    case 'ReservedMarkerInData':
      return `${error.pointer}: "$personal" is reserved for sealed personal data (was the event sealed twice?)`;
    case 'ErasedMarkerInData':
      return `${error.pointer}: an erased personal value cannot be recorded`;
    case 'PersonalValueNotJson':
      return `${error.pointer}: ${error.reason}`;
    case 'SealedFieldMalformed':
      return `stream ${error.streamId}, ${error.pointer}: malformed sealed personal data: ${error.reason}`;
    case 'PersonalKeyUnknown':
      return `stream ${error.streamId}, ${error.pointer}: key ${error.keyId} of subject ${error.subject} is not in the key store and the subject was not erased; is this the key store of this ledger?`;
    case 'PersonalDataUnauthentic':
      return `stream ${error.streamId}, ${error.pointer}: sealed personal data of subject ${error.subject} (key ${error.keyId}) failed authentication: ${error.reason}`;
    case 'SubjectUnknown':
      return `no personal data is held for subject ${error.subject}; check the subject id`;
    case 'SubjectAlreadyErased':
      return `subject ${error.subject} is already erased`;
    case 'ErasureNotRecorded':
      return `the erasure of subject ${error.subject} could not be recorded, so no key was destroyed`;
    case 'DecodeError':
      return `${error.codec}: ${formatDecodeError(error)}`;
  }
}

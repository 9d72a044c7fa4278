/**
 * Personal data in an immutable log: marking fields in codecs, sealing them on append under
 * per-subject keys, opening them on read, hiding them for the public, and erasing a subject
 * by destroying its keys. The threat model and promises are in docs/privacy.md.
 */
export {
  ErasedPersonalData,
  isErased,
  isPersonalType,
  personal,
  PersonalType,
} from './marking.ts';
export {
  collectPersonalFields,
  type FieldStep,
  mapPersonalFields,
  type PersonalFieldAt,
  type PersonalFieldSpec,
  personalFields,
} from './field-walk.ts';
export { type JsonPath, toPointer } from './json-path.ts';
export {
  findSealedFields,
  type FoundSealedField,
  hasSealedFields,
  isSealedFieldLike,
  mayContainSealedData,
  PERSONAL_ALG,
  PERSONAL_ENVELOPE_VERSION,
  PERSONAL_MARKER,
  type SealedField,
  SealedFieldBody,
} from './sealed-envelope.ts';
export {
  type KeySource,
  keyIdOf,
  randomKeySource,
  SUBJECT_KEY_BYTES,
  type SubjectKey,
  seededKeySource,
} from './key-material.ts';
export type { ErasedSubject, KeyLookup, PersonalKeyStore, SubjectStatus } from './key-store.ts';
export { InMemoryKeyStore, type InMemoryKeyStoreOptions } from './memory-key-store.ts';
export { FileKeyStore, type FileKeyStoreOptions, keyStorePathFor } from './file-key-store.ts';
export { type LazyKeyStore, lazyKeyStore } from './lazy-key-store.ts';
export { DEFAULT_LOCK_POLICY, type LockPolicy, writeFileAtomically } from './atomic-file.ts';
export { isKeyFileHead, KEY_FILE_FORMAT } from './key-file-format.ts';
export {
  describePersonalDataError,
  type ErasedMarkerInData,
  type ErasureError,
  type ErasureNotRecorded,
  type KeyStoreCorrupt,
  type KeyStoreError,
  type KeyStoreExists,
  type KeyStoreInsecure,
  type KeyStoreLocked,
  type KeyStoreMissing,
  type KeyStoreUnavailable,
  type OpenError,
  type PersonalDataError,
  type PersonalDataUnauthentic,
  type PersonalKeyUnknown,
  type PersonalValueNotJson,
  type ReservedMarkerInData,
  type SealedFieldMalformed,
  type SealError,
  type SubjectAlreadyErased,
  type SubjectErased,
  type SubjectFieldIsPersonal,
  type SubjectMissing,
  type SubjectUnknown,
} from './errors.ts';
export { sealPersonalData } from './seal-personal-data.ts';
export {
  decodeSealedData,
  erasedView,
  type OpenOptions,
  openPersonalData,
  type SealableEvent,
} from './open-personal-data.ts';
export {
  completeErasure,
  type ErasureDone,
  type ErasureRequest,
  erasePersonalData,
  PERSONAL_DATA_STREAM_PREFIX,
  PersonalDataErased,
  type PersonalDataErasedData,
  personalDataStreamId,
  proposeErasure,
  reconcileErasures,
} from './erasure.ts';

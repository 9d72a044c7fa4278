/**
 * The PersonalKeyStore port: where subject keys live, beside the ledger and never in it.
 * A deployment may back it with a KMS; core ships a file store ({@link FileKeyStore}) and an
 * in-memory one for tests. Every method is asynchronous (a KMS is remote) and returns its
 * expected failures as values.
 *
 * Invariants every implementation keeps:
 * - a subject's current key is created on first use and replaced only by `rotateKey`; older
 *   keys stay available to `findKey` until the subject is erased;
 * - `destroySubjectKeys` removes every key of the subject for good and leaves a tombstone
 *   (subject id and destroyed key ids, no key material): the subject then stays erased, and
 *   `currentKey`/`rotateKey` refuse it with `SubjectErased`;
 * - `destroySubjectKeys` is idempotent, so an interrupted erasure can simply be repeated.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import type { KeyStoreError, SubjectErased } from './errors.ts';
import type { SubjectKey } from './key-material.ts';

/** The outcome of looking a key up: found, the subject was erased, or not known at all. */
export type KeyLookup =
  | { readonly _tag: 'KeyFound'; readonly key: SubjectKey }
  | { readonly _tag: 'KeyDestroyed'; readonly subject: string }
  | { readonly _tag: 'KeyNotFound'; readonly subject: string; readonly keyId: string };

/** A subject whose keys were destroyed, with the ids of the keys it had. */
export interface ErasedSubject {
  readonly subject: string;
  readonly keyIds: readonly string[];
}

/** What a key store holds for a subject: live keys (oldest first), a tombstone, or nothing. */
export type SubjectStatus =
  | {
      readonly _tag: 'Active';
      readonly subject: string;
      readonly keyIds: readonly string[];
      readonly currentKeyId: string;
    }
  | { readonly _tag: 'Erased'; readonly subject: string; readonly keyIds: readonly string[] }
  | { readonly _tag: 'Unknown'; readonly subject: string };

/** Where subject keys live. See the module comment for the invariants. */
export interface PersonalKeyStore {
  /** The key new personal data of `subject` is sealed with, created when the subject has none. */
  currentKey(subject: string): Promise<Either<KeyStoreError | SubjectErased, SubjectKey>>;
  /** The key `keyId` of `subject`, for reading sealed data. */
  findKey(subject: string, keyId: string): Promise<Either<KeyStoreError, KeyLookup>>;
  /** Makes a new current key for `subject`; data sealed before stays readable with the old key. */
  rotateKey(subject: string): Promise<Either<KeyStoreError | SubjectErased, SubjectKey>>;
  /** What the store holds for `subject`. */
  subjectStatus(subject: string): Promise<Either<KeyStoreError, SubjectStatus>>;
  /**
   * Destroys every key of `subject` (erasure) and returns the tombstone. Idempotent: an
   * erased or unknown subject is tombstoned without error.
   */
  destroySubjectKeys(subject: string): Promise<Either<KeyStoreError, ErasedSubject>>;
  /** Every erased subject, in the order they were erased. */
  erasedSubjects(): Promise<Either<KeyStoreError, readonly ErasedSubject[]>>;
}

/**
 * A key store held in process memory: for tests and throw-away demos. Its keys vanish with
 * the process, so data sealed under it is unreadable afterwards.
 */
import { type Either, map, right } from 'fp-ts/lib/Either.js';
import type { SubjectErased } from './errors.ts';
import { randomKeySource, seededKeySource, type SubjectKey } from './key-material.ts';
import { KeyRing } from './key-ring.ts';
import type { ErasedSubject, KeyLookup, PersonalKeyStore, SubjectStatus } from './key-store.ts';

/** Options of the in-memory key store. */
export interface InMemoryKeyStoreOptions {
  /** Derive keys from this seed instead of randomly: reproducible demos only (see seededKeySource). */
  readonly keySeed?: string | Uint8Array;
}

/**
 * {@link PersonalKeyStore} in memory.
 *
 * @example
 * const keys = new InMemoryKeyStore({ keySeed: 'demo' }); // same keys every run
 *
 * @experimental
 */
export class InMemoryKeyStore implements PersonalKeyStore {
  readonly #ring: KeyRing;

  constructor(options: InMemoryKeyStoreOptions = {}) {
    this.#ring = new KeyRing(options.keySeed === undefined ? randomKeySource : seededKeySource(options.keySeed));
  }

  async currentKey(subject: string): Promise<Either<SubjectErased, SubjectKey>> {
    return map((c: { value: SubjectKey }) => c.value)(this.#ring.current(subject));
  }

  async findKey(subject: string, keyId: string): Promise<Either<never, KeyLookup>> {
    return right(this.#ring.find(subject, keyId));
  }

  async rotateKey(subject: string): Promise<Either<SubjectErased, SubjectKey>> {
    return map((c: { value: SubjectKey }) => c.value)(this.#ring.rotate(subject));
  }

  async subjectStatus(subject: string): Promise<Either<never, SubjectStatus>> {
    return right(this.#ring.status(subject));
  }

  async destroySubjectKeys(subject: string): Promise<Either<never, ErasedSubject>> {
    return right(this.#ring.destroy(subject).value);
  }

  async erasedSubjects(): Promise<Either<never, readonly ErasedSubject[]>> {
    return right(this.#ring.erasedSubjects());
  }
}

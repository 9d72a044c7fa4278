/**
 * The inspection keys of sealed ballots live in a key store of their own, not in the ledger's
 * personal-data key store: a file the inspecting authority (street office or housing bureau)
 * holds, so that whoever runs the ledger with its ordinary key store cannot open a ballot.
 *
 * {@link SplitKeyStore} presents the two stores as one {@link PersonalKeyStore}: subjects of a
 * vote's ballot box (`ballots-<voteId>`) go to the inspection store, every other subject to the
 * personal-data store. Sealing a ballot needs the inspection store at hand (the keys are
 * symmetric), so the operator holds it while a vote is open and hands it over when it closes;
 * a ballot box key found only in the personal-data store (ledgers written before the split)
 * still opens, and erasing a ballot box destroys its key in both.
 */
import type {
  ErasedSubject,
  KeyLookup,
  KeyStoreError,
  PersonalKeyStore,
  SubjectErased,
  SubjectKey,
  SubjectStatus,
} from '@govledger/core';
import { votes } from '@govledger/governance';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';

/** A key store that can hold its lock and write new keys once (the file key store's batch). */
export interface BatchingKeyStore extends PersonalKeyStore {
  /** Runs `work` holding the store's lock; `flush` writes new keys before they are used. */
  batch<T>(work: (flush: () => Promise<void>) => Promise<T>): Promise<Either<KeyStoreError, T>>;
}

/** The personal-data store and the inspection store, routed by subject. */
export class SplitKeyStore implements BatchingKeyStore {
  constructor(
    /** Names, phones, ID numbers, party flags: the ledger's personal-data key store. */
    readonly personal: BatchingKeyStore,
    /** Ballot boxes: the inspecting authority's key store. */
    readonly inspection: BatchingKeyStore,
  ) {}

  #storeOf(subject: string): BatchingKeyStore {
    return votes.isBallotBoxSubject(subject) ? this.inspection : this.personal;
  }

  currentKey(subject: string): Promise<Either<KeyStoreError | SubjectErased, SubjectKey>> {
    return this.#storeOf(subject).currentKey(subject);
  }

  async findKey(subject: string, keyId: string): Promise<Either<KeyStoreError, KeyLookup>> {
    const found = await this.#storeOf(subject).findKey(subject, keyId);
    // A ballot box sealed before the split keeps its key in the personal-data store.
    if (votes.isBallotBoxSubject(subject) && !isLeft(found) && found.right._tag === 'KeyNotFound')
      return this.personal.findKey(subject, keyId);
    return found;
  }

  rotateKey(subject: string): Promise<Either<KeyStoreError | SubjectErased, SubjectKey>> {
    return this.#storeOf(subject).rotateKey(subject);
  }

  subjectStatus(subject: string): Promise<Either<KeyStoreError, SubjectStatus>> {
    return this.#storeOf(subject).subjectStatus(subject);
  }

  async destroySubjectKeys(subject: string): Promise<Either<KeyStoreError, ErasedSubject>> {
    if (!votes.isBallotBoxSubject(subject)) return this.personal.destroySubjectKeys(subject);
    const before = await this.personal.subjectStatus(subject);
    if (isLeft(before)) return before;
    if (before.right._tag !== 'Unknown') {
      const legacy = await this.personal.destroySubjectKeys(subject);
      if (isLeft(legacy)) return legacy;
    }
    return this.inspection.destroySubjectKeys(subject);
  }

  async erasedSubjects(): Promise<Either<KeyStoreError, readonly ErasedSubject[]>> {
    const personal = await this.personal.erasedSubjects();
    if (isLeft(personal)) return personal;
    const inspection = await this.inspection.erasedSubjects();
    if (isLeft(inspection)) return inspection;
    const seen = new Set(personal.right.map((e) => e.subject));
    return right([...personal.right, ...inspection.right.filter((e) => !seen.has(e.subject))]);
  }

  async batch<T>(work: (flush: () => Promise<void>) => Promise<T>): Promise<Either<KeyStoreError, T>> {
    const outer = await this.personal.batch((flushPersonal) =>
      this.inspection.batch((flushInspection) =>
        work(async () => {
          await flushPersonal();
          await flushInspection();
        }),
      ),
    );
    if (isLeft(outer)) return outer;
    return outer.right;
  }
}

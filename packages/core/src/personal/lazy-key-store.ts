/**
 * A key store opened on first use. A ledger's key file grows with every data subject (tens
 * of megabytes for a city), and most readers of a ledger never open a sealed field: a read
 * API serving the public must not make its first answer wait for keys only auditors use.
 */
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import type { KeyStoreError } from './errors.ts';
import type { PersonalKeyStore } from './key-store.ts';

/** A key store opened on first use, which can also be opened ahead of need. */
export interface LazyKeyStore extends PersonalKeyStore {
  /**
   * Opens the store now unless it is open: a server calls this in the background once it
   * is answering, so that a damaged key file is reported at start-up rather than to the
   * first auditor who needs it. A failure is returned and tried again on the next use.
   */
  open(): Promise<Either<KeyStoreError, PersonalKeyStore>>;
}

/**
 * Wraps `open` as a {@link PersonalKeyStore} that calls it on the first operation and
 * reuses the store it returns. A failed open is returned to that operation and tried again
 * on the next, so a key file restored after a failure is picked up without a restart.
 *
 * @example
 * const keys = lazyKeyStore(() => FileKeyStore.open('ledger.db.keys'));
 * createReader({ store, keyStore: keys }); // the file is read when an auditor first asks
 */
export function lazyKeyStore(open: () => Promise<Either<KeyStoreError, PersonalKeyStore>>): LazyKeyStore {
  let opening: Promise<Either<KeyStoreError, PersonalKeyStore>> | null = null;
  const opened = (): Promise<Either<KeyStoreError, PersonalKeyStore>> => {
    opening ??= open().then((result) => {
      if (isLeft(result)) opening = null;
      return result;
    });
    return opening;
  };
  const withStore = async <A, E>(
    use: (store: PersonalKeyStore) => Promise<Either<E, A>>,
  ): Promise<Either<E | KeyStoreError, A>> => {
    const store = await opened();
    return isLeft(store) ? store : use(store.right);
  };
  return {
    open: opened,
    currentKey: (subject) => withStore((store) => store.currentKey(subject)),
    findKey: (subject, keyId) => withStore((store) => store.findKey(subject, keyId)),
    rotateKey: (subject) => withStore((store) => store.rotateKey(subject)),
    subjectStatus: (subject) => withStore((store) => store.subjectStatus(subject)),
    destroySubjectKeys: (subject) => withStore((store) => store.destroySubjectKeys(subject)),
    erasedSubjects: () => withStore((store) => store.erasedSubjects()),
  };
}

/**
 * The file key store: subject keys in one JSON file beside the ledger (see key-file-format.ts),
 * mode 0600, replaced atomically on every change under a lock file, so that several processes
 * (the CLI appending, a server reading) can share it. Reads notice another process's change
 * by the file's stamp and reload; destroying a subject rewrites the file without its keys.
 *
 * A missing file is always an error (`KeyStoreMissing`), never an empty store: a ledger
 * opened with a fresh store would seal new data under new keys and fail to read old data.
 */
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import {
  DEFAULT_LOCK_POLICY,
  type FileStamp,
  type LockPolicy,
  readStamped,
  removeStaleTemporaries,
  sameStamp,
  statStamp,
  withFileLock,
  writeFileAtomically,
} from './atomic-file.ts';
import type { KeyStoreError, SubjectErased } from './errors.ts';
import { parseKeyFile, serializeKeyFile } from './key-file-format.ts';
import { type KeySource, randomKeySource, seededKeySource, type SubjectKey } from './key-material.ts';
import { type Changed, KeyRing } from './key-ring.ts';
import type { ErasedSubject, KeyLookup, PersonalKeyStore, SubjectStatus } from './key-store.ts';

/** Options of the file key store. */
export interface FileKeyStoreOptions {
  /** Derive keys from this seed instead of randomly: reproducible demos only (see seededKeySource). */
  readonly keySeed?: string | Uint8Array;
  /** How long to wait for another process's lock (default: about two seconds). */
  readonly lock?: LockPolicy;
}

/**
 * The conventional key store path for a ledger file: beside it, named `<ledger>.keys`
 * (e.g. `data/ledger.db` → `data/ledger.db.keys`), which `.gitignore` keeps out of git.
 */
export function keyStorePathFor(ledgerPath: string): string {
  return `${ledgerPath}.keys`;
}

/**
 * {@link PersonalKeyStore} in a file; open an existing one with `open`, make one with `create`.
 *
 * @experimental
 */
export class FileKeyStore implements PersonalKeyStore {
  readonly #source: KeySource;
  readonly #lock: LockPolicy;
  #ring: KeyRing;
  #stamp: FileStamp | null;
  /** Inside {@link batch}: the lock is held, changes stay in memory until a flush. */
  #batch: { dirty: boolean } | null = null;

  private constructor(
    /** The key store file. */
    readonly path: string,
    source: KeySource,
    lock: LockPolicy,
    ring: KeyRing,
    stamp: FileStamp,
  ) {
    this.#source = source;
    this.#lock = lock;
    this.#ring = ring;
    this.#stamp = stamp;
  }

  /** Opens the key store at `path`; `KeyStoreMissing` when there is none (it is never created here). */
  static async open(path: string, options: FileKeyStoreOptions = {}): Promise<Either<KeyStoreError, FileKeyStore>> {
    const source = options.keySeed === undefined ? randomKeySource : seededKeySource(options.keySeed);
    const loaded = await load(path, source);
    if (isLeft(loaded)) return loaded;
    return right(
      new FileKeyStore(path, source, options.lock ?? DEFAULT_LOCK_POLICY, loaded.right.ring, loaded.right.stamp),
    );
  }

  /** Creates an empty key store at `path` (mode 0600); `KeyStoreExists` when one is there. */
  static async create(path: string, options: FileKeyStoreOptions = {}): Promise<Either<KeyStoreError, FileKeyStore>> {
    try {
      await writeFileAtomically(path, serializeKeyFile({ subjects: [], erased: [] }), { exclusive: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return left({ _tag: 'KeyStoreExists', path });
      throw e;
    }
    return FileKeyStore.open(path, options);
  }

  async currentKey(subject: string): Promise<Either<KeyStoreError | SubjectErased, SubjectKey>> {
    const fresh = await this.#fresh();
    if (isLeft(fresh)) return fresh;
    const status = fresh.right.status(subject);
    if (status._tag === 'Active') {
      const found = fresh.right.find(subject, status.currentKeyId);
      if (found._tag === 'KeyFound') return right(found.key);
    }
    return this.#change((ring) => ring.current(subject));
  }

  async findKey(subject: string, keyId: string): Promise<Either<KeyStoreError, KeyLookup>> {
    const fresh = await this.#fresh();
    return isLeft(fresh) ? fresh : right(fresh.right.find(subject, keyId));
  }

  async rotateKey(subject: string): Promise<Either<KeyStoreError | SubjectErased, SubjectKey>> {
    return this.#change((ring) => ring.rotate(subject));
  }

  async subjectStatus(subject: string): Promise<Either<KeyStoreError, SubjectStatus>> {
    const fresh = await this.#fresh();
    return isLeft(fresh) ? fresh : right(fresh.right.status(subject));
  }

  async destroySubjectKeys(subject: string): Promise<Either<KeyStoreError, ErasedSubject>> {
    return this.#change((ring) => right(ring.destroy(subject)));
  }

  async erasedSubjects(): Promise<Either<KeyStoreError, readonly ErasedSubject[]>> {
    const fresh = await this.#fresh();
    return isLeft(fresh) ? fresh : right(fresh.right.erasedSubjects());
  }

  /** The ring as the file holds it now (reloaded when another process replaced the file). */
  async #fresh(): Promise<Either<KeyStoreError, KeyRing>> {
    if (this.#batch) return right(this.#ring);
    const stamp = await statStamp(this.path);
    if (stamp === null) return left({ _tag: 'KeyStoreMissing', path: this.path });
    if (sameStamp(stamp, this.#stamp)) return right(this.#ring);
    const loaded = await load(this.path, this.#source);
    if (isLeft(loaded)) return loaded;
    this.#ring = loaded.right.ring;
    this.#stamp = loaded.right.stamp;
    return right(this.#ring);
  }

  /**
   * Runs `work` holding the key store's lock, keeping new keys in memory and writing the file
   * once — when `work` calls `flush` (do so before anything sealed under a new key is
   * committed to the ledger) and again at the end if anything changed since. Creating keys
   * for a thousand new subjects then costs one atomic write instead of a thousand.
   */
  async batch<T>(work: (flush: () => Promise<void>) => Promise<T>): Promise<Either<KeyStoreError, T>> {
    if (this.#batch) return right(await work(() => this.#flush()));
    const locked = await withFileLock(`${this.path}.lock`, this.#lock, async (): Promise<Either<KeyStoreError, T>> => {
      const loaded = await load(this.path, this.#source);
      if (isLeft(loaded)) return loaded;
      this.#ring = loaded.right.ring;
      this.#stamp = loaded.right.stamp;
      this.#batch = { dirty: false };
      try {
        const result = await work(() => this.#flush());
        await this.#flush();
        return right(result);
      } finally {
        this.#batch = null;
      }
    });
    return isLeft(locked) ? locked : locked.right;
  }

  async #flush(): Promise<void> {
    if (!this.#batch?.dirty) return;
    await removeStaleTemporaries(this.path);
    await writeFileAtomically(this.path, serializeKeyFile(this.#ring.snapshot()));
    this.#stamp = await statStamp(this.path);
    this.#batch.dirty = false;
  }

  /** Under the lock: reload, apply `change`, and write the file when the ring changed. */
  async #change<E, T>(change: (ring: KeyRing) => Either<E, Changed<T>>): Promise<Either<KeyStoreError | E, T>> {
    if (this.#batch) {
      const result = change(this.#ring);
      if (isLeft(result)) return result;
      if (result.right.changed) this.#batch.dirty = true;
      return right(result.right.value);
    }
    const locked = await withFileLock(
      `${this.path}.lock`,
      this.#lock,
      async (): Promise<Either<KeyStoreError | E, T>> => {
        const loaded = await load(this.path, this.#source);
        if (isLeft(loaded)) return loaded;
        const ring = loaded.right.ring;
        const result = change(ring);
        if (isLeft(result)) return result;
        if (result.right.changed) {
          await removeStaleTemporaries(this.path);
          await writeFileAtomically(this.path, serializeKeyFile(ring.snapshot()));
        }
        this.#ring = ring;
        this.#stamp = result.right.changed ? await statStamp(this.path) : loaded.right.stamp;
        return right(result.right.value);
      },
    );
    return isLeft(locked) ? locked : locked.right;
  }
}

async function load(
  path: string,
  source: KeySource,
): Promise<Either<KeyStoreError, { ring: KeyRing; stamp: FileStamp }>> {
  const read = await readStamped(path);
  if (read === null) return left({ _tag: 'KeyStoreMissing', path });
  if (process.platform !== 'win32' && (read.mode & 0o077) !== 0)
    return left({ _tag: 'KeyStoreInsecure', path, mode: read.mode });
  const parsed = parseKeyFile(read.text);
  if (isLeft(parsed)) return left({ _tag: 'KeyStoreCorrupt', path, reason: parsed.left });
  return right({ ring: new KeyRing(source, parsed.right), stamp: read.stamp });
}

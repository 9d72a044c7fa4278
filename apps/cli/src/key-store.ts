/**
 * Opening the personal-data key store for a command. A missing key store is a clear error at
 * start — never a silent fall-back to plaintext — naming the path, the option and the
 * environment variable that select another one.
 */
import {
  DEFAULT_LOCK_POLICY,
  describePersonalDataError,
  type ErasedSubject,
  type EventStore,
  FileKeyStore,
  PERSONAL_DATA_STREAM_PREFIX,
  reconcileErasures,
  openPersonalData,
  type PersonalKeyStore,
  type RecordedEvent,
  hasSealedFields,
} from '@govledger/core';
import { votes } from '@govledger/governance';
import { existsSync } from 'node:fs';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError } from './cli-error.ts';
import { SplitKeyStore } from './inspection-key-store.ts';
import { INSPECTION_KEYS_ENV, KEY_STORE_ENV, type LedgerFiles } from './ledger-files.ts';

/** Options of {@link openKeyStore}. */
export interface OpenKeyStoreOptions {
  /** Derive keys reproducibly (demos only). */
  readonly keySeed?: string;
  /** The ledger: erasures it records whose keys still exist (a crash between the two) are completed on opening. */
  readonly ledger?: EventStore;
  /** Where notices go (a taken-over lock, completed erasures); standard error by default. */
  readonly notice?: (message: string) => void;
  /**
   * The inspection key store must already exist (inspecting ballots); otherwise a missing
   * one is created empty, as for a ledger written before ballot boxes had a store of their own.
   */
  readonly requireInspectionKeys?: boolean;
}

function noticeToStderr(message: string): void {
  process.stderr.write(`govledger: ${message}\n`);
}

/**
 * Opens the ledger's key stores: the personal-data store and the inspecting authority's
 * store of ballot box keys, as one {@link SplitKeyStore}. A lock left by a killed process is taken over (with a notice),
 * and, given the ledger, pending erasures are completed first (with a notice each), so no
 * process ever reads data its subject had erased.
 */
export async function openKeyStore(files: LedgerFiles, options: OpenKeyStoreOptions = {}): Promise<SplitKeyStore> {
  const notice = options.notice ?? noticeToStderr;
  const opened = await FileKeyStore.open(files.keyStore, {
    ...(options.keySeed !== undefined ? { keySeed: options.keySeed } : {}),
    lock: {
      ...DEFAULT_LOCK_POLICY,
      onStaleLock: (pid) =>
        notice(
          `took over the key store lock ${files.keyStore}.lock left by process ${pid ?? '(unknown)'}, which no longer runs`,
        ),
    },
  });
  if (isLeft(opened)) {
    throw environmentError(
      `${describePersonalDataError(opened.left)} (choose another with --keystore FILE or ${KEY_STORE_ENV})`,
    );
  }
  const inspection = await openInspectionKeyStore(files, options);
  const keys = new SplitKeyStore(opened.right, inspection);
  if (options.ledger) {
    for (const erased of await completePendingErasures(options.ledger, keys))
      notice(`completed the interrupted erasure of ${erased.subject}: ${erased.keyIds.length} key(s) destroyed`);
  }
  return keys;
}

async function openInspectionKeyStore(files: LedgerFiles, options: OpenKeyStoreOptions): Promise<FileKeyStore> {
  const path = files.inspectionKeyStore;
  const seed = options.keySeed !== undefined ? { keySeed: options.keySeed } : {};
  if (!existsSync(path) && !options.requireInspectionKeys) {
    const created = await FileKeyStore.create(path, seed);
    if (isLeft(created) && created.left._tag !== 'KeyStoreExists')
      throw environmentError(describePersonalDataError(created.left));
  }
  const opened = await FileKeyStore.open(path, { ...seed, lock: DEFAULT_LOCK_POLICY });
  if (isLeft(opened)) {
    throw environmentError(
      `${describePersonalDataError(opened.left)}: the inspection key store, held by the inspecting authority (choose it with --inspection-keys FILE or ${INSPECTION_KEYS_ENV})`,
    );
  }
  return opened.right;
}

/**
 * Destroys the keys of every subject whose erasure the ledger records but whose keys still
 * exist (a process killed between recording and destroying). Returns the subjects completed.
 */
export async function completePendingErasures(
  ledger: EventStore,
  keys: PersonalKeyStore,
): Promise<readonly ErasedSubject[]> {
  const done = await reconcileErasures(ledger.readAll({ streamPrefix: PERSONAL_DATA_STREAM_PREFIX }), keys);
  if (isLeft(done)) throw environmentError(describePersonalDataError(done.left));
  return done.right;
}

/** Creates an empty key store (mode 0600) for a new ledger, and its empty inspection key store when missing. */
export async function createKeyStore(files: LedgerFiles, options: { keySeed?: string } = {}): Promise<FileKeyStore> {
  const seed = options.keySeed !== undefined ? { keySeed: options.keySeed } : {};
  const created = await FileKeyStore.create(files.keyStore, seed);
  if (isLeft(created)) throw environmentError(describePersonalDataError(created.left));
  if (!existsSync(files.inspectionKeyStore)) {
    const inspection = await FileKeyStore.create(files.inspectionKeyStore, seed);
    if (isLeft(inspection)) throw environmentError(describePersonalDataError(inspection.left));
  }
  return created.right;
}

/**
 * A replay transform that decrypts personal fields where the subject's key exists (erased
 * subjects read as the erased marker). Events without sealed fields pass through untouched
 * and synchronously, so replay stays fast. A tampered ciphertext or wrong key fails loudly.
 */
export function decryptingTransform(
  keys: PersonalKeyStore,
): (event: RecordedEvent) => RecordedEvent | Promise<RecordedEvent> {
  return (event) => {
    if (!hasSealedFields(event.data)) return event;
    // Ballots stay sealed: only inspect-ballots, on an objection, opens them.
    return openPersonalData(event, keys, { keepSealed: votes.isBallotBoxSubject }).then((opened) => {
      if (isLeft(opened)) {
        throw new CliError(
          `entry ${event.index}: personal data cannot be opened: ${describePersonalDataError(opened.left)}`,
        );
      }
      return opened.right;
    });
  };
}

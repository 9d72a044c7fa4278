/**
 * Opening the personal-data key store for a command. A missing key store is a clear error at
 * start — never a silent fall-back to plaintext — naming the path, the option and the
 * environment variable that select another one.
 */
import {
  describePersonalDataError,
  FileKeyStore,
  openPersonalData,
  type PersonalKeyStore,
  type RecordedEvent,
  hasSealedFields,
} from '@govledger/core';
import { votes } from '@govledger/governance';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError } from './cli-error.ts';
import { KEY_STORE_ENV, type LedgerFiles } from './ledger-files.ts';

/** Opens the ledger's key store; `keySeed` derives keys reproducibly (demos only). */
export async function openKeyStore(files: LedgerFiles, options: { keySeed?: string } = {}): Promise<FileKeyStore> {
  const opened = await FileKeyStore.open(
    files.keyStore,
    options.keySeed !== undefined ? { keySeed: options.keySeed } : {},
  );
  if (isLeft(opened)) {
    throw environmentError(
      `${describePersonalDataError(opened.left)} (choose another with --keystore FILE or ${KEY_STORE_ENV})`,
    );
  }
  return opened.right;
}

/** Creates an empty key store (mode 0600) for a new ledger. */
export async function createKeyStore(files: LedgerFiles, options: { keySeed?: string } = {}): Promise<FileKeyStore> {
  const created = await FileKeyStore.create(
    files.keyStore,
    options.keySeed !== undefined ? { keySeed: options.keySeed } : {},
  );
  if (isLeft(created)) throw environmentError(describePersonalDataError(created.left));
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

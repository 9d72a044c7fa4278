/**
 * The last steps of creating a ledger, whatever its store: the signing key the choice calls
 * for (a new key file, mode 0600), the personal-data key store when there is none, and the
 * first signed checkpoint. Run once the ledger itself exists, so that a ledger that could
 * not be created leaves no key file behind.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SignerKey } from '@govledger/core';
import { signAndStoreCheckpoint } from '../checkpointing.ts';
import { createKeyStore } from '../key-store.ts';
import type { LedgerFiles } from '../ledger-files.ts';
import type { LedgerStore } from '../open-ledger.ts';
import { createSigningKey } from '../signing-key.ts';
import type { KeyChoice } from './init-key.ts';

/** Writes the new ledger's key files and signs its first checkpoint in the store `open` returns; returns the signing key. */
export async function writeKeysAndFirstCheckpoint(
  files: LedgerFiles,
  choice: KeyChoice,
  keySeed: string | undefined,
  open: () => LedgerStore,
): Promise<SignerKey> {
  let signer: SignerKey;
  if (choice._tag === 'Existing') signer = choice.signer;
  else {
    mkdirSync(dirname(files.signingKey), { recursive: true });
    signer = createSigningKey(files.signingKey, choice.origin);
  }
  if (!existsSync(files.keyStore)) {
    mkdirSync(dirname(files.keyStore), { recursive: true });
    await createKeyStore(files, keySeed !== undefined ? { keySeed } : {});
  }
  const store = open();
  try {
    await signAndStoreCheckpoint(store, signer);
  } finally {
    await store.close();
  }
  return signer;
}

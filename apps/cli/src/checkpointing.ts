/**
 * Issuing checkpoints: after every write, the CLI signs the new tree head with the ledger's
 * key and stores the note, so a checkpoint exists for every size a write produced.
 */
import { signCheckpoint, type EventStore, type SignerKey } from '@govledger/core';
import type { LedgerFiles } from './ledger-files.ts';
import { loadSigningKeyIfPresent } from './signing-key.ts';

/** Signs and stores a checkpoint of the current tree head with `signer`; returns the note. */
export async function signAndStoreCheckpoint(store: EventStore, signer: SignerKey): Promise<string> {
  const head = await store.log.treeHead();
  const existing = await store.log.checkpoint(head.size);
  if (existing) return existing.note;
  const note = signCheckpoint({ origin: signer.name, size: head.size, root: head.root }, signer);
  await store.log.saveCheckpoint({ size: head.size, note });
  return note;
}

/**
 * Signs a checkpoint of the current head when the ledger has a signing key; returns the note,
 * or null when there is no key (writes still succeed; `verify` then has nothing signed to check).
 */
export async function issueCheckpoint(store: EventStore, files: LedgerFiles): Promise<string | null> {
  const signer = loadSigningKeyIfPresent(files.signingKey);
  return signer ? signAndStoreCheckpoint(store, signer) : null;
}

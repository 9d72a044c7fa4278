/**
 * Issuing checkpoints: after every write, the CLI signs the new tree head with the ledger's
 * key and stores the note, so a checkpoint exists for every size a write produced. When the
 * ledger has a witness policy (see witnessing/witness-policy.ts), the checkpoint is sent to
 * its witnesses and stored with their cosignatures. Every checkpoint issued after a write is
 * followed by the state note of the same size (state/state-signer.ts).
 */
import { type EventStore, ledgerSettingsOf, type ProjectionRunner, type SignerKey } from '@govledger/core';
import type { CliIo } from './io.ts';
import type { LedgerFiles } from './ledger-files.ts';
import { loadSigningKeyIfPresent } from './signing-key.ts';
import { signHead, unkeptSizes } from './sign-head.ts';
import { StateSigner } from './state/state-signer.ts';
import type { WitnessSizes } from './witnessing/collect-cosignatures.ts';
import { describeShortfall } from './witnessing/publish-checkpoint.ts';
import { loadWitnessPolicy } from './witnessing/witness-policy.ts';

/**
 * Signs and stores a checkpoint of the current head with `signer` (no witnesses), and the
 * state note of the same size (with `state`, a writer's own signer); returns the checkpoint note.
 */
export async function signAndStoreCheckpoint(
  store: EventStore,
  signer: SignerKey,
  state?: StateSigner,
): Promise<string> {
  return (await signHead(store, signer, state ? { state } : {})).note;
}

/** Per-witness sizes kept in the ledger's own settings when the store has them (core's `ledgerSettingsOf`), else for this run. */
export function witnessSizesOf(store: EventStore): WitnessSizes {
  const settings = ledgerSettingsOf(store);
  if (!settings) return unkeptSizes();
  return {
    get: (witness) => {
      const value = settings.getMeta(`witness-size:${witness}`);
      return value === null ? undefined : Number(value);
    },
    set: (witness, size) => settings.setMeta(`witness-size:${witness}`, String(size)),
  };
}

/**
 * Signs (and, under the ledger's witness policy, witnesses) a checkpoint of the current head
 * when the ledger has a signing key, and signs the state note of the same size; returns the
 * checkpoint note, or null when there is no key (writes
 * still succeed; `verify` then has nothing signed to check). A shortfall under
 * `publish-and-retry` is reported on `io.stderr`; under `fail-closed` it throws.
 */
export async function issueCheckpoint(
  store: EventStore,
  files: LedgerFiles,
  io?: CliIo,
  runner?: ProjectionRunner,
): Promise<string | null> {
  const signer = loadSigningKeyIfPresent(files.signingKey);
  if (!signer) return null;
  const policy = loadWitnessPolicy(files.witnessPolicy);
  // The figures the read API serves always have a signed state note at the head: the state
  // root of the same size, signed with the same key (docs/audit.md). A writer that folded its
  // own entries (`runner`, see write-snapshots.ts) signs from those states.
  const state = runner ? new StateSigner(store, signer, { runner }) : undefined;
  const published = await signHead(store, signer, {
    policy,
    sizes: witnessSizesOf(store),
    ...(state ? { state } : {}),
  });
  const witnessed = published.witnessing;
  if (policy && witnessed && witnessed.cosigners.length < policy.quorum) {
    io?.stderr.write(
      `govledger: warning: checkpoint published with ${describeShortfall(witnessed, policy)}; run govledger checkpoint to ask again\n`,
    );
  }
  return published.note;
}

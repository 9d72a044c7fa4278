/**
 * The one way the CLI signs a tree head: the checkpoint of the head (witnessed under the
 * ledger's witness policy when one is given) and, with the same key, the state note of the
 * same size that binds the state root to it (docs/audit.md). Every signing path (writes,
 * `checkpoint`, a new ledger's first checkpoint, the demo's checkpoints) goes through it,
 * so no checkpoint is signed without the state note the read API's figures are proven by.
 */
import type { EventStore, SignerKey } from '@govledger/core';
import { type StateSigner, stateSignerFor } from './state/state-signer.ts';
import type { CollectedCosignatures, WitnessSizes } from './witnessing/collect-cosignatures.ts';
import { publishCheckpoint } from './witnessing/publish-checkpoint.ts';
import type { WitnessPolicy } from './witnessing/witness-policy.ts';

/** A signed head: the checkpoint note, the state note of the same size, and the witnessing when a policy applied. */
export interface SignedHead {
  readonly note: string;
  readonly stateNote: string;
  readonly witnessing?: CollectedCosignatures;
}

/** How to sign a head; every field is optional. */
export interface SignHeadOptions {
  /** The ledger's witness policy (none: the checkpoint is signed by the log key alone). */
  readonly policy?: WitnessPolicy | null;
  /** Per-witness sizes, required with a policy. */
  readonly sizes?: WitnessSizes;
  /** The state signer to use (a writer that follows its own appends); else the store's shared one. */
  readonly state?: StateSigner;
}

/**
 * Signs and stores the checkpoint of the current head, then signs and keeps the state note
 * of the same size with the same key. A policy shortfall under `fail-closed` throws before
 * any state note is signed (no new checkpoint, no note).
 */
export async function signHead(
  store: EventStore,
  signer: SignerKey,
  options: SignHeadOptions = {},
): Promise<SignedHead> {
  const sizes = options.sizes ?? unkeptSizes();
  const published = await publishCheckpoint(store, signer, options.policy ?? null, sizes);
  const stateNote = await (options.state ?? stateSignerFor(store, signer)).signLatest();
  return published.witnessing === undefined
    ? { note: published.note, stateNote }
    : { note: published.note, stateNote, witnessing: published.witnessing };
}

/** Per-witness sizes kept for this run only. */
export function unkeptSizes(): WitnessSizes {
  const sizes = new Map<string, number>();
  return { get: (w) => sizes.get(w), set: (w, s) => void sizes.set(w, s) };
}

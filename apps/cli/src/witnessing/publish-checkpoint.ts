/**
 * Publishing a checkpoint under the witness policy: sign the current head (or take the
 * stored note), gather cosignatures, and store the note with them — or, under `fail-closed`,
 * refuse to publish a new checkpoint short of its quorum.
 */
import {
  type EventStore,
  headCheckpoint,
  openCheckpoint,
  publishHeadCheckpoint,
  type SignerKey,
  verifierKeyOf,
} from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError } from '../cli-error.ts';
import { type CollectedCosignatures, collectCosignatures, type WitnessSizes } from './collect-cosignatures.ts';
import type { WitnessPolicy } from './witness-policy.ts';

/** What publishing did. */
export interface Published {
  readonly note: string;
  /** Present when a policy applied: who cosigned and who did not. */
  readonly witnessing?: CollectedCosignatures;
}

/** Describes a shortfall for people. */
export function describeShortfall(collected: CollectedCosignatures, policy: WitnessPolicy): string {
  const failures = collected.failures.map((f) => `${f.witness}: ${f.reason}`).join('; ');
  return `${collected.cosigners.length} of the ${policy.quorum} witness cosignatures needed${failures ? ` (${failures})` : ''}`;
}

/**
 * Signs and stores the checkpoint of the current head, witnessed under `policy` when given.
 * A checkpoint already stored for the head gains any missing cosignatures (a retry).
 */
export async function publishCheckpoint(
  store: EventStore,
  signer: SignerKey,
  policy: WitnessPolicy | null,
  sizes: WitnessSizes,
): Promise<Published> {
  if (policy === null) return { note: (await publishHeadCheckpoint(store.log, signer)).note };
  const head = await headCheckpoint(store.log, signer);
  const { note } = head;
  const existing = !head.fresh;
  const opened = openCheckpoint(note, [verifierKeyOf(signer)]);
  if (isLeft(opened)) throw new CliError(`the stored checkpoint of size ${head.size} does not open with the log key`);
  const collected = await collectCosignatures(store, opened.right.checkpoint, note, policy, sizes);
  const short = collected.cosigners.length < policy.quorum;
  if (short && policy.whenShort === 'fail-closed' && !existing) {
    throw new CliError(
      `checkpoint of size ${head.size} not published (witness policy fail-closed): ${describeShortfall(collected, policy)}; the write is kept, run govledger checkpoint to try again`,
    );
  }
  await store.log.saveCheckpoint({ size: head.size, note: collected.note });
  return { note: collected.note, witnessing: collected };
}

/**
 * Gathering witness cosignatures for a signed checkpoint: each witness of the policy whose
 * cosignature the note lacks gets the checkpoint with a consistency proof from the size it
 * last cosigned (remembered per witness; a 409 tells the true size, and the request is sent
 * once more from there). Returned lines are kept only when they verify with the witness's key.
 */
import {
  addSignatureLines,
  type Checkpoint,
  describeCosignatureInvalid,
  type EventStore,
  verifyCosignatures,
} from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { addCheckpoint, type WitnessAnswer } from './witness-client.ts';
import type { WitnessEndpoint, WitnessPolicy } from './witness-policy.ts';

/** Where the size each witness last cosigned is remembered between runs. */
export interface WitnessSizes {
  get(witness: string): number | undefined;
  set(witness: string, size: number): void;
}

/** The outcome of one round. */
export interface CollectedCosignatures {
  /** The note with every verified cosignature added. */
  readonly note: string;
  /** Witnesses whose valid cosignature the note now holds. */
  readonly cosigners: readonly string[];
  /** Why each other witness did not cosign. */
  readonly failures: readonly { readonly witness: string; readonly reason: string }[];
}

async function ask(
  store: EventStore,
  witness: WitnessEndpoint,
  checkpoint: Checkpoint,
  note: string,
  oldSize: number,
  timeoutMs: number,
): Promise<WitnessAnswer> {
  if (oldSize > checkpoint.size) {
    return {
      _tag: 'Failed',
      reason: `it cosigned size ${oldSize}, beyond this checkpoint's ${checkpoint.size}: the log went back`,
    };
  }
  const proof =
    oldSize === 0 || oldSize === checkpoint.size
      ? []
      : (await store.log.consistencyProof(oldSize, checkpoint.size)).path.map((h) => Buffer.from(h, 'base64'));
  return addCheckpoint(witness, oldSize, proof, note, timeoutMs);
}

/** Asks the policy's witnesses that have not cosigned `note` yet, in parallel. */
export async function collectCosignatures(
  store: EventStore,
  checkpoint: Checkpoint,
  note: string,
  policy: WitnessPolicy,
  sizes: WitnessSizes,
): Promise<CollectedCosignatures> {
  const keys = policy.witnesses.map((w) => w.key);
  const present = verifyCosignatures(note, keys);
  const already = new Set(isLeft(present) ? [] : present.right.map((c) => c.name));
  const failures: { witness: string; reason: string }[] = [];
  const answers = await Promise.all(
    policy.witnesses
      .filter((w) => !already.has(w.key.name))
      .map(async (witness) => {
        const name = witness.key.name;
        let answer = await ask(store, witness, checkpoint, note, sizes.get(name) ?? 0, policy.timeoutMs);
        if (answer._tag === 'Conflict') {
          answer = await ask(store, witness, checkpoint, note, answer.latestSize, policy.timeoutMs);
        }
        return { witness, answer };
      }),
  );
  let out = note;
  for (const { witness, answer } of answers) {
    const name = witness.key.name;
    if (answer._tag !== 'Cosigned') {
      failures.push({
        witness: name,
        reason: answer._tag === 'Conflict' ? `still reports size ${answer.latestSize}` : answer.reason,
      });
      continue;
    }
    const candidate = addSignatureLines(out, answer.lines);
    const verified = verifyCosignatures(candidate, [witness.key]);
    if (isLeft(verified)) {
      const reason =
        verified.left._tag === 'CosignatureInvalid' ? describeCosignatureInvalid(verified.left) : verified.left.reason;
      failures.push({ witness: name, reason: `returned a bad cosignature: ${reason}` });
      continue;
    }
    if (verified.right.length === 0) {
      failures.push({ witness: name, reason: 'returned no cosignature by its key' });
      continue;
    }
    out = addSignatureLines(
      out,
      verified.right.map((c) => c.line),
    );
    sizes.set(name, checkpoint.size);
  }
  const final = verifyCosignatures(out, keys);
  const cosigners = isLeft(final) ? [] : final.right.map((c) => c.name);
  return { note: out, cosigners, failures };
}

/**
 * The authority layer of a pseudonymous ballot (schema 3) on the way in and out: on the way in,
 * the executor's sealer replaces the ballot's secret part, as the rule decided it, by that
 * part sealed to the inspecting authority's public key (before the ballot box's own envelope
 * goes around it); on the way out, the inspection opens it again with the authority's private
 * key. The ballot's public part (vote, box, caster, number, commitment) is the sealed part's
 * associated data, so a sealed part moved to another ballot does not open.
 */
import type { ProposedEvent, RecordedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import {
  type AuthorityBallotOpener,
  type AuthorityBallotSealer,
  type AuthorityOpenError,
  type AuthoritySealError,
  AuthoritySealedBallot,
  type BallotSealContext,
} from './authority-seal.ts';
import { BallotCast, BallotCastV3, SealedBallotV3 } from './events.ts';

/** A ballot whose secret part the rule left in plain form, to be sealed to the authority. */
function plainSecretPart(event: { type: string; schemaVersion: number; data: unknown }): SealedBallotV3 | null {
  if (event.type !== BallotCast.type || event.schemaVersion !== BallotCastV3.schemaVersion) return null;
  const sealed = (event.data as { sealed?: unknown }).sealed;
  return SealedBallotV3.is(sealed) ? sealed : null;
}

function sealContext(data: Record<string, unknown>, caster: string): BallotSealContext {
  return {
    voteId: String(data.voteId),
    ballotBox: String(data.ballotBox),
    caster,
    ballotNumber: Number(data.ballotNumber),
    commitment: String(data.commitment),
  };
}

/** True when `event` is a pseudonymous ballot whose secret part is still in plain form (not yet sealed to the authority). */
export function needsAuthoritySeal(event: ProposedEvent): boolean {
  return plainSecretPart(event) !== null;
}

/**
 * `event` with its ballot's secret part padded and sealed to the authority by `sealer`; any
 * other event unchanged. Refused (nothing sealed) when the secret part does not fit the
 * padded length.
 */
export async function sealBallotToAuthority(
  event: ProposedEvent,
  sealer: AuthorityBallotSealer,
): Promise<Either<AuthoritySealError, ProposedEvent>> {
  const secret = plainSecretPart(event);
  if (secret === null) return right(event);
  const sealed = await sealer.seal(secret, sealContext(event.data, event.metadata.actor.id));
  if (isLeft(sealed)) return sealed;
  return right({ ...event, data: { ...event.data, sealed: sealed.right } });
}

/** A ballot whose authority layer did not open: its ledger index and why. */
export interface AuthorityUnopened {
  readonly leafIndex: number;
  readonly error: AuthorityOpenError | { readonly _tag: 'NotABallot'; readonly reason: string };
}

/**
 * `event` (a ballot already opened from its ballot box envelope) with the authority layer
 * opened by `opener`: the secret part in plain form. Events that are not such ballots, and
 * ballots sealed before authority sealing (their secret part already plain), are returned
 * unchanged.
 */
export async function openBallotFromAuthority(
  event: RecordedEvent,
  opener: AuthorityBallotOpener,
): Promise<Either<AuthorityUnopened, RecordedEvent>> {
  if (event.type !== BallotCast.type || event.schemaVersion !== BallotCastV3.schemaVersion) return right(event);
  const sealed = (event.data as { sealed?: unknown }).sealed;
  if (!AuthoritySealedBallot.is(sealed)) return right(event);
  const opened = await opener.open(sealed, sealContext(event.data, event.metadata.actor.id));
  if (isLeft(opened)) return left({ leafIndex: event.index, error: opened.left });
  if (!SealedBallotV3.is(opened.right))
    return left({
      leafIndex: event.index,
      error: { _tag: 'NotABallot', reason: 'the opened content is not a ballot' },
    });
  return right({ ...event, data: { ...event.data, sealed: opened.right } });
}

/** True when `event` is a ballot whose secret part is sealed to the authority (its box envelope opened, the authority layer not). */
export function isSealedToAuthority(event: RecordedEvent): boolean {
  return (
    event.type === BallotCast.type &&
    event.schemaVersion === BallotCastV3.schemaVersion &&
    AuthoritySealedBallot.is((event.data as { sealed?: unknown }).sealed)
  );
}

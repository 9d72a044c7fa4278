/**
 * Reading a recorded ballot whatever its schema: plain (1, older ledgers: owner and choice in
 * plain text), sealed (2: choice sealed, owner named by the actor, weight public) or sealed
 * and pseudonymous (3: choice and weight sealed, the actor a per-vote pseudonym). Readers that
 * count from the public part (the projection, the public recount, receipts, the ballot box)
 * go through here instead of assuming a shape.
 */
import type { RecordedEvent } from '@govledger/core';
import { BallotCast, BallotCastV2, BallotCastV3, isVoteEvent } from './events.ts';

/** The public part of a sealed ballot (schema 2 or 3). */
export interface PublicSealedBallot {
  readonly schemaVersion: 2 | 3;
  readonly voteId: string;
  /** Who the ledger names as the caster: the owner (schema 2) or their per-vote pseudonym (schema 3). */
  readonly caster: string;
  readonly ballotNumber: number;
  readonly commitment: string;
  /** The owner's weight when public (schema 2); null when sealed (schema 3). */
  readonly areaM2Hundredths: number | null;
  /** The sealed part as recorded (an envelope, or opened content after opening). */
  readonly sealed: unknown;
}

/** The public part of `event` when it is a sealed ballot (schema 2 or 3), else null. */
export function publicSealedBallot(event: RecordedEvent): PublicSealedBallot | null {
  if (!isVoteEvent(event) || event.type !== BallotCast.type) return null;
  if (event.schemaVersion === BallotCastV2.schemaVersion) {
    const { data } = event;
    return {
      schemaVersion: 2,
      voteId: data.voteId,
      caster: event.metadata.actor.id,
      ballotNumber: data.ballotNumber,
      commitment: data.commitment,
      areaM2Hundredths: data.areaM2Hundredths,
      sealed: data.sealed,
    };
  }
  if (event.schemaVersion === BallotCastV3.schemaVersion) {
    const { data } = event;
    return {
      schemaVersion: 3,
      voteId: data.voteId,
      caster: event.metadata.actor.id,
      ballotNumber: data.ballotNumber,
      commitment: data.commitment,
      areaM2Hundredths: null,
      sealed: data.sealed,
    };
  }
  return null;
}

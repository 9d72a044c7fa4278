/**
 * The event a CastBallot records. A vote whose ballots all are pseudonymous records schema 3:
 * the actor is the owner's per-vote pseudonym (made by the executor from the vote's inspection
 * key and handed to the rule as `input.pseudonym`), the ballot's number counts that pseudonym's
 * ballots, and the owner id, choice, blinding and weight are sealed. A vote that already holds
 * ballots recorded under owner ids (plain, or sealed schema 2, from before pseudonyms) keeps
 * recording schema 2 until it closes, so an owner's later ballot still replaces their earlier
 * one and never counts beside it. Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type { CommandInput } from '../command.ts';
import type { ElectorateOwner, VoteState } from './aggregate.ts';
import { ballotCommitment } from './ballot-commitment.ts';
import { isVoterPseudonym } from './ballot-pseudonym.ts';
import type { CastBallotData } from './command-data.ts';
import { pseudonymRequired, type VoteError } from './errors.ts';
import {
  BallotCastV2,
  type BallotCastV2Data,
  BallotCastV3,
  type BallotCastV3Data,
  ballotBoxSubject,
} from './events.ts';

/** True when the vote already holds a ballot recorded under an owner id (schema 1 or 2). */
export function hasBallotsUnderOwnerIds(state: VoteState): boolean {
  return Object.keys(state.ballotCounts).some((caster) => !isVoterPseudonym(caster));
}

/** The sealed ballot the acting `owner` casts (see the module comment for the schema chosen). */
export function sealedBallotEvent(
  input: CommandInput<CastBallotData>,
  state: VoteState,
  owner: ElectorateOwner,
): E.Either<VoteError, DecidedEvent> {
  const { data, actor } = input;
  const commitment = ballotCommitment(data.choice, owner.areaM2Hundredths, data.blinding);
  if (hasBallotsUnderOwnerIds(state)) {
    return E.right({
      type: BallotCastV2.type,
      schemaVersion: BallotCastV2.schemaVersion,
      data: {
        voteId: data.voteId,
        ballotBox: ballotBoxSubject(data.voteId),
        areaM2Hundredths: owner.areaM2Hundredths,
        unitCount: owner.unitCount,
        ballotNumber: (state.ballotCounts[actor.id] ?? 0) + 1,
        commitment,
        sealed: { ownerId: actor.id, choice: data.choice, blinding: data.blinding },
      } satisfies BallotCastV2Data,
    });
  }
  const pseudonym = input.pseudonym;
  if (pseudonym === undefined || !isVoterPseudonym(pseudonym)) return E.left(pseudonymRequired(data.voteId));
  return E.right({
    type: BallotCastV3.type,
    schemaVersion: BallotCastV3.schemaVersion,
    data: {
      voteId: data.voteId,
      ballotBox: ballotBoxSubject(data.voteId),
      ballotNumber: (state.ballotCounts[pseudonym] ?? 0) + 1,
      commitment,
      sealed: {
        ownerId: actor.id,
        choice: data.choice,
        blinding: data.blinding,
        areaM2Hundredths: owner.areaM2Hundredths,
        unitCount: owner.unitCount,
      },
    } satisfies BallotCastV3Data,
  });
}

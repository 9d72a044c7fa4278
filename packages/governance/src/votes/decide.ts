/**
 * The rules of owners' assembly votes 业主大会表决: proposing on an art. 278 matter,
 * registering the electorate, opening, casting ballots, closing and certifying. Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { VoteState, VoteStatus } from './aggregate.ts';
import type {
  CastBallotData,
  CertifyResultData,
  CloseVotingData,
  ElectorateUnitInput,
  RecordInspectionData,
  OpenVotingData,
  ProposeVoteData,
} from './command-data.ts';
import {
  amountNotApplicable,
  amountRequired,
  closingNotAfterOpening,
  countDoesNotOpen,
  countRequired,
  electorateNotDerived,
  noSealedBallots,
  invalidElectorate,
  notARegisteredOwner,
  outcomeMismatch,
  type VoteError,
  voteAlreadyProposed,
  voteNotFound,
  voteStatusForbids,
  votingAlreadyClosed,
  votingPeriodNotOver,
} from './errors.ts';
import { ballotCommitment, commitmentsOpenTo } from './ballot-commitment.ts';
import {
  BallotCastV2,
  type BallotCastV2Data,
  BallotsInspected,
  type BallotsInspectedData,
  ballotBoxSubject,
  ElectorateRegistered,
  type ElectorateRegisteredData,
  ResultCertified,
  type ResultCertifiedData,
  VoteProposed,
  type VoteProposedData,
  VotingClosed,
  type VotingClosedData,
  VotingClosedV2,
  type VotingClosedV2Data,
  VotingOpened,
  type VotingOpenedData,
} from './events.ts';
import { FUND_USE_MATTER } from './matters.ts';
import { computeOutcome } from './tally.ts';

/** What every vote rule returns: the events to record, or why not. */
export type VoteDecision = E.Either<VoteError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

function requireStatus(command: string, voteId: string, state: VoteState, ...allowed: VoteStatus[]) {
  if (state.status === 'none') return E.left(voteNotFound(voteId));
  return allowed.includes(state.status) ? ok : E.left(voteStatusForbids(voteId, command, state.status, allowed));
}

function registered(voteId: string, units: readonly ElectorateUnitInput[]): DecidedEvent {
  return {
    type: ElectorateRegistered.type,
    data: { voteId, units: units.map((u) => ({ ...u })) } satisfies ElectorateRegisteredData,
  };
}

/** ProposeVote: the owners' committee or assembly proposes a vote; matter 5 names the amount. */
export function proposeVote(input: CommandInput<ProposeVoteData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('ProposeVote', input, 'owners-committee', 'owners-assembly'),
    E.chainW(() => (state.status === 'none' ? ok : E.left(voteAlreadyProposed(data.voteId)))),
    E.chainW(() => {
      if (data.matter === FUND_USE_MATTER && data.requestedAmountFen === undefined)
        return E.left(amountRequired(data.voteId));
      if (data.matter !== FUND_USE_MATTER && data.requestedAmountFen !== undefined) {
        return E.left(amountNotApplicable(data.voteId, data.matter));
      }
      return ok;
    }),
    E.map(() => [{ type: VoteProposed.type, data: { ...data } satisfies VoteProposedData }]),
  );
}

/** OpenVoting: registers the units given, then opens voting over the whole electorate until `closesAt`. */
export function openVoting(input: CommandInput<OpenVotingData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('OpenVoting', input, 'owners-committee'),
    E.chainW(() => requireStatus('OpenVoting', data.voteId, state, 'proposed')),
    E.chainW(() => {
      if (data.electorate.length > 0) return E.left(electorateNotDerived(data.voteId));
      if (data.electorate.length === 0 && state.tally.totalOwners === 0) {
        return E.left(invalidElectorate(data.voteId, 'no units are registered; voting needs an electorate'));
      }
      return Date.parse(data.closesAt) > Date.parse(input.recordedAt)
        ? ok
        : E.left(closingNotAfterOpening(data.voteId, data.closesAt, input.recordedAt));
    }),
    E.map(() => {
      const owners = new Set(Object.keys(state.owners));
      let area = state.tally.totalAreaM2Hundredths;
      for (const unit of data.electorate) {
        owners.add(unit.ownerId);
        area += unit.areaM2Hundredths;
      }
      const opened: VotingOpenedData = {
        voteId: data.voteId,
        closesAt: data.closesAt,
        unitCount: Object.keys(state.unitOwners).length + data.electorate.length,
        totalAreaM2Hundredths: area,
        totalOwners: owners.size,
      };
      const events: DecidedEvent[] = data.electorate.length > 0 ? [registered(data.voteId, data.electorate)] : [];
      return [...events, { type: VotingOpened.type, data: opened }];
    }),
  );
}

/**
 * CastBallot: the acting owner's one ballot covers all their units; a later ballot before
 * closing replaces it. Refused after the closing time or once voting was closed. The ballot is
 * recorded sealed (schema 2): the public part carries the owner's weight and a commitment to
 * the weight under the choice; the owner id, choice and blinding go into `sealed`, which the
 * executor's sealer encrypts under the vote's inspection key.
 */
export function castBallot(input: CommandInput<CastBallotData>, state: VoteState): VoteDecision {
  const { data, actor } = input;
  return pipe(
    requireRole('CastBallot', input, 'owner', 'developer'),
    E.chainW(() => {
      if (state.status === 'closed' || state.status === 'certified') {
        return E.left(votingAlreadyClosed(data.voteId, state.closesAt ?? 'an earlier time'));
      }
      return requireStatus('CastBallot', data.voteId, state, 'open');
    }),
    E.chainW(() =>
      state.closesAt !== null && Date.parse(input.recordedAt) >= Date.parse(state.closesAt)
        ? E.left(votingAlreadyClosed(data.voteId, state.closesAt))
        : ok,
    ),
    E.chainW(() => {
      const owner = state.owners[actor.id];
      if (!owner) return E.left(notARegisteredOwner(data.voteId, actor.id, 'not the registered owner of any unit'));
      const role = owner.kind === 'developer-unsold' ? 'developer' : 'owner';
      if (actor.role !== role) {
        return E.left(notARegisteredOwner(data.voteId, actor.id, `registered as ${owner.kind}, so votes as ${role}`));
      }
      return E.right(owner);
    }),
    E.map((owner) => [
      {
        type: BallotCastV2.type,
        schemaVersion: BallotCastV2.schemaVersion,
        data: {
          voteId: data.voteId,
          ballotBox: ballotBoxSubject(data.voteId),
          areaM2Hundredths: owner.areaM2Hundredths,
          unitCount: owner.unitCount,
          ballotNumber: (state.ballotCounts[actor.id] ?? 0) + 1,
          commitment: ballotCommitment(data.choice, owner.areaM2Hundredths, data.blinding),
          sealed: { ownerId: actor.id, choice: data.choice, blinding: data.blinding },
        } satisfies BallotCastV2Data,
      },
    ]),
  );
}

/** The closing event: schema 1 when no ballot is sealed and no count was given, else schema 2. */
function closingEvent(data: CloseVotingData, state: VoteState): E.Either<VoteError, DecidedEvent> {
  const sealed = Object.values(state.sealedBallots);
  if (sealed.length === 0 && data.count === undefined) {
    return E.right({
      type: VotingClosed.type,
      data: { voteId: data.voteId, tally: structuredClone(state.tally) } satisfies VotingClosedData,
    });
  }
  if (data.count === undefined) return E.left(countRequired(data.voteId, sealed.length));
  const { committed, blinding } = data.count;
  const heads = committed.approve.owners + committed.reject.owners + committed.abstain.owners;
  if (heads !== sealed.length) {
    return E.left(
      countDoesNotOpen(data.voteId, `${heads} owners counted, but ${sealed.length} owners cast sealed ballots`),
    );
  }
  if (
    !commitmentsOpenTo(
      sealed.map((b) => b.commitment),
      committed,
      blinding,
    )
  ) {
    return E.left(countDoesNotOpen(data.voteId, 'the commitments of the counted ballots do not add up to this count'));
  }
  const tally = structuredClone(state.tally);
  for (const choice of ['approve', 'reject', 'abstain'] as const) {
    tally[choice].areaM2Hundredths += committed[choice].areaM2Hundredths;
    tally[choice].owners += committed[choice].owners;
  }
  return E.right({
    type: VotingClosedV2.type,
    schemaVersion: VotingClosedV2.schemaVersion,
    data: {
      voteId: data.voteId,
      tally,
      committed: structuredClone(committed),
      blinding,
      sealedBallots: sealed.length,
    } satisfies VotingClosedV2Data,
  });
}

/**
 * CloseVoting: the owners' committee closes voting once the closing time has come and records
 * the tally. With sealed ballots it brings the count made with the inspection key, and the
 * rule accepts it only when the counted ballots' public commitments add up to it.
 */
export function closeVoting(input: CommandInput<CloseVotingData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('CloseVoting', input, 'owners-committee'),
    E.chainW(() => requireStatus('CloseVoting', data.voteId, state, 'open')),
    E.chainW(() =>
      state.closesAt !== null && Date.parse(input.recordedAt) < Date.parse(state.closesAt)
        ? E.left(votingPeriodNotOver(data.voteId, state.closesAt, input.recordedAt))
        : ok,
    ),
    E.chainW(() => closingEvent(data, state)),
    E.map((event) => [event]),
  );
}

/**
 * RecordInspection: the street office or housing bureau (the authorities that rule on an
 * objection) records that it opened a closed vote's sealed ballots, why, and what it found.
 */
export function recordInspection(input: CommandInput<RecordInspectionData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('RecordInspection', input, 'street-office', 'housing-bureau'),
    E.chainW(() => requireStatus('RecordInspection', data.voteId, state, 'closed', 'certified')),
    E.chainW(() => (Object.keys(state.sealedBallots).length > 0 ? ok : E.left(noSealedBallots(data.voteId)))),
    E.map(() => [
      {
        type: BallotsInspected.type,
        data: {
          voteId: data.voteId,
          reason: data.reason,
          objectionRef: data.objectionRef,
          openedBallots: data.openedBallots,
          agrees: data.agrees,
          disagreeingLeafIndices: [...data.disagreeingLeafIndices],
        } satisfies BallotsInspectedData,
      },
    ]),
  );
}

/** CertifyResult: the owners' committee or street office certifies the result computed under art. 278. */
export function certifyResult(input: CommandInput<CertifyResultData>, state: VoteState): VoteDecision {
  const { data } = input;
  const outcome = computeOutcome(state.matter, structuredClone(state.tally));
  const computed = outcome.passed ? 'passed' : 'failed';
  return pipe(
    requireRole('CertifyResult', input, 'owners-committee', 'street-office'),
    E.chainW(() => requireStatus('CertifyResult', data.voteId, state, 'closed')),
    E.chainW(() =>
      data.expectedOutcome === undefined || data.expectedOutcome === computed
        ? ok
        : E.left(outcomeMismatch(data.voteId, data.expectedOutcome, computed)),
    ),
    E.map(() => [
      {
        type: ResultCertified.type,
        data: { voteId: data.voteId, passed: outcome.passed, outcome } satisfies ResultCertifiedData,
      },
    ]),
  );
}

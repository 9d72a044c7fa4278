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
  OpenVotingData,
  ProposeVoteData,
  RegisterElectorateData,
} from './command-data.ts';
import { electorateProblem } from './electorate.ts';
import {
  amountNotApplicable,
  amountRequired,
  closingNotAfterOpening,
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
import {
  BallotCast,
  type BallotCastData,
  ElectorateRegistered,
  type ElectorateRegisteredData,
  ResultCertified,
  type ResultCertifiedData,
  VoteProposed,
  type VoteProposedData,
  VotingClosed,
  type VotingClosedData,
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

/** RegisterElectorate: the owners' committee registers units and owners before voting opens. */
export function registerElectorate(input: CommandInput<RegisterElectorateData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('RegisterElectorate', input, 'owners-committee'),
    E.chainW(() => requireStatus('RegisterElectorate', data.voteId, state, 'proposed')),
    E.chainW(() => {
      if (data.units.length === 0) return E.left(invalidElectorate(data.voteId, 'no units given'));
      const problem = electorateProblem(state, data.units);
      return problem === null ? ok : E.left(invalidElectorate(data.voteId, problem));
    }),
    E.map(() => [registered(data.voteId, data.units)]),
  );
}

/** OpenVoting: registers the units given, then opens voting over the whole electorate until `closesAt`. */
export function openVoting(input: CommandInput<OpenVotingData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('OpenVoting', input, 'owners-committee'),
    E.chainW(() => requireStatus('OpenVoting', data.voteId, state, 'proposed')),
    E.chainW(() => {
      const problem = electorateProblem(state, data.electorate);
      if (problem !== null) return E.left(invalidElectorate(data.voteId, problem));
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
 * closing replaces it. Refused after the closing time or once voting was closed.
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
        type: BallotCast.type,
        data: {
          voteId: data.voteId,
          ownerId: actor.id,
          choice: data.choice,
          previousChoice: state.ballots[actor.id] ?? null,
          areaM2Hundredths: owner.areaM2Hundredths,
          unitCount: owner.unitCount,
        } satisfies BallotCastData,
      },
    ]),
  );
}

/** CloseVoting: the owners' committee closes voting once the closing time has come; records the tally. */
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
    E.map(() => [
      {
        type: VotingClosed.type,
        data: { voteId: data.voteId, tally: structuredClone(state.tally) } satisfies VotingClosedData,
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

/**
 * The rules of owners' assembly votes 业主大会表决 once proposed (`decide-proposal.ts`):
 * notice, opening, casting ballots, closing, objections, inspection, certifying and
 * revocation. Pure.
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
  FileVoteObjectionData,
  GiveVoteNoticeData,
  RecordInspectionData,
  OpenVotingData,
  RevokeDecisionData,
} from './command-data.ts';
import { certifiersOf, petitionMeets } from './convening.ts';
import {
  closingNotAfterOpening,
  countDoesNotOpen,
  countRequired,
  electorateNotDerived,
  noSealedBallots,
  invalidElectorate,
  notARegisteredOwner,
  outcomeMismatch,
  type VoteError,
  voteNotFound,
  voteStatusForbids,
  votingAlreadyClosed,
  ballotDatedBeforeOpening,
  votingPeriodNotOver,
  inspectionDisagrees,
  itemNotInNotice,
  noticePeriodNotOver,
  noticePeriodTooShort,
  noticeRequired,
  objectionAlreadyFiled,
  objectionPeriodNotOver,
  objectionPeriodOver,
  objectionUnanswered,
  petitionTooSmall,
  unknownObjection,
  votingWindowOutOfBounds,
  windowDiffersFromNotice,
} from './errors.ts';
import { commitmentsOpenTo } from './ballot-commitment.ts';
import {
  BallotsInspected,
  type BallotsInspectedData,
  DecisionRevoked,
  type DecisionRevokedData,
  ElectorateRegistered,
  type ElectorateRegisteredData,
  ResultCertified,
  type ResultCertifiedData,
  VoteNoticeGiven,
  type VoteNoticeGivenData,
  VoteObjectionFiled,
  type VoteObjectionFiledData,
  VotingClosed,
  type VotingClosedData,
  VotingClosedV2,
  type VotingClosedV2Data,
  VotingOpened,
  type VotingOpenedData,
} from './events.ts';
import { sealedBallotEvent } from './decide-sealed-ballot.ts';
import { addDays, PROCEDURE_DAY_MS, type VoteProcedure } from './policy.ts';
import { computeOutcome } from './tally.ts';
import { RUNNER_COMMITTEE, type RunnerCommittee, requireRunnerStands, runnersNow } from './runner-committee.ts';

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

/**
 * GiveVoteNotice: the vote's runner gives the owners notice of the assembly with its agenda
 * and announced window. The agenda lists the vote's own item, voting opens at least the
 * policy's notice days after the ledger records the notice, and the window lies within the
 * policy's bounds.
 */
export function giveVoteNotice(
  input: CommandInput<GiveVoteNoticeData>,
  state: VoteState,
  related: RunnerCommittee,
): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('GiveVoteNotice', input, ...runnersNow(state, related)),
    E.chainW(() => requireRunnerStands(input.actor.role, related, state)),
    E.chainW(() => requireStatus('GiveVoteNotice', data.voteId, state, 'proposed')),
    E.chainW(() => {
      const listed = data.agenda.some(
        (item) => item.voteId === data.voteId && item.matter === state.matter && item.title === state.title,
      );
      if (!listed) return E.left(itemNotInNotice(data.voteId));
      const policy = state.procedure;
      if (policy === null) return ok;
      const earliest = addDays(input.recordedAt, policy.noticeDays);
      if (Date.parse(data.votingOpensAt) < Date.parse(earliest)) {
        return E.left(noticePeriodTooShort(data.voteId, data.votingOpensAt, earliest, policy.noticeDays));
      }
      return windowWithin(data.voteId, policy, data.votingOpensAt, data.closesAt);
    }),
    E.map(() => [
      {
        type: VoteNoticeGiven.type,
        data: {
          voteId: data.voteId,
          agenda: data.agenda.map((item) => ({ ...item })),
          votingOpensAt: data.votingOpensAt,
          closesAt: data.closesAt,
          documentSha256: data.documentSha256 ?? null,
        } satisfies VoteNoticeGivenData,
      },
    ]),
  );
}

/** Refuses a window from `from` to `closesAt` outside the policy's bounds (whole days, elapsed). */
function windowWithin(
  voteId: string,
  policy: VoteProcedure,
  from: string,
  closesAt: string,
): E.Either<VoteError, void> {
  const days = (Date.parse(closesAt) - Date.parse(from)) / PROCEDURE_DAY_MS;
  return days >= policy.minWindowDays && days <= policy.maxWindowDays
    ? ok
    : E.left(votingWindowOutOfBounds(voteId, days, policy.minWindowDays, policy.maxWindowDays));
}

/**
 * Under the procedure, voting opens only after the notice, not before the time it announced,
 * closing when it announced, and still within the window's bounds from the actual opening.
 */
function openingFollowsNotice(input: CommandInput<OpenVotingData>, state: VoteState): E.Either<VoteError, void> {
  const { data } = input;
  const policy = state.procedure;
  if (policy === null) return ok;
  const notice = state.notice;
  if (notice === null) return E.left(noticeRequired(data.voteId));
  if (Date.parse(input.recordedAt) < Date.parse(notice.votingOpensAt)) {
    return E.left(noticePeriodNotOver(data.voteId, notice.votingOpensAt, input.recordedAt));
  }
  if (Date.parse(data.closesAt) !== Date.parse(notice.closesAt)) {
    return E.left(windowDiffersFromNotice(data.voteId, data.closesAt, notice.closesAt));
  }
  return windowWithin(data.voteId, policy, input.recordedAt, data.closesAt);
}

/** A petition-convened vote opens only when its petitioners are the policy's share of the registered owners. */
function petitionHolds(data: OpenVotingData, state: VoteState): E.Either<VoteError, void> {
  if (state.convenedBy !== 'owners-petition' || state.procedure === null) return ok;
  const owners = new Set(Object.keys(state.owners));
  for (const unit of data.electorate) owners.add(unit.ownerId);
  const signed = state.petitioners.filter((id) => owners.has(id)).length;
  const percent = state.procedure.petitionPercent;
  return petitionMeets(signed, owners.size, percent)
    ? ok
    : E.left(
        petitionTooSmall(
          data.voteId,
          `${signed} registered owners petitioned, fewer than ${percent} % of the ${owners.size} registered owners`,
        ),
      );
}

/** OpenVoting: registers the units given, then opens voting over the whole electorate until `closesAt`. */
export function openVoting(
  input: CommandInput<OpenVotingData>,
  state: VoteState,
  related: RunnerCommittee,
): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('OpenVoting', input, ...runnersNow(state, related)),
    E.chainW(() => requireRunnerStands(input.actor.role, related, state)),
    E.chainW(() => requireStatus('OpenVoting', data.voteId, state, 'proposed', 'noticed')),
    E.chainW(() => openingFollowsNotice(input, state)),
    E.chainW(() => {
      if (data.electorate.length > 0) return E.left(electorateNotDerived(data.voteId));
      if (data.electorate.length === 0 && state.tally.totalOwners === 0) {
        return E.left(invalidElectorate(data.voteId, 'no units are registered; voting needs an electorate'));
      }
      return Date.parse(data.closesAt) > Date.parse(input.recordedAt)
        ? ok
        : E.left(closingNotAfterOpening(data.voteId, data.closesAt, input.recordedAt));
    }),
    E.chainW(() => petitionHolds(data, state)),
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
 * recorded sealed, under the owner's per-vote pseudonym (see `decide-sealed-ballot.ts`).
 */
export function castBallot(input: CommandInput<CastBallotData>, state: VoteState): VoteDecision {
  const { data, actor } = input;
  return pipe(
    requireRole('CastBallot', input, 'owner', 'developer'),
    E.chainW(() => {
      if (state.status === 'closed' || state.status === 'certified' || state.status === 'revoked') {
        return E.left(votingAlreadyClosed(data.voteId, state.closesAt ?? 'an earlier time'));
      }
      return requireStatus('CastBallot', data.voteId, state, 'open');
    }),
    E.chainW(() =>
      state.closesAt !== null && Date.parse(input.recordedAt) >= Date.parse(state.closesAt)
        ? E.left(votingAlreadyClosed(data.voteId, state.closesAt))
        : ok,
    ),
    E.chainW(() =>
      state.openedAt !== null && Date.parse(input.occurredAt) < Date.parse(state.openedAt)
        ? E.left(ballotDatedBeforeOpening(data.voteId, input.occurredAt, state.openedAt))
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
    E.chainW((owner) => sealedBallotEvent(input, state, owner)),
    E.map((event) => [event]),
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
export function closeVoting(
  input: CommandInput<CloseVotingData>,
  state: VoteState,
  related: RunnerCommittee,
): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('CloseVoting', input, ...runnersNow(state, related)),
    E.chainW(() => requireRunnerStands(input.actor.role, related, state)),
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
    E.chainW(() => requireStatus('RecordInspection', data.voteId, state, 'closed', 'certified', 'revoked')),
    E.chainW(() => (Object.keys(state.sealedBallots).length > 0 ? ok : E.left(noSealedBallots(data.voteId)))),
    E.chainW(() =>
      state.procedure === null || data.objectionRef in state.objections
        ? ok
        : E.left(unknownObjection(data.voteId, data.objectionRef)),
    ),
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

/** When the objection period of a closed vote ends, or null for a vote without one (schema 1). */
export function objectionPeriodEnd(state: VoteState): string | null {
  return state.procedure === null || state.closedAt === null
    ? null
    : addDays(state.closedAt, state.procedure.objectionDays);
}

/** Certification waits for the objection period's end, every objection's inspection, and an agreeing one. */
function objectionsSettled(input: CommandInput<CertifyResultData>, state: VoteState): E.Either<VoteError, void> {
  const { voteId } = input.data;
  const endsAt = objectionPeriodEnd(state);
  if (endsAt !== null && Date.parse(input.recordedAt) < Date.parse(endsAt)) {
    return E.left(objectionPeriodNotOver(voteId, endsAt, input.recordedAt));
  }
  const unanswered = Object.entries(state.objections)
    .filter(([, answered]) => !answered)
    .map(([id]) => id);
  if (unanswered.length > 0) return E.left(objectionUnanswered(voteId, unanswered));
  return state.inspectionDisagreed ? E.left(inspectionDisagrees(voteId)) : ok;
}

/**
 * FileVoteObjection: an owner of the electorate objects to a closed vote's result within the
 * objection period (held against the ledger's time of the recording).
 */
export function fileVoteObjection(input: CommandInput<FileVoteObjectionData>, state: VoteState): VoteDecision {
  const { data, actor } = input;
  return pipe(
    requireRole('FileVoteObjection', input, 'owner', 'developer'),
    E.chainW(() => requireStatus('FileVoteObjection', data.voteId, state, 'closed')),
    E.chainW(() =>
      state.owners[actor.id]
        ? ok
        : E.left(notARegisteredOwner(data.voteId, actor.id, 'not the registered owner of any unit')),
    ),
    E.chainW(() => {
      const endsAt = objectionPeriodEnd(state) ?? state.closedAt ?? input.recordedAt;
      return Date.parse(input.recordedAt) < Date.parse(endsAt) ? ok : E.left(objectionPeriodOver(data.voteId, endsAt));
    }),
    E.chainW(() =>
      data.objectionId in state.objections ? E.left(objectionAlreadyFiled(data.voteId, data.objectionId)) : ok,
    ),
    E.map(() => [{ type: VoteObjectionFiled.type, data: { ...data } satisfies VoteObjectionFiledData }]),
  );
}

/**
 * RevokeDecision: a people's court (Civil Code art. 280 ¶2) or the authority — the housing
 * bureau or the street office (物业管理条例 art. 19 ¶2) — revokes a certified decision.
 */
export function revokeDecision(input: CommandInput<RevokeDecisionData>, state: VoteState): VoteDecision {
  const { data } = input;
  return pipe(
    requireRole('RevokeDecision', input, 'court', 'housing-bureau', 'street-office'),
    E.chainW(() => requireStatus('RevokeDecision', data.voteId, state, 'certified')),
    E.map(() => [
      {
        type: DecisionRevoked.type,
        data: {
          voteId: data.voteId,
          revokedBy: input.actor.role === 'court' ? 'court' : 'authority',
          reference: data.reference,
          grounds: data.grounds,
        } satisfies DecisionRevokedData,
      },
    ]),
  );
}

/** The key under which CertifyResult consults the vote's community's committee (`runner-committee.ts`). */
export const CERTIFIER_COMMITTEE = RUNNER_COMMITTEE;

/**
 * What CertifyResult reads besides the vote: the community's committee and the vote that
 * elected it, so that a committee whose electing decision was revoked does not certify.
 */
export type CertifierCommittee = RunnerCommittee;

/** CertifyResult: the owners' committee or street office certifies the result computed under art. 278. */
export function certifyResult(
  input: CommandInput<CertifyResultData>,
  state: VoteState,
  related: CertifierCommittee,
): VoteDecision {
  const { data } = input;
  const outcome = computeOutcome(state.matter, structuredClone(state.tally));
  const computed = outcome.passed ? 'passed' : 'failed';
  return pipe(
    requireRole('CertifyResult', input, ...certifiersOf(state.convenedBy)),
    E.chainW(() => requireStatus('CertifyResult', data.voteId, state, 'closed')),
    E.chainW(() => requireRunnerStands(input.actor.role, related, state)),
    E.chainW(() => objectionsSettled(input, state)),
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

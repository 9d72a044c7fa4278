/**
 * The disbursement rules of the maintenance fund (维修资金使用):
 *
 * 1. the owners' committee requests a use, authorised either by a certified passing vote on
 *    matter 5 of this community whose approved amount covers this request and every earlier
 *    request under the same vote, or by the emergency procedure (应急使用);
 * 2. for an emergency, the street office confirms it;
 * 3. the fund centre or housing bureau approves;
 * 4. the fund centre disburses, charging the units by area to the last fen; no unit's
 *    balance may go negative, so neither can the community's. Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { VoteState } from '../votes/aggregate.ts';
import { whyVoteDoesNotAuthorise } from '../votes/certified-decision.ts';
import { FUND_USE_MATTER } from '../votes/matters.ts';
import { apportionByArea, chargesOf } from './apportion.ts';
import type { DisbursementStatus, FundDisbursement, FundState } from './aggregate.ts';
import type { DisbursementRefData, DisburseFundsData, RequestDisbursementData } from './command-data.ts';
import { type FundDecision, requireOpen } from './decide.ts';
import {
  amountExceedsVote,
  disbursementNotFound,
  disbursementStatusForbids,
  emergencyAlreadyConfirmed,
  emergencyNotConfirmed,
  type FundError,
  fundNotOpened,
  idAlreadyUsed,
  insufficientBalance,
  invalidUnitList,
  notAnEmergency,
  voteDoesNotAuthorise,
} from './errors.ts';
import {
  DisbursementApportioned,
  type DisbursementApportionedData,
  DisbursementApproved,
  type DisbursementApprovedData,
  DisbursementRequested,
  type DisbursementRequestedData,
  EmergencyConfirmed,
  type EmergencyConfirmedData,
  FundsDisbursed,
  type FundsDisbursedData,
  MAX_UNITS_PER_EVENT,
} from './events.ts';
import { unitListProblem } from './unit-lists.ts';

/** The key under which a request's authorising vote state arrives in `related`. */
export const AUTHORISING_VOTE = 'vote';

const ok: E.Either<never, void> = E.right(undefined);

function requireAuthority(data: RequestDisbursementData, state: FundState, related: Readonly<Record<string, unknown>>) {
  const { authority, communityId, amountFen } = data;
  if (authority.kind === 'emergency') return ok;
  const vote = related[AUTHORISING_VOTE] as VoteState | undefined;
  const problem = whyVoteDoesNotAuthorise(vote, communityId, FUND_USE_MATTER);
  if (problem !== null) return E.left(voteDoesNotAuthorise(communityId, authority.voteId, problem));
  const approved = vote?.requestedAmountFen ?? 0;
  const committed = state.committedByVote[authority.voteId] ?? 0;
  return committed + amountFen <= approved
    ? ok
    : E.left(amountExceedsVote(communityId, authority.voteId, approved, committed, amountFen));
}

/** RequestDisbursement: only the owners' committee; needs a vote or the emergency procedure. */
export function requestDisbursement(
  input: CommandInput<RequestDisbursementData>,
  state: FundState,
  related: Readonly<Record<string, unknown>>,
): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('RequestDisbursement', input, 'owners-committee'),
    E.chainW(() => requireOpen(data.communityId, state)),
    E.chainW(() =>
      state.disbursements[data.disbursementId]
        ? E.left(idAlreadyUsed(data.communityId, 'disbursement', data.disbursementId))
        : ok,
    ),
    E.chainW(() => {
      if (data.chargedUnitIds === undefined) return ok;
      const problem = unitListProblem(state, data.chargedUnitIds, 'known');
      return problem === null ? ok : E.left(invalidUnitList(data.communityId, problem));
    }),
    E.chainW(() => requireAuthority(data, state, related)),
    E.map(() => [
      {
        type: DisbursementRequested.type,
        data: {
          communityId: data.communityId,
          disbursementId: data.disbursementId,
          purpose: data.purpose,
          amountFen: data.amountFen,
          authority: data.authority,
          chargedUnitIds: data.chargedUnitIds ?? null,
        } satisfies DisbursementRequestedData,
      },
    ]),
  );
}

function requireDisbursement(
  command: string,
  data: DisbursementRefData,
  state: FundState,
  allowed: DisbursementStatus,
): E.Either<FundError, FundDisbursement> {
  if (!state.opened) return E.left(fundNotOpened(data.communityId));
  const d = state.disbursements[data.disbursementId];
  if (!d) return E.left(disbursementNotFound(data.communityId, data.disbursementId));
  if (d.status !== allowed) {
    return E.left(disbursementStatusForbids(data.communityId, data.disbursementId, command, d.status, allowed));
  }
  return E.right(d);
}

/** ConfirmEmergency: the street office confirms the emergency of a requested emergency use. */
export function confirmEmergency(input: CommandInput<DisbursementRefData>, state: FundState): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('ConfirmEmergency', input, 'street-office'),
    E.chainW(() => requireDisbursement('ConfirmEmergency', data, state, 'requested')),
    E.chainW((d) => {
      if (d.authority.kind !== 'emergency') return E.left(notAnEmergency(data.communityId, data.disbursementId));
      if (d.emergencyConfirmed) return E.left(emergencyAlreadyConfirmed(data.communityId, data.disbursementId));
      return E.right(d.authority.emergency);
    }),
    E.map((emergency) => [
      { type: EmergencyConfirmed.type, data: { ...data, emergency } satisfies EmergencyConfirmedData },
    ]),
  );
}

/** ApproveDisbursement: the fund centre or housing bureau approves; an emergency must be confirmed first. */
export function approveDisbursement(input: CommandInput<DisbursementRefData>, state: FundState): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('ApproveDisbursement', input, 'fund-centre', 'housing-bureau'),
    E.chainW(() => requireDisbursement('ApproveDisbursement', data, state, 'requested')),
    E.chainW((d) =>
      d.authority.kind === 'emergency' && !d.emergencyConfirmed
        ? E.left(emergencyNotConfirmed(data.communityId, data.disbursementId))
        : E.right(d),
    ),
    E.map((d) => [
      { type: DisbursementApproved.type, data: { ...data, amountFen: d.amountFen } satisfies DisbursementApprovedData },
    ]),
  );
}

/**
 * DisburseFunds: the fund centre pays an approved disbursement and charges the units by area
 * (largest remainder, ties by unit id). Refused when any unit's charge exceeds its balance.
 * Records `FundsDisbursed` and one `DisbursementApportioned` per 500 charged units.
 */
export function disburseFunds(input: CommandInput<DisburseFundsData>, state: FundState): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('DisburseFunds', input, 'fund-centre'),
    E.chainW(() => requireDisbursement('DisburseFunds', data, state, 'approved')),
    E.chainW((d) => {
      const ids = d.chargedUnitIds ?? Object.keys(state.units);
      const shares = apportionByArea(
        d.amountFen,
        ids.map((unitId) => ({ unitId, areaM2Hundredths: state.units[unitId]?.areaM2Hundredths ?? 0 })),
      );
      const short = shares.filter((s) => s.amountFen > (state.units[s.unitId]?.balanceFen ?? 0));
      if (short.length === 0) return E.right({ d, charges: chargesOf(shares) });
      const listed = short
        .slice(0, 5)
        .map(
          (s) =>
            `unit ${s.unitId} holds ${state.units[s.unitId]?.balanceFen ?? 0} fen but its share is ${s.amountFen} fen`,
        )
        .join('; ');
      const more = short.length > 5 ? `; and ${short.length - 5} more units` : '';
      return E.left(
        insufficientBalance(data.communityId, `disbursing ${d.amountFen} fen would overdraw: ${listed}${more}`),
      );
    }),
    E.map(({ d, charges }) => {
      const disbursed: FundsDisbursedData = {
        communityId: data.communityId,
        disbursementId: data.disbursementId,
        amountFen: d.amountFen,
        payeeId: data.payeeId,
        chargedUnitCount: charges.length,
      };
      const apportioned: DecidedEvent[] = [];
      for (let i = 0; i < charges.length; i += MAX_UNITS_PER_EVENT) {
        const part: DisbursementApportionedData = {
          communityId: data.communityId,
          disbursementId: data.disbursementId,
          charges: charges.slice(i, i + MAX_UNITS_PER_EVENT),
        };
        apportioned.push({ type: DisbursementApportioned.type, data: part });
      }
      return [{ type: FundsDisbursed.type, data: disbursed }, ...apportioned];
    }),
  );
}

/**
 * The disbursement rules of the maintenance fund (维修资金使用):
 *
 * 1. the owners' committee requests a use, authorised either by a certified passing vote on
 *    matter 5 of this community whose approved amount covers this request and every earlier
 *    request under the same vote, and which charges only units of that vote's electorate (who
 *    votes is who pays), or by the emergency procedure (应急使用) for a category the fund policy
 *    lists, naming its evidence document by hash, within the policy's cap; where no owners'
 *    committee exists, the property company or the owners concerned may request an emergency
 *    use (2007 fund rule arts. 22 and 24);
 * 2. for an emergency, the street office confirms it;
 * 3. the fund centre or housing bureau approves;
 * 4. the fund centre disburses, charging the units by area to the last fen; no unit's
 *    balance may go negative, so neither can the community's; an emergency use is due to be
 *    published, repair and cost, within the policy's days;
 * 5. the repair and its cost are published (EmergencyRepairPublicised). Pure.
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
import type {
  DisbursementRefData,
  DisburseFundsData,
  PublicizeEmergencyRepairData,
  RequestDisbursementData,
} from './command-data.ts';
import { type FundDecision, requireOpen } from './decide.ts';
import {
  type CommitteeReading,
  committeeSits,
  requireActingCommitteeStands,
  requireReadCommitteeStands,
} from '../committees/sitting-committee.ts';
import { requireElectorateCovers } from './electorate-charges.ts';
import { DEFAULT_FUND_POLICY, type FundPolicy } from './policy.ts';
import {
  amountExceedsVote,
  committeeMustRequest,
  emergencyCapExceeded,
  emergencyEvidenceRequired,
  emergencyNotListed,
  publicityAlreadyRecorded,
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
  EmergencyRepairPublicised,
  type EmergencyRepairPublicisedData,
  FundsDisbursed,
  type FundsDisbursedData,
  MAX_UNITS_PER_EVENT,
} from './events.ts';
import { unitListProblem } from './unit-lists.ts';

const DAY_MS = 86_400_000;

/** The key under which a request's authorising vote state arrives in `related`. */
export const AUTHORISING_VOTE = 'vote';

/** The key under which the community's owners' committee state arrives in `related`. */
export const COMMUNITY_COMMITTEE = 'committee';

/**
 * What a request reads beside the fund: the community's owners' committee with the vote that
 * elected it (`committees/sitting-committee.ts`), and the authorising vote when the request
 * names one.
 */
export type RequestContext = CommitteeReading<typeof COMMUNITY_COMMITTEE> & {
  readonly [AUTHORISING_VOTE]?: VoteState;
};

const ok: E.Either<never, void> = E.right(undefined);

/** The units a use charges (every unit of the account when the request names none). */
function chargedUnits(data: RequestDisbursementData, state: FundState): readonly string[] {
  return data.chargedUnitIds ?? Object.keys(state.units);
}

function requireVote(data: RequestDisbursementData, state: FundState, related: RequestContext) {
  const { authority, communityId, amountFen } = data;
  if (authority.kind !== 'vote') return ok;
  const vote = related[AUTHORISING_VOTE];
  const problem = whyVoteDoesNotAuthorise(vote, communityId, FUND_USE_MATTER);
  if (problem !== null || !vote) {
    return E.left(voteDoesNotAuthorise(communityId, authority.voteId, problem ?? 'no such vote'));
  }
  const approved = vote.requestedAmountFen ?? 0;
  const committed = state.committedByVote[authority.voteId] ?? 0;
  if (committed + amountFen > approved) {
    return E.left(amountExceedsVote(communityId, authority.voteId, approved, committed, amountFen));
  }
  return requireElectorateCovers(communityId, authority.voteId, vote, chargedUnits(data, state));
}

function requireEmergency(policy: FundPolicy, data: RequestDisbursementData, state: FundState) {
  const { authority, communityId, amountFen } = data;
  if (authority.kind !== 'emergency') return ok;
  if (!policy.emergencyCategories.includes(authority.emergency)) {
    return E.left(emergencyNotListed(communityId, authority.emergency, policy.emergencyCategories));
  }
  if (authority.evidence === undefined) return E.left(emergencyEvidenceRequired(communityId, data.disbursementId));
  const percent = policy.emergencyCapPercentOfInitialDeposits;
  if (percent === null) return ok;
  const capFen = Math.floor((state.initialDepositsFen * percent) / 100);
  return state.emergencyRequestedFen + amountFen <= capFen
    ? ok
    : E.left(emergencyCapExceeded(communityId, capFen, state.emergencyRequestedFen, amountFen));
}

/**
 * Who may request: the owners' committee while the decision that elected it stands (a revoked
 * election seats no committee: Civil Code art. 280 ¶2, art. 155); the property company or an
 * owner only for an emergency of a community where no committee sits, which includes one
 * whose only committee's election was revoked.
 */
function requireRequester(input: CommandInput<RequestDisbursementData>, related: RequestContext) {
  const { data, actor } = input;
  return pipe(
    requireRole('RequestDisbursement', input, 'owners-committee', 'property-company', 'owner'),
    E.chainW((): E.Either<FundError, void> => {
      if (actor.role === 'owners-committee') {
        return requireReadCommitteeStands(related, COMMUNITY_COMMITTEE, data.communityId);
      }
      if (data.authority.kind !== 'emergency' || committeeSits(related, COMMUNITY_COMMITTEE)) {
        return E.left(committeeMustRequest(data.communityId, actor.role));
      }
      return ok;
    }),
  );
}

/**
 * RequestDisbursement under `policy`: the owners' committee (or, for an emergency where no
 * committee exists, the property company or an owner); needs a vote or a listed emergency.
 */
export const requestDisbursementWith =
  (policy: FundPolicy) =>
  (input: CommandInput<RequestDisbursementData>, state: FundState, related: RequestContext): FundDecision => {
    const { data } = input;
    return pipe(
      requireRequester(input, related),
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
      E.chainW(() => requireVote(data, state, related)),
      E.chainW(() => requireEmergency(policy, data, state)),
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
  };

/** RequestDisbursement under the default fund policy. */
export const requestDisbursement = requestDisbursementWith(DEFAULT_FUND_POLICY);

function requireDisbursement(
  command: string,
  data: { communityId: string; disbursementId: string },
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
 * DisburseFunds under `policy`: the fund centre pays an approved disbursement and charges the
 * units by area (largest remainder, ties by unit id). Refused when any unit's charge exceeds its
 * balance. Records `FundsDisbursed` (for an emergency, with the publicity due date
 * `policy.publicityDays` after the recording) and one `DisbursementApportioned` per 500 charged units.
 */
export const disburseFundsWith =
  (policy: FundPolicy) =>
  (input: CommandInput<DisburseFundsData>, state: FundState): FundDecision => {
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
        const disbursed = {
          communityId: data.communityId,
          disbursementId: data.disbursementId,
          amountFen: d.amountFen,
          payeeId: data.payeeId,
          chargedUnitCount: charges.length,
          ...(d.authority.kind === 'emergency'
            ? { publicityDueBy: new Date(Date.parse(input.recordedAt) + policy.publicityDays * DAY_MS).toISOString() }
            : {}),
        } satisfies FundsDisbursedData;
        const apportioned: DecidedEvent[] = [];
        for (let i = 0; i < charges.length; i += MAX_UNITS_PER_EVENT) {
          const part = {
            communityId: data.communityId,
            disbursementId: data.disbursementId,
            charges: charges.slice(i, i + MAX_UNITS_PER_EVENT),
          } satisfies DisbursementApportionedData;
          apportioned.push({ type: DisbursementApportioned.type, data: part });
        }
        return [{ type: FundsDisbursed.type, data: disbursed }, ...apportioned];
      }),
    );
  };

/** DisburseFunds under the default fund policy. */
export const disburseFunds = disburseFundsWith(DEFAULT_FUND_POLICY);

/**
 * What PublicizeEmergencyRepair reads besides the fund: the community's committee and the vote
 * that elected it, so that a committee whose election was revoked publishes nothing as the committee.
 */
export type PublicizerCommittee = CommitteeReading<typeof COMMUNITY_COMMITTEE>;

/**
 * PublicizeEmergencyRepair: the owners' committee (while the decision that elected it stands:
 * Civil Code art. 280 ¶2, art. 155), the property company or the street office records that the
 * repair done under a paid emergency use, and its cost, were published; once.
 */
export function publicizeEmergencyRepair(
  input: CommandInput<PublicizeEmergencyRepairData>,
  state: FundState,
  related: PublicizerCommittee,
): FundDecision {
  const { data } = input;
  return pipe(
    requireRole('PublicizeEmergencyRepair', input, 'owners-committee', 'property-company', 'street-office'),
    E.chainW(() => requireActingCommitteeStands(input.actor.role, related, COMMUNITY_COMMITTEE, data.communityId)),
    E.chainW(() => requireDisbursement('PublicizeEmergencyRepair', data, state, 'disbursed')),
    E.chainW((d) => {
      if (d.authority.kind !== 'emergency') return E.left(notAnEmergency(data.communityId, data.disbursementId));
      if (d.publicised) return E.left(publicityAlreadyRecorded(data.communityId, data.disbursementId));
      return ok;
    }),
    E.map(() => [{ type: EmergencyRepairPublicised.type, data: { ...data } satisfies EmergencyRepairPublicisedData }]),
  );
}

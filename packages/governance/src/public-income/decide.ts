/**
 * The rules of public income 公共收益: the property company records income; only the owners'
 * committee allocates it, never more than is unallocated; the property company or the owners'
 * committee discloses a run of past months, with totals the ledger computes. Pure.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { ElectionRevoked } from '../committees/errors.ts';
import { type CommitteeReading, requireActingCommitteeStands } from '../committees/sitting-committee.ts';
import type { RegistryError } from '../registry/errors.ts';
import { type CommunityRegistration, requireActiveCommunity } from '../registry/references.ts';
import type { PublicIncomeState } from './aggregate.ts';
import type { AllocatePublicIncomeData, DisclosePublicIncomeData, RecordPublicIncomeData } from './command-data.ts';
import { allocationExceedsUnallocated, idAlreadyUsed, invalidPeriod, type PublicIncomeError } from './errors.ts';
import {
  INCOME_SOURCES,
  noIncome,
  PublicIncomeAllocated,
  type PublicIncomeAllocatedData,
  PublicIncomeDisclosed,
  type PublicIncomeDisclosedData,
  PublicIncomeRecorded,
  type PublicIncomeRecordedData,
} from './events.ts';
import { MAX_DISCLOSURE_MONTHS, monthOf, monthSpan, monthsFrom } from './period.ts';

/** What every public income rule returns: the events to record, or why not. */
export type PublicIncomeDecision = E.Either<
  PublicIncomeError | RegistryError | ElectionRevoked,
  readonly DecidedEvent[]
>;

/** Related key under which the community's registration is consulted. */
export const COMMUNITY_KEY = 'community';

/** What every public income rule reads: the community as a registered project or residents' community. */
export type IncomeCommunity = CommunityRegistration<typeof COMMUNITY_KEY>;

/** Related key under which the community's owners' committee is consulted (and, through it, its electing vote). */
export const COMMITTEE_KEY = 'committee';

/**
 * What the owners' committee's acts also read: the community's committee and the vote that
 * elected it, so that a committee unseated by a revoked election allocates and discloses nothing.
 */
export type IncomeCommittee = IncomeCommunity & CommitteeReading<typeof COMMITTEE_KEY>;

const ok: E.Either<never, void> = E.right(undefined);

/** RecordPublicIncome: the property company books income from common parts to a month of a registered, active community. */
export function recordPublicIncome(
  input: CommandInput<RecordPublicIncomeData>,
  state: PublicIncomeState,
  related: IncomeCommunity,
): PublicIncomeDecision {
  const { data } = input;
  return pipe(
    requireRole('RecordPublicIncome', input, 'property-company'),
    E.chainW(() => requireActiveCommunity(related, COMMUNITY_KEY, data.communityId)),
    E.chainW(() =>
      state.incomeIds[data.incomeId] ? E.left(idAlreadyUsed(data.communityId, 'income', data.incomeId)) : ok,
    ),
    E.map(() => [{ type: PublicIncomeRecorded.type, data: { ...data } satisfies PublicIncomeRecordedData }]),
  );
}

/** AllocatePublicIncome: the owners' committee of a registered, active community allocates at most the unallocated income. */
export function allocatePublicIncome(
  input: CommandInput<AllocatePublicIncomeData>,
  state: PublicIncomeState,
  related: IncomeCommittee,
): PublicIncomeDecision {
  const { data } = input;
  const unallocated = state.totalIncomeFen - state.allocatedFen;
  return pipe(
    requireRole('AllocatePublicIncome', input, 'owners-committee'),
    E.chainW(() => requireActiveCommunity(related, COMMUNITY_KEY, data.communityId)),
    E.chainW(() => requireActingCommitteeStands(input.actor.role, related, COMMITTEE_KEY, data.communityId)),
    E.chainW(() =>
      state.allocationIds[data.allocationId]
        ? E.left(idAlreadyUsed(data.communityId, 'allocation', data.allocationId))
        : ok,
    ),
    E.chainW(() =>
      data.amountFen <= unallocated
        ? ok
        : E.left(allocationExceedsUnallocated(data.communityId, data.amountFen, unallocated)),
    ),
    E.map(() => [
      {
        type: PublicIncomeAllocated.type,
        data: { ...data, unallocatedAfterFen: unallocated - data.amountFen } satisfies PublicIncomeAllocatedData,
      },
    ]),
  );
}

/**
 * DisclosePublicIncome: the property company or owners' committee of a registered, active
 * community discloses past months, at most 36 at once.
 */
export function disclosePublicIncome(
  input: CommandInput<DisclosePublicIncomeData>,
  state: PublicIncomeState,
  related: IncomeCommittee,
): PublicIncomeDecision {
  const { data } = input;
  return pipe(
    requireRole('DisclosePublicIncome', input, 'property-company', 'owners-committee'),
    E.chainW(() => requireActiveCommunity(related, COMMUNITY_KEY, data.communityId)),
    E.chainW(() => requireActingCommitteeStands(input.actor.role, related, COMMITTEE_KEY, data.communityId)),
    E.chainW(() =>
      state.disclosureIds[data.disclosureId]
        ? E.left(idAlreadyUsed(data.communityId, 'disclosure', data.disclosureId))
        : ok,
    ),
    E.chainW(() => {
      const span = monthSpan(data.periodFrom, data.periodTo);
      if (span < 1)
        return E.left(
          invalidPeriod(data.communityId, `the period ends (${data.periodTo}) before it starts (${data.periodFrom})`),
        );
      if (span > MAX_DISCLOSURE_MONTHS) {
        return E.left(
          invalidPeriod(data.communityId, `a disclosure covers at most ${MAX_DISCLOSURE_MONTHS} months, not ${span}`),
        );
      }
      const now = monthOf(input.occurredAt);
      return data.periodTo > now
        ? E.left(invalidPeriod(data.communityId, `${data.periodTo} has not begun at ${input.occurredAt}`))
        : ok;
    }),
    E.map(() => {
      const bySource = noIncome();
      for (const month of monthsFrom(data.periodFrom, data.periodTo)) {
        const income = state.byMonth[month];
        if (income) for (const source of INCOME_SOURCES) bySource[source] += income[source];
      }
      const disclosed: PublicIncomeDisclosedData = {
        ...data,
        incomeFen: INCOME_SOURCES.reduce((sum, source) => sum + bySource[source], 0),
        incomeBySource: bySource,
        allocatedFen: state.allocatedFen,
        unallocatedFen: state.totalIncomeFen - state.allocatedFen,
      };
      return [{ type: PublicIncomeDisclosed.type, data: disclosed }];
    }),
  );
}

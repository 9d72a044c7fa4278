/**
 * The events of public income 公共收益 — income from the owners' common parts (advertising,
 * parking, renting out venues) — one stream per community, `public-income-<communityId>`.
 * The property company records income by month; the owners' committee allocates it; either
 * discloses it (公示). Money is integer fen.
 */
import {
  checkedString,
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  isEventOf,
  NonEmptyString,
} from '@govledger/core';
import * as t from 'io-ts';
import { Fen, PositiveFen } from '../money.ts';
import { Month } from './period.ts';

/** An amount in fen (1 yuan = 100 fen): a positive integer (the ledger's {@link PositiveFen}). */
export const IncomeFen = PositiveFen;

/** A total in fen that may be zero (the ledger's {@link Fen}). */
export const TotalFen = Fen;

/** Where public income comes from: 广告, 停车, 场地租赁, or other. */
export const IncomeSource = t.keyof(
  { advertising: null, parking: null, 'venue-rental': null, other: null },
  'IncomeSource',
);
export type IncomeSource = t.TypeOf<typeof IncomeSource>;

/** Every income source, in a fixed order for totals. */
export const INCOME_SOURCES: readonly IncomeSource[] = ['advertising', 'parking', 'venue-rental', 'other'];

/** Where allocated income goes: 转入维修资金, 分配给业主, or 公共支出 (common expenses). */
export const AllocationTarget = t.keyof({ 'maintenance-fund': null, owners: null, expenses: null }, 'AllocationTarget');
export type AllocationTarget = t.TypeOf<typeof AllocationTarget>;

/** Income per source in fen. */
export const IncomeBySource = t.type(
  { advertising: TotalFen, parking: TotalFen, 'venue-rental': TotalFen, other: TotalFen },
  'IncomeBySource',
);
export type IncomeBySource = t.TypeOf<typeof IncomeBySource>;

/** A SHA-256 in lowercase hex (64 characters): how a disclosed document is referenced, never embedded. */
export const Sha256Hex = checkedString(
  'Sha256Hex',
  (s) => /^[0-9a-f]{64}$/.test(s),
  'a SHA-256 in 64 lowercase hex digits',
);

/** 收益登记: the property company recorded income from common parts in a month. */
export const PublicIncomeRecorded = defineEvent(
  'PublicIncomeRecorded',
  t.type({
    communityId: Id,
    incomeId: Id,
    source: IncomeSource,
    amountFen: IncomeFen,
    period: Month,
    description: NonEmptyString,
  }),
);

/** 收益分配: the owners' committee allocated income; `unallocatedAfterFen` is what is left. */
export const PublicIncomeAllocated = defineEvent(
  'PublicIncomeAllocated',
  t.type({
    communityId: Id,
    allocationId: Id,
    target: AllocationTarget,
    amountFen: IncomeFen,
    purpose: NonEmptyString,
    unallocatedAfterFen: TotalFen,
  }),
);

/**
 * 收益公示: income of the months `periodFrom`–`periodTo` was disclosed, with the totals the
 * ledger computed for them and, at that moment, what was allocated in all and is unallocated.
 */
export const PublicIncomeDisclosed = defineEvent(
  'PublicIncomeDisclosed',
  t.intersection([
    t.type({
      communityId: Id,
      disclosureId: Id,
      periodFrom: Month,
      periodTo: Month,
      incomeFen: TotalFen,
      incomeBySource: IncomeBySource,
      allocatedFen: TotalFen,
      unallocatedFen: TotalFen,
    }),
    t.partial({ documentSha256: Sha256Hex }),
  ]),
);

/** The `data` of a {@link PublicIncomeRecorded} event. */
export type PublicIncomeRecordedData = DataOf<typeof PublicIncomeRecorded>;
/** The `data` of a {@link PublicIncomeAllocated} event. */
export type PublicIncomeAllocatedData = DataOf<typeof PublicIncomeAllocated>;
/** The `data` of a {@link PublicIncomeDisclosed} event. */
export type PublicIncomeDisclosedData = DataOf<typeof PublicIncomeDisclosed>;

/** Every public income event definition, for the governance catalogue. */
export const publicIncomeEvents = [
  PublicIncomeRecorded,
  PublicIncomeAllocated,
  PublicIncomeDisclosed,
] satisfies EventDefinition[];

/** A public income event as the area's folds receive it: `switch (event.type)` narrows `data`. */
export type PublicIncomeEvent = EventOf<(typeof publicIncomeEvents)[number]>;

/** True for a public income event of the log (a projection's first step: other events pass over). */
export const isPublicIncomeEvent = isEventOf(publicIncomeEvents);

/** The public income stream of one community. */
export function publicIncomeStreamId(communityId: string): string {
  return `public-income-${communityId}`;
}

/** Zero income from every source. */
export function noIncome(): IncomeBySource {
  return { advertising: 0, parking: 0, 'venue-rental': 0, other: 0 };
}

/**
 * The events of the special maintenance fund 住宅专项维修资金, one stream per community,
 * `fund-<communityId>`. Money is integer fen, areas integer hundredths of m². The fund keeps
 * a balance per unit (分户账); the community's balance is their sum and never negative.
 * Lists of units are capped per event (see `MAX_UNITS_PER_EVENT`) to stay far below the
 * ledger's 64 KiB leaf limit.
 */
import {
  checkedString,
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  isEventOf,
  IsoTime,
  NonEmptyString,
} from '@govledger/core';
import * as t from 'io-ts';
import { AmountFen, AreaM2Hundredths, Quantity } from '../votes/events.ts';

/** The most units one event lists (deposits, refunds, charges, units registered). */
export const MAX_UNITS_PER_EVENT = 500;

/** A unit id of at most 64 characters, e.g. `3-1-1201` (building 3, entrance 1, room 1201). */
export const UnitId = checkedString('UnitId', (s) => s.length > 0 && s.length <= 64, 'a unit id of 1 to 64 characters');

/** A unit and its registered area (hundredths of m²), which apportions costs. */
export const UnitArea = t.type({ unitId: UnitId, areaM2Hundredths: AreaM2Hundredths }, 'UnitArea');
export type UnitArea = t.TypeOf<typeof UnitArea>;

/** A unit and an amount in fen (a deposit, a refund or a charge). */
export const UnitAmount = t.type({ unitId: UnitId, amountFen: AmountFen }, 'UnitAmount');
export type UnitAmount = t.TypeOf<typeof UnitAmount>;

/** Why money came in: 首期交存, 续筹, 增值收益, 公共收益转入, or other. */
export const DepositKind = t.keyof(
  { initial: null, 'top-up': null, interest: null, 'public-income': null, other: null },
  'DepositKind',
);
export type DepositKind = t.TypeOf<typeof DepositKind>;

/**
 * An emergency category (应急情形), a lower-case slug such as `lift-failure`. Which categories
 * may use the fund without a vote is the fund policy's list (`policy.ts`); older ledgers hold
 * the four of the first release: `lift-failure` 电梯故障, `fire-safety-equipment` 消防设施,
 * `leaking-roof-or-pipes` 屋面/管道渗漏, `dangerous-exterior-wall` 外墙脱落.
 */
export const EmergencyKind = checkedString(
  'EmergencyKind',
  (s) => /^[a-z][a-z0-9-]{0,63}$/.test(s),
  'an emergency category: a lower-case slug such as lift-failure',
);
export type EmergencyKind = t.TypeOf<typeof EmergencyKind>;

/** A SHA-256 digest of a document in 64 lower-case hex digits (the document itself stays off the ledger). */
export const DocumentSha256 = checkedString(
  'DocumentSha256',
  (s) => /^[0-9a-f]{64}$/.test(s),
  'a SHA-256 digest in 64 lower-case hex digits',
);

/**
 * The document that shows an emergency: a safety inspection notice 检验/检测通知 (e.g. of the lift
 * inspection body), a fire-department notice 消防部门通知, or a building-safety appraisal 房屋安全鉴定,
 * named by the SHA-256 of its file.
 */
export const EvidenceDocument = t.type(
  {
    kind: t.keyof({ 'inspection-notice': null, 'fire-department-notice': null, 'safety-appraisal': null }),
    sha256: DocumentSha256,
  },
  'EvidenceDocument',
);
export type EvidenceDocument = t.TypeOf<typeof EvidenceDocument>;

/** What authorises a disbursement: a certified passing vote on matter 5, or an emergency. */
export const Authority = t.union(
  [
    t.type({ kind: t.literal('vote'), voteId: Id }),
    t.intersection([
      t.type({ kind: t.literal('emergency'), emergency: EmergencyKind }),
      t.partial({ evidence: EvidenceDocument }),
    ]),
  ],
  'Authority',
);
export type Authority = t.TypeOf<typeof Authority>;

const units = t.array(UnitArea);
const amounts = t.array(UnitAmount);

/** 开户: the fund centre opened the community's account with its units and areas. */
export const FundAccountOpened = defineEvent('FundAccountOpened', t.type({ communityId: Id, units }));

/** 新增分户: more units joined the account (a new building, or a long list in batches). */
export const FundUnitsRegistered = defineEvent('FundUnitsRegistered', t.type({ communityId: Id, units }));

/**
 * 交存: money was deposited to units' balances; `totalFen` is the sum of `deposits`. A top-up
 * (续筹) names the certified matter-6 vote that raised it (`voteId`; absent on older ledgers).
 */
export const FundDeposited = defineEvent(
  'FundDeposited',
  t.intersection([
    t.type({
      communityId: Id,
      depositId: Id,
      kind: DepositKind,
      deposits: amounts,
      totalFen: Quantity,
    }),
    t.partial({ voteId: Id }),
  ]),
);

/**
 * 使用申请: the owners' committee (or, for an emergency where no committee exists, the property
 * company or the owners concerned; the actor's role says which) asked to use the fund. `chargedUnitIds` are the units that
 * bear the cost (null: every unit of the community).
 */
export const DisbursementRequested = defineEvent(
  'DisbursementRequested',
  t.type({
    communityId: Id,
    disbursementId: Id,
    purpose: NonEmptyString,
    amountFen: AmountFen,
    authority: Authority,
    chargedUnitIds: t.union([t.array(UnitId), t.null]),
  }),
);

/** 应急确认: the street office confirmed the emergency an emergency request names. */
export const EmergencyConfirmed = defineEvent(
  'EmergencyConfirmed',
  t.type({ communityId: Id, disbursementId: Id, emergency: EmergencyKind }),
);

/** 审核同意: the fund centre or housing bureau approved the request. */
export const DisbursementApproved = defineEvent(
  'DisbursementApproved',
  t.type({ communityId: Id, disbursementId: Id, amountFen: AmountFen }),
);

/**
 * 划拨: the money was paid to `payeeId`; the `DisbursementApportioned` events after it charge the
 * units. An emergency use carries `publicityDueBy`, the time by which the repair and its cost
 * must be published (from the fund policy in force; absent on older ledgers).
 */
export const FundsDisbursed = defineEvent(
  'FundsDisbursed',
  t.intersection([
    t.type({
      communityId: Id,
      disbursementId: Id,
      amountFen: AmountFen,
      payeeId: Id,
      chargedUnitCount: Quantity,
    }),
    t.partial({ publicityDueBy: IsoTime }),
  ]),
);

/**
 * 维修及费用公示: the repair done under an emergency use and its cost were published to the
 * owners, in the document named by its SHA-256.
 */
export const EmergencyRepairPublicised = defineEvent(
  'EmergencyRepairPublicised',
  t.type({ communityId: Id, disbursementId: Id, costFen: AmountFen, documentSha256: DocumentSha256 }),
);

/** 分摊: part of a disbursement charged to units by area (units charged 0 fen are left out). */
export const DisbursementApportioned = defineEvent(
  'DisbursementApportioned',
  t.type({ communityId: Id, disbursementId: Id, charges: amounts }),
);

/** 退还: balances were returned to owners (e.g. a demolished building); `totalFen` is the sum. */
export const FundsRefunded = defineEvent(
  'FundsRefunded',
  t.type({
    communityId: Id,
    refundId: Id,
    reason: NonEmptyString,
    refunds: amounts,
    totalFen: Quantity,
  }),
);

/** The `data` of a {@link FundAccountOpened} event. */
export type FundAccountOpenedData = DataOf<typeof FundAccountOpened>;
/** The `data` of a {@link FundUnitsRegistered} event. */
export type FundUnitsRegisteredData = DataOf<typeof FundUnitsRegistered>;
/** The `data` of a {@link FundDeposited} event. */
export type FundDepositedData = DataOf<typeof FundDeposited>;
/** The `data` of a {@link DisbursementRequested} event. */
export type DisbursementRequestedData = DataOf<typeof DisbursementRequested>;
/** The `data` of a {@link EmergencyConfirmed} event. */
export type EmergencyConfirmedData = DataOf<typeof EmergencyConfirmed>;
/** The `data` of a {@link DisbursementApproved} event. */
export type DisbursementApprovedData = DataOf<typeof DisbursementApproved>;
/** The `data` of a {@link FundsDisbursed} event. */
export type FundsDisbursedData = DataOf<typeof FundsDisbursed>;
/** The `data` of a {@link EmergencyRepairPublicised} event. */
export type EmergencyRepairPublicisedData = DataOf<typeof EmergencyRepairPublicised>;
/** The `data` of a {@link DisbursementApportioned} event. */
export type DisbursementApportionedData = DataOf<typeof DisbursementApportioned>;
/** The `data` of a {@link FundsRefunded} event. */
export type FundsRefundedData = DataOf<typeof FundsRefunded>;

/** Every fund event definition, for the governance catalogue. */
export const fundEvents = [
  FundAccountOpened,
  FundUnitsRegistered,
  FundDeposited,
  DisbursementRequested,
  EmergencyConfirmed,
  DisbursementApproved,
  FundsDisbursed,
  DisbursementApportioned,
  FundsRefunded,
  EmergencyRepairPublicised,
] satisfies EventDefinition[];

/** A fund event as the fund's fold receives it: `switch (type)` narrows `data`. */
export type FundEvent = EventOf<(typeof fundEvents)[number]>;

/** True for a fund event of the log (a projection's first step: other events pass over). */
export const isFundEvent = isEventOf(fundEvents);

/** The fund stream of one community. */
export function fundStreamId(communityId: string): string {
  return `fund-${communityId}`;
}

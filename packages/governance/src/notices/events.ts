/**
 * Events of notices 公示公告: an owners' committee, property company, street office or the
 * housing bureau publishes a notice in a community with a disclosure period, and the publisher
 * may withdraw it. The notice text itself is a document referenced by its SHA-256, never
 * embedded; no event holds personal data.
 */
import {
  checkedInteger,
  checkedString,
  type DataOf,
  defineEvent,
  type EventDefinition,
  type EventOf,
  Id,
  IsoTime,
  isEventOf,
  NonEmptyString,
} from '@govledger/core';
import * as t from 'io-ts';

/** Kinds of notice, with the Chinese terms. */
export const NOTICE_KINDS = {
  'vote-result': "业主大会表决结果公告 (result of an owners' vote)",
  'fund-use': '维修资金使用公示 (use of the maintenance fund)',
  'public-income': '公共收益公示 (public income)',
  'committee-election': "业委会选举公示 (owners' committee election)",
  'red-black-list': '红黑榜 (red-black list)',
  general: '其他公告 (other notice)',
} as const;

/** Codec of a notice kind. */
export const NoticeKind = t.keyof(NOTICE_KINDS, 'NoticeKind');
export type NoticeKind = t.TypeOf<typeof NoticeKind>;

/** Codec of a SHA-256 digest as 64 lower-case hex digits. */
export const Sha256Hex = checkedString(
  'Sha256Hex',
  (s) => /^[0-9a-f]{64}$/.test(s),
  'a SHA-256 digest in 64 lower-case hex digits',
);

/** The most days a minimum disclosure period may be. */
export const MAX_MINIMUM_DAYS = 365;

/** Codec of a minimum disclosure period in whole days, 1 to {@link MAX_MINIMUM_DAYS}. */
export const MinimumDays = checkedInteger(
  'MinimumDays',
  (n) => n >= 1 && n <= MAX_MINIMUM_DAYS,
  `MinimumDays, a whole number of days from 1 to ${MAX_MINIMUM_DAYS}`,
);

/**
 * A notice was published, on display from `disclosureFrom` until `disclosureUntil` (ISO-8601
 * UTC, the end excluded). `subjectId` names what it discloses (a vote, a disbursement, an
 * election) or is null; `documentSha256` is the digest of the notice document or null;
 * `minimumDays` is the minimum disclosure period in force for its kind when it was published.
 * The publisher is the event's actor.
 */
export const NoticePublished = defineEvent(
  'NoticePublished',
  t.type({
    noticeId: Id,
    communityId: Id,
    kind: NoticeKind,
    title: NonEmptyString,
    subjectId: t.union([Id, t.null]),
    documentSha256: t.union([Sha256Hex, t.null]),
    disclosureFrom: IsoTime,
    disclosureUntil: IsoTime,
    minimumDays: MinimumDays,
  }),
);

/** The publisher withdrew a notice (from the event's `occurredAt`), with the reason. */
export const NoticeWithdrawn = defineEvent('NoticeWithdrawn', t.type({ noticeId: Id, reason: NonEmptyString }));

/** Data of {@link NoticePublished}. */
export type NoticePublishedData = DataOf<typeof NoticePublished>;
/** Data of {@link NoticeWithdrawn}. */
export type NoticeWithdrawnData = DataOf<typeof NoticeWithdrawn>;

/** Every notices event definition, for the governance catalogue. */
export const noticeEvents = [NoticePublished, NoticeWithdrawn] satisfies EventDefinition[];
/** A notices event as a notice's fold receives it. */
export type NoticeEvent = EventOf<(typeof noticeEvents)[number]>;
/** True for a notices event of the log. */
export const isNoticeEvent = isEventOf(noticeEvents);

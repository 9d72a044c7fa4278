/**
 * What a caller submits for each notices command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { NoticeKind, Sha256Hex } from './events.ts';

/**
 * Data of PublishNotice. `disclosureFrom` defaults to the time of publication; `subjectId` and
 * `documentSha256` may be omitted.
 */
export const PublishNoticeData = t.intersection(
  [
    t.type({
      noticeId: Id,
      communityId: Id,
      kind: NoticeKind,
      title: NonEmptyString,
      disclosureUntil: IsoTime,
    }),
    t.partial({ disclosureFrom: IsoTime, subjectId: Id, documentSha256: Sha256Hex }),
  ],
  'PublishNotice',
);
export type PublishNoticeData = t.TypeOf<typeof PublishNoticeData>;

/** Data of WithdrawNotice. */
export const WithdrawNoticeData = t.type({ noticeId: Id, reason: NonEmptyString }, 'WithdrawNotice');
export type WithdrawNoticeData = t.TypeOf<typeof WithdrawNoticeData>;

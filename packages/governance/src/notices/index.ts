/**
 * The notices area 公示公告: notices published in a community with a disclosure period of at
 * least a configurable number of days per kind, and withdrawn only by their publisher.
 */
import type { AnyProjection, EventDefinition } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { noticesCommandsWith } from './commands.ts';
import { noticeEvents } from './events.ts';
import { notices } from './project.ts';

export { type NoticeState, noticeAggregate, noticeStreamId } from './aggregate.ts';
export { PublishNoticeData, WithdrawNoticeData } from './command-data.ts';
export { noticesCommandsWith, PublishNotice, publishNoticeWith, WithdrawNotice } from './commands.ts';
export type { NoticesError } from './errors.ts';
export { NOTICE_KINDS, NoticeKind, NoticePublished, NoticeWithdrawn } from './events.ts';
export {
  cityScopeOf,
  DEFAULT_CITY_SCOPE_ID,
  DEFAULT_DISCLOSURE_POLICY,
  type DisclosurePolicy,
  makeDisclosurePolicy,
  minimumDays as minimumDisclosureDays,
} from './policy.ts';
export { type Notice, type NoticesState, notices } from './project.ts';
export { isInDisclosure, listNotices, type NoticeQuery, noticesInDisclosure } from './queries.ts';

/** Every event type of the notices area. */
export const noticesEvents: EventDefinition[] = noticeEvents;

/** Every notices command, under the default disclosure policy (see `noticesCommandsWith`). */
export const noticesCommands: AnyCommandSpec[] = noticesCommandsWith();

/** Every notices projection, for the runner. */
export const noticesProjections: AnyProjection[] = [notices];

/**
 * Events of the ratings area: property companies and managed projects are registered, rated
 * each quarter 物业服务质量评价, the quarter's red-black list 红黑榜 is published with its
 * credit consequences, and 前期物业管理 tender awards are recorded. No event holds personal
 * data: companies and projects are organisations and places.
 */
import {
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
import { CreditPolicy } from './policy.ts';
import { Quarter } from './quarter.ts';
import { boundedInteger, Grade, Score } from './score.ts';

/**
 * A project's service was rated for a quarter. `companyId` is the company managing the project
 * when it was rated: a listing counts against that company even if the project later changes
 * hands.
 */
export const ProjectRated = defineEvent(
  'ProjectRated',
  t.type({ quarter: Quarter, projectId: Id, companyId: Id, score: Score, grade: Grade }),
);

/** A rating was corrected before the quarter's list was published; the previous values stay on record. */
export const RatingCorrected = defineEvent(
  'RatingCorrected',
  t.type({
    quarter: Quarter,
    projectId: Id,
    score: Score,
    grade: Grade,
    previousScore: Score,
    previousGrade: Grade,
    reason: NonEmptyString,
  }),
);

/** One project on a red or black list, with the rating that put it there. */
export const ListingEntry = t.type({ projectId: Id, companyId: Id, score: Score, grade: Grade }, 'ListingEntry');
export type ListingEntry = t.TypeOf<typeof ListingEntry>;

/**
 * What one publication does to one company's credit file: the credit points it adds (negative
 * removes) and, when it suspends tender eligibility or blocks award eligibility, the last
 * quarter of that period (the period starts the quarter after the list's quarter).
 */
export const CreditConsequence = t.type(
  {
    companyId: Id,
    creditPoints: boundedInteger('CreditPointsChange', -1_000_000, 1_000_000),
    tenderSuspendedThrough: t.union([Quarter, t.null]),
    awardBlockedThrough: t.union([Quarter, t.null]),
  },
  'CreditConsequence',
);
export type CreditConsequence = t.TypeOf<typeof CreditConsequence>;

/**
 * A quarter's red-black list was published; the quarter's ratings are frozen from now on.
 * `red` is ordered best first, `black` worst first (ties by project id). `policy` is the
 * credit policy applied and `consequences` what it did to each listed company, one entry per
 * company in company-id order.
 */
export const RedBlackListPublished = defineEvent(
  'RedBlackListPublished',
  t.type({
    quarter: Quarter,
    policy: CreditPolicy,
    red: t.array(ListingEntry),
    black: t.array(ListingEntry),
    consequences: t.array(CreditConsequence),
  }),
);

/**
 * A company was awarded a project's 前期物业管理 tender and now manages the project. `quarter`
 * is the quarter of `awardedAt` (China Standard Time); `previousCompanyId` the company that
 * managed the project before, if any.
 */
export const TenderAwardRecorded = defineEvent(
  'TenderAwardRecorded',
  t.type({
    projectId: Id,
    companyId: Id,
    awardedAt: IsoTime,
    quarter: Quarter,
    previousCompanyId: t.union([Id, t.null]),
  }),
);

/** Data of {@link ProjectRated}. */
export type ProjectRatedData = DataOf<typeof ProjectRated>;
/** Data of {@link RatingCorrected}. */
export type RatingCorrectedData = DataOf<typeof RatingCorrected>;
/** Data of {@link RedBlackListPublished}. */
export type RedBlackListPublishedData = DataOf<typeof RedBlackListPublished>;
/** Data of {@link TenderAwardRecorded}. */
export type TenderAwardRecordedData = DataOf<typeof TenderAwardRecorded>;

/** Every event type of the ratings area. */
export const ratingsEvents = [
  ProjectRated,
  RatingCorrected,
  RedBlackListPublished,
  TenderAwardRecorded,
] satisfies EventDefinition[];

/** A ratings event as a fold receives it: `switch (type)` narrows `data`. */
export type RatingsEvent = EventOf<(typeof ratingsEvents)[number]>;

/** True for a ratings event of the log (a projection's first step: other events pass over). */
export const isRatingsEvent = isEventOf(ratingsEvents);

/**
 * What a caller submits for each ratings command: the `data` codec of each command line.
 */
import { Id, IsoTime, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';
import { Quarter } from './quarter.ts';
import { Grade, Score } from './score.ts';

/** Data of RateProject. */
export const RateProjectData = t.type({ quarter: Quarter, projectId: Id, score: Score, grade: Grade }, 'RateProject');
export type RateProjectData = t.TypeOf<typeof RateProjectData>;

/** Data of CorrectRating: the new score and grade and why. */
export const CorrectRatingData = t.type(
  { quarter: Quarter, projectId: Id, score: Score, grade: Grade, reason: NonEmptyString },
  'CorrectRating',
);
export type CorrectRatingData = t.TypeOf<typeof CorrectRatingData>;

/** Data of PublishRedBlackList. */
export const PublishRedBlackListData = t.type({ quarter: Quarter }, 'PublishRedBlackList');
export type PublishRedBlackListData = t.TypeOf<typeof PublishRedBlackListData>;

/** Data of RecordTenderAward: `awardedAt` is when the tender was awarded (ISO-8601 UTC). */
export const RecordTenderAwardData = t.type({ projectId: Id, companyId: Id, awardedAt: IsoTime }, 'RecordTenderAward');
export type RecordTenderAwardData = t.TypeOf<typeof RecordTenderAwardData>;

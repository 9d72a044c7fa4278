/**
 * The ratings area: quarterly property-service ratings 物业服务质量评价, the red-black list
 * 红黑榜, and the company credit file 企业信用档案 that 前期物业管理 tendering and awards 评优评先
 * read. Companies and projects are registered in the registry (`registry/`).
 * The public surface of the area; helpers stay private to their files.
 */
import type { AnyProjection } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { ratingsCommandsWith } from './commands.ts';
import { companyCreditFiles } from './credit-file.ts';
import { quarterlyRatings, redBlackList } from './project.ts';

export {
  CreditConsequence,
  isRatingsEvent,
  ListingEntry,
  ProjectRated,
  RatingCorrected,
  type RatingsEvent,
  ratingsEvents,
  RedBlackListPublished,
  TenderAwardRecorded,
} from './events.ts';
export {
  CorrectRatingData,
  PublishRedBlackListData,
  RateProjectData,
  RecordTenderAwardData,
} from './command-data.ts';
export {
  CorrectRating,
  correctRatingWith,
  publishRedBlackListWith,
  RateProject,
  RecordTenderAward,
  rateProjectWith,
  ratingsCommandsFor,
  ratingsCommandsWith,
} from './commands.ts';
export { type QuarterRatingsState, quarterRatingsAggregate, ratingsStreamId } from './aggregate.ts';
export type { RatingsError } from './errors.ts';
export {
  CreditPolicy,
  DEFAULT_CREDIT_POLICY,
  type Listing,
  listingOf,
  DEFAULT_RATINGS_POLICY,
  LIANYUNGANG_RATINGS_POLICY,
  MAX_POLICY_QUARTERS,
  makeCreditPolicy,
  makeRatingsPolicy,
  RATINGS_POLICY_PRESETS,
  type RatingsPolicy,
  type RatingsPolicyPreset,
  SHANGQIU_RATINGS_POLICY,
} from './policy.ts';
export {
  DEFAULT_GRADE_SCALE,
  GradeScale,
  gradeAllows,
  gradesAllowing,
  makeGradeScale,
  ScoreBand,
} from './grade-scale.ts';
export { DEFAULT_RATING_WINDOW, RatingWindow, ratingWindowOf, withinRatingWindow } from './rating-window.ts';
export { compileRedBlackList, tenderSuspendedThrough } from './consequences.ts';
export { addQuarters, Quarter, quarterOf } from './quarter.ts';
export { GRADES, Grade as RatingGrade, Score as RatingScore } from './score.ts';
export {
  type PublishedRedBlackList,
  type QuarterlyRatings,
  type QuarterRatings,
  quarterlyRatings,
  type RatingCorrection,
  type RatingRecord,
  type RedBlackLists,
  redBlackList,
} from './project.ts';
export {
  awardEligibleIn,
  type CreditFile,
  type CreditFiles,
  type CreditListing,
  companyCreditFiles,
  type QuarterPeriod,
  type TenderAward,
  tenderEligibleIn,
} from './credit-file.ts';

/** Every ratings command under the default credit policy (`ratingsCommandsWith` takes another). */
export const ratingsCommands: AnyCommandSpec[] = ratingsCommandsWith();

/** Every ratings projection, for the runner. */
export const ratingsProjections: AnyProjection[] = [quarterlyRatings, redBlackList, companyCreditFiles];

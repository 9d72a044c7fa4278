/**
 * Every rule the ratings area can refuse a command with: one type per refusal, naming the ids
 * involved, each made by its builder, which writes the message once.
 */
import type { DomainError } from '../command.ts';

/** An act names a property company that is not registered, or whose registration ended. */
export interface CompanyNotRegistered extends DomainError {
  readonly _tag: 'CompanyNotRegistered';
  readonly companyId: string;
}

/** An act names a project that is not registered, or whose registration ended. */
export interface ProjectNotRegistered extends DomainError {
  readonly _tag: 'ProjectNotRegistered';
  readonly projectId: string;
}

/** A project is rated only once a company manages it. */
export interface ProjectHasNoCompany extends DomainError {
  readonly _tag: 'ProjectHasNoCompany';
  readonly projectId: string;
}

/** A quarter is rated only once it has begun. */
export interface QuarterNotBegun extends DomainError {
  readonly _tag: 'QuarterNotBegun';
  readonly quarter: string;
}

/** A project is rated once a quarter; a change is a correction. */
export interface ProjectAlreadyRated extends DomainError {
  readonly _tag: 'ProjectAlreadyRated';
  readonly projectId: string;
  readonly quarter: string;
}

/** Only an existing rating is corrected. */
export interface ProjectNotRated extends DomainError {
  readonly _tag: 'ProjectNotRated';
  readonly projectId: string;
  readonly quarter: string;
}

/** A correction changes the score or the grade. */
export interface RatingUnchanged extends DomainError {
  readonly _tag: 'RatingUnchanged';
  readonly projectId: string;
  readonly quarter: string;
}

/** A quarter's ratings are frozen once its list is published. */
export interface RatingsFrozen extends DomainError {
  readonly _tag: 'RatingsFrozen';
  readonly quarter: string;
}

/** A quarter's list is published once. */
export interface ListAlreadyPublished extends DomainError {
  readonly _tag: 'ListAlreadyPublished';
  readonly quarter: string;
}

/** Only a rated quarter has a list to publish. */
export interface NoRatingsToPublish extends DomainError {
  readonly _tag: 'NoRatingsToPublish';
  readonly quarter: string;
}

/** A tender award is not recorded before it was awarded. */
export interface AwardAfterRecording extends DomainError {
  readonly _tag: 'AwardAfterRecording';
  readonly awardedAt: string;
}

/** A tender award recorded in a quarter of suspension, whatever date it carries. */
export interface AwardRecordedDuringSuspension extends DomainError {
  readonly _tag: 'AwardRecordedDuringSuspension';
  readonly companyId: string;
  readonly quarter: string;
  readonly suspendedThrough: string;
}

/** A company whose tender eligibility is suspended in the award's quarter may not be awarded a tender. */
export interface TenderEligibilitySuspended extends DomainError {
  readonly _tag: 'TenderEligibilitySuspended';
  readonly companyId: string;
  readonly quarter: string;
  readonly suspendedThrough: string;
}

/** A rating whose grade the configured scale does not allow for its score. */
export interface ScoreGradeMismatch extends DomainError {
  readonly _tag: 'ScoreGradeMismatch';
  readonly projectId: string;
  readonly score: number;
  readonly grade: string;
  readonly allowed: readonly string[];
}

/** A rating of a quarter recorded outside that quarter's rating window (by the ledger's time). */
export interface RatingOutsideWindow extends DomainError {
  readonly _tag: 'RatingOutsideWindow';
  readonly quarter: string;
  readonly recordedAt: string;
  readonly opensAt: string;
  readonly closesAt: string;
}

/** A refusal of the ratings area (`Forbidden` comes from `requireRole`). */
export type RatingsError =
  | CompanyNotRegistered
  | ProjectNotRegistered
  | ProjectHasNoCompany
  | QuarterNotBegun
  | ProjectAlreadyRated
  | ProjectNotRated
  | RatingUnchanged
  | RatingsFrozen
  | ListAlreadyPublished
  | NoRatingsToPublish
  | AwardAfterRecording
  | AwardRecordedDuringSuspension
  | TenderEligibilitySuspended
  | ScoreGradeMismatch
  | RatingOutsideWindow;

/** Builds {@link CompanyNotRegistered}. */
export function companyNotRegistered(companyId: string): CompanyNotRegistered {
  return {
    _tag: 'CompanyNotRegistered',
    message: `property company ${companyId} is not registered, or its registration ended`,
    companyId,
  };
}

/** Builds {@link ProjectNotRegistered}. */
export function projectNotRegistered(projectId: string): ProjectNotRegistered {
  return {
    _tag: 'ProjectNotRegistered',
    message: `project ${projectId} is not registered, or its registration ended`,
    projectId,
  };
}

/** Builds {@link ProjectHasNoCompany}. */
export function projectHasNoCompany(projectId: string): ProjectHasNoCompany {
  return {
    _tag: 'ProjectHasNoCompany',
    message: `project ${projectId} has no property company to rate yet`,
    projectId,
  };
}

/** Builds {@link QuarterNotBegun}. */
export function quarterNotBegun(quarter: string, current: string): QuarterNotBegun {
  return {
    _tag: 'QuarterNotBegun',
    message: `quarter ${quarter} cannot be rated in ${current}: it has not begun`,
    quarter,
  };
}

/** Builds {@link ProjectAlreadyRated}. */
export function projectAlreadyRated(projectId: string, quarter: string): ProjectAlreadyRated {
  return {
    _tag: 'ProjectAlreadyRated',
    message: `project ${projectId} is already rated for ${quarter}; use CorrectRating with a reason to change it`,
    projectId,
    quarter,
  };
}

/** Builds {@link ProjectNotRated}. */
export function projectNotRated(projectId: string, quarter: string): ProjectNotRated {
  return {
    _tag: 'ProjectNotRated',
    message: `project ${projectId} has no rating for ${quarter} to correct`,
    projectId,
    quarter,
  };
}

/** Builds {@link RatingUnchanged}. */
export function ratingUnchanged(projectId: string, quarter: string): RatingUnchanged {
  return {
    _tag: 'RatingUnchanged',
    message: `the correction of ${projectId} for ${quarter} repeats the current score and grade`,
    projectId,
    quarter,
  };
}

/** Builds {@link RatingsFrozen}. */
export function ratingsFrozen(quarter: string): RatingsFrozen {
  return {
    _tag: 'RatingsFrozen',
    message: `the ${quarter} red-black list is published: its ratings are frozen`,
    quarter,
  };
}

/** Builds {@link ListAlreadyPublished}. */
export function listAlreadyPublished(quarter: string): ListAlreadyPublished {
  return { _tag: 'ListAlreadyPublished', message: `the ${quarter} red-black list is already published`, quarter };
}

/** Builds {@link NoRatingsToPublish}. */
export function noRatingsToPublish(quarter: string): NoRatingsToPublish {
  return {
    _tag: 'NoRatingsToPublish',
    message: `no project is rated for ${quarter}: there is no list to publish`,
    quarter,
  };
}

/** Builds {@link AwardAfterRecording}. */
export function awardAfterRecording(awardedAt: string, occurredAt: string): AwardAfterRecording {
  return {
    _tag: 'AwardAfterRecording',
    message: `a tender awarded at ${awardedAt} cannot be recorded earlier, at ${occurredAt}`,
    awardedAt,
  };
}

/** Builds {@link AwardRecordedDuringSuspension}. */
export function awardRecordedDuringSuspension(
  companyId: string,
  quarter: string,
  suspendedThrough: string,
): AwardRecordedDuringSuspension {
  return {
    _tag: 'AwardRecordedDuringSuspension',
    message: `a tender award to property company ${companyId} cannot be recorded in ${quarter}, while its tender eligibility is suspended through ${suspendedThrough}, whatever date the award carries`,
    companyId,
    quarter,
    suspendedThrough,
  };
}

/** Builds {@link TenderEligibilitySuspended}. */
export function tenderEligibilitySuspended(
  companyId: string,
  quarter: string,
  suspendedThrough: string,
): TenderEligibilitySuspended {
  return {
    _tag: 'TenderEligibilitySuspended',
    message: `property company ${companyId} may not be awarded a tender in ${quarter}: its tender eligibility is suspended through ${suspendedThrough} after black listings`,
    companyId,
    quarter,
    suspendedThrough,
  };
}

/** Builds {@link ScoreGradeMismatch}. */
export function scoreGradeMismatch(
  projectId: string,
  score: number,
  grade: string,
  allowed: readonly string[],
): ScoreGradeMismatch {
  return {
    _tag: 'ScoreGradeMismatch',
    message: `the rating of ${projectId} gives ${score} points the grade ${grade}, which the grade scale does not allow; allowed for ${score}: ${allowed.join(', ')}`,
    projectId,
    score,
    grade,
    allowed,
  };
}

/** Builds {@link RatingOutsideWindow}. */
export function ratingOutsideWindow(
  quarter: string,
  recordedAt: string,
  opensAt: string,
  closesAt: string,
): RatingOutsideWindow {
  return {
    _tag: 'RatingOutsideWindow',
    message: `a rating of ${quarter} cannot be recorded at ${recordedAt}: its rating window runs from ${opensAt} until ${closesAt}`,
    quarter,
    recordedAt,
    opensAt,
    closesAt,
  };
}

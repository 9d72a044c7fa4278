/**
 * Every rule the ratings area can refuse a command with: a tag naming the rule, the ids
 * involved and a message written once here.
 */
import type { DomainError } from '../command.ts';

/** A refusal of the ratings area (`Forbidden` comes from `requireRole`). */
export interface RatingsError extends DomainError {
  readonly _tag:
    | 'CompanyNotRegistered'
    | 'ProjectNotRegistered'
    | 'ProjectHasNoCompany'
    | 'QuarterNotBegun'
    | 'ProjectAlreadyRated'
    | 'ProjectNotRated'
    | 'RatingUnchanged'
    | 'RatingsFrozen'
    | 'ListAlreadyPublished'
    | 'NoRatingsToPublish'
    | 'AwardAfterRecording'
    | 'TenderEligibilitySuspended'
    | 'AwardRecordedDuringSuspension'
    | 'ScoreGradeMismatch'
    | 'RatingOutsideWindow';
}

const error = (_tag: RatingsError['_tag'], message: string, details: Record<string, unknown> = {}): RatingsError => ({
  _tag,
  message,
  ...details,
});

/** The catalogue of ratings refusals. */
export const ratingsErrors = {
  companyNotRegistered: (companyId: string) =>
    error('CompanyNotRegistered', `property company ${companyId} is not registered, or its registration ended`, {
      companyId,
    }),
  projectNotRegistered: (projectId: string) =>
    error('ProjectNotRegistered', `project ${projectId} is not registered, or its registration ended`, { projectId }),
  projectHasNoCompany: (projectId: string) =>
    error('ProjectHasNoCompany', `project ${projectId} has no property company to rate yet`, { projectId }),
  quarterNotBegun: (quarter: string, current: string) =>
    error('QuarterNotBegun', `quarter ${quarter} cannot be rated in ${current}: it has not begun`, { quarter }),
  projectAlreadyRated: (projectId: string, quarter: string) =>
    error(
      'ProjectAlreadyRated',
      `project ${projectId} is already rated for ${quarter}; use CorrectRating with a reason to change it`,
      { projectId, quarter },
    ),
  projectNotRated: (projectId: string, quarter: string) =>
    error('ProjectNotRated', `project ${projectId} has no rating for ${quarter} to correct`, { projectId, quarter }),
  ratingUnchanged: (projectId: string, quarter: string) =>
    error('RatingUnchanged', `the correction of ${projectId} for ${quarter} repeats the current score and grade`, {
      projectId,
      quarter,
    }),
  ratingsFrozen: (quarter: string) =>
    error('RatingsFrozen', `the ${quarter} red-black list is published: its ratings are frozen`, { quarter }),
  listAlreadyPublished: (quarter: string) =>
    error('ListAlreadyPublished', `the ${quarter} red-black list is already published`, { quarter }),
  noRatingsToPublish: (quarter: string) =>
    error('NoRatingsToPublish', `no project is rated for ${quarter}: there is no list to publish`, { quarter }),
  awardAfterRecording: (awardedAt: string, occurredAt: string) =>
    error('AwardAfterRecording', `a tender awarded at ${awardedAt} cannot be recorded earlier, at ${occurredAt}`, {
      awardedAt,
    }),
  /** A tender award recorded in a quarter of suspension, whatever date it carries. */
  awardRecordedDuringSuspension: (companyId: string, quarter: string, suspendedThrough: string) =>
    error(
      'AwardRecordedDuringSuspension',
      `a tender award to property company ${companyId} cannot be recorded in ${quarter}, while its tender eligibility is suspended through ${suspendedThrough}, whatever date the award carries`,
      { companyId, quarter, suspendedThrough },
    ),
  tenderEligibilitySuspended: (companyId: string, quarter: string, suspendedThrough: string) =>
    error(
      'TenderEligibilitySuspended',
      `property company ${companyId} may not be awarded a tender in ${quarter}: its tender eligibility is suspended through ${suspendedThrough} after black listings`,
      { companyId, quarter, suspendedThrough },
    ),
  /** A rating whose grade the configured scale does not allow for its score. */
  scoreGradeMismatch: (projectId: string, score: number, grade: string, allowed: readonly string[]) =>
    error(
      'ScoreGradeMismatch',
      `the rating of ${projectId} gives ${score} points the grade ${grade}, which the grade scale does not allow; allowed for ${score}: ${allowed.join(', ')}`,
      { projectId, score, grade, allowed },
    ),
  /** A rating of a quarter recorded outside that quarter's rating window (by the ledger's time). */
  ratingOutsideWindow: (quarter: string, recordedAt: string, opensAt: string, closesAt: string) =>
    error(
      'RatingOutsideWindow',
      `a rating of ${quarter} cannot be recorded at ${recordedAt}: its rating window runs from ${opensAt} until ${closesAt}`,
      { quarter, recordedAt, opensAt, closesAt },
    ),
};

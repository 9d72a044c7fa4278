/**
 * The rules of the ratings area, one function per command. Each is pure: it reads the
 * command, the acting stream's state and the related streams' states, and returns the events
 * to record or the rule it breaks.
 */
import type { DecidedEvent } from '@govledger/core';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput, DomainError } from '../command.ts';
import type { CompanyState, ProjectState } from '../registry/aggregate.ts';
import type { QuarterRatingsState } from './aggregate.ts';
import type {
  CorrectRatingData,
  PublishRedBlackListData,
  RateProjectData,
  RecordTenderAwardData,
} from './command-data.ts';
import { compileRedBlackList, type EarlierLists, tenderSuspendedThrough } from './consequences.ts';
import { ratingsErrors as errors } from './errors.ts';
import { ProjectRated, RatingCorrected, RedBlackListPublished, TenderAwardRecorded } from './events.ts';
import { gradeAllows, gradesAllowing } from './grade-scale.ts';
import type { CreditPolicy, RatingsPolicy } from './policy.ts';
import { type Quarter, quarterOf } from './quarter.ts';
import type { Grade } from './score.ts';
import { ratingWindowOf, withinRatingWindow } from './rating-window.ts';

/** What a ratings rule returns. */
export type Decision = Either<DomainError, readonly DecidedEvent[]>;
/** The related streams' states, keyed as the command spec named them. */
export type Related = Readonly<Record<string, unknown>>;

/** Related key of a consulted company stream. */
export const COMPANY_KEY = 'company';
/** Related key of a consulted project stream. */
export const PROJECT_KEY = 'project';

/** The earlier quarters' lists among the related streams (keys are quarters). */
export function earlierLists(related: Related, quarters: readonly Quarter[]): EarlierLists {
  return new Map(quarters.map((q) => [q, (related[q] as QuarterRatingsState | undefined)?.published ?? null]));
}

/** Refuses a score and grade that the policy's grade scale does not let agree. */
function requireGradeAgrees(policy: RatingsPolicy, projectId: string, score: number, grade: Grade): Decision | null {
  if (gradeAllows(policy.gradeScale, grade, score)) return null;
  return left(errors.scoreGradeMismatch(projectId, score, grade, gradesAllowing(policy.gradeScale, score)));
}

/**
 * RateProject under `policy`: housing bureau; the project is registered, active and managed by
 * a company; the quarter has begun; the score and grade agree under the grade scale; the
 * ledger records the rating within the quarter's rating window; one rating per project per
 * quarter; none after the list is published.
 */
export function decideRateProject(
  policy: RatingsPolicy,
): (input: CommandInput<RateProjectData>, state: QuarterRatingsState, related: Related) => Decision {
  return (input, state, related) => {
    const allowed = requireRole('RateProject', input, 'housing-bureau');
    if (isLeft(allowed)) return allowed;
    const { quarter, projectId, score, grade } = input.data;
    const project = related[PROJECT_KEY] as ProjectState;
    if (!project.active) return left(errors.projectNotRegistered(projectId));
    if (project.companyId === null) return left(errors.projectHasNoCompany(projectId));
    const current = quarterOf(input.occurredAt);
    if (current < quarter) return left(errors.quarterNotBegun(quarter, current));
    const mismatch = requireGradeAgrees(policy, projectId, score, grade);
    if (mismatch) return mismatch;
    if (!withinRatingWindow(quarter, input.recordedAt, policy.ratingWindow)) {
      const { opensAt, closesAt } = ratingWindowOf(quarter, policy.ratingWindow);
      return left(errors.ratingOutsideWindow(quarter, input.recordedAt, opensAt, closesAt));
    }
    if (state.published) return left(errors.ratingsFrozen(quarter));
    if (state.ratings.has(projectId)) return left(errors.projectAlreadyRated(projectId, quarter));
    return right([
      { type: ProjectRated.type, data: { quarter, projectId, companyId: project.companyId, score, grade } },
    ]);
  };
}

/**
 * CorrectRating under `policy`: housing bureau; an existing rating, changed, with a reason,
 * before publication; the new score and grade agree under the grade scale.
 */
export function decideCorrectRating(
  policy: RatingsPolicy,
): (input: CommandInput<CorrectRatingData>, state: QuarterRatingsState) => Decision {
  return (input, state) => {
    const allowed = requireRole('CorrectRating', input, 'housing-bureau');
    if (isLeft(allowed)) return allowed;
    const { quarter, projectId, score, grade, reason } = input.data;
    if (state.published) return left(errors.ratingsFrozen(quarter));
    const current = state.ratings.get(projectId);
    if (!current) return left(errors.projectNotRated(projectId, quarter));
    if (current.score === score && current.grade === grade) return left(errors.ratingUnchanged(projectId, quarter));
    const mismatch = requireGradeAgrees(policy, projectId, score, grade);
    if (mismatch) return mismatch;
    return right([
      {
        type: RatingCorrected.type,
        data: { quarter, projectId, score, grade, previousScore: current.score, previousGrade: current.grade, reason },
      },
    ]);
  };
}

/**
 * PublishRedBlackList: housing bureau; once per quarter; only a rated quarter. The list and
 * its consequences are computed under `policy` from the quarter's ratings and the earlier
 * quarters' lists named in `earlier`.
 */
export function decidePublishRedBlackList(
  policy: CreditPolicy,
  earlier: readonly Quarter[],
): (input: CommandInput<PublishRedBlackListData>, state: QuarterRatingsState, related: Related) => Decision {
  return (input, state, related) => {
    const allowed = requireRole('PublishRedBlackList', input, 'housing-bureau');
    if (isLeft(allowed)) return allowed;
    const { quarter } = input.data;
    if (state.published) return left(errors.listAlreadyPublished(quarter));
    if (state.ratings.size === 0) return left(errors.noRatingsToPublish(quarter));
    const data = compileRedBlackList(quarter, state.ratings, policy, earlierLists(related, earlier));
    return right([{ type: RedBlackListPublished.type, data }]);
  };
}

/**
 * RecordTenderAward: housing bureau, developer or owners' committee; the project and company
 * are registered and active; the award is not later than its recording; the company's tender eligibility
 * is not suspended in the award's quarter, nor in the quarter of the ledger's recording.
 */
export function decideRecordTenderAward(
  earlier: (quarter: Quarter) => readonly Quarter[],
): (input: CommandInput<RecordTenderAwardData>, state: ProjectState, related: Related) => Decision {
  return (input, state, related) => {
    const allowed = requireRole('RecordTenderAward', input, 'housing-bureau', 'developer', 'owners-committee');
    if (isLeft(allowed)) return allowed;
    const { projectId, companyId, awardedAt } = input.data;
    if (!state.active) return left(errors.projectNotRegistered(projectId));
    if (!(related[COMPANY_KEY] as CompanyState).active) return left(errors.companyNotRegistered(companyId));
    if (Date.parse(awardedAt) > Date.parse(input.recordedAt)) {
      return left(errors.awardAfterRecording(awardedAt, input.recordedAt));
    }
    const quarter = quarterOf(awardedAt);
    const suspended = tenderSuspendedThrough(companyId, quarter, earlierLists(related, earlier(quarter)));
    if (suspended !== null) return left(errors.tenderEligibilitySuspended(companyId, quarter, suspended));
    // An award dated before a suspension but recorded during it is the same act done late.
    const recordedQuarter = quarterOf(input.recordedAt);
    const suspendedAtRecording = tenderSuspendedThrough(
      companyId,
      recordedQuarter,
      earlierLists(related, earlier(recordedQuarter)),
    );
    if (suspendedAtRecording !== null) {
      return left(errors.awardRecordedDuringSuspension(companyId, recordedQuarter, suspendedAtRecording));
    }
    return right([
      {
        type: TenderAwardRecorded.type,
        data: { projectId, companyId, awardedAt, quarter, previousCompanyId: state.companyId },
      },
    ]);
  };
}

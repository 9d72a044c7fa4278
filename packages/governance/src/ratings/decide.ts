/**
 * The rules of the ratings area, one function per command. Each is pure: it reads the
 * command, the acting stream's state and the related streams' states, and returns the events
 * to record or the rule it breaks.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type Forbidden, requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { ElectionRevoked } from '../committees/errors.ts';
import { type CommitteeReading, requireActingCommitteeStands } from '../committees/sitting-committee.ts';
import type { ProjectState } from '../registry/aggregate.ts';
import type { CompanyRegistration } from '../registry/references.ts';
import type { QuarterRatingsState } from './aggregate.ts';
import type {
  CorrectRatingData,
  PublishRedBlackListData,
  RateProjectData,
  RecordTenderAwardData,
} from './command-data.ts';
import { compileRedBlackList, type EarlierLists, tenderSuspendedThrough } from './consequences.ts';
import {
  awardAfterRecording,
  awardRecordedDuringSuspension,
  companyNotRegistered,
  listAlreadyPublished,
  noRatingsToPublish,
  projectAlreadyRated,
  projectHasNoCompany,
  projectNotRated,
  projectNotRegistered,
  quarterNotBegun,
  type RatingsError,
  ratingOutsideWindow,
  ratingsFrozen,
  ratingUnchanged,
  scoreGradeMismatch,
  tenderEligibilitySuspended,
} from './errors.ts';
import {
  ProjectRated,
  type ProjectRatedData,
  RatingCorrected,
  type RatingCorrectedData,
  RedBlackListPublished,
  TenderAwardRecorded,
  type TenderAwardRecordedData,
} from './events.ts';
import { gradeAllows, gradesAllowing } from './grade-scale.ts';
import type { CreditPolicy, RatingsPolicy } from './policy.ts';
import { type Quarter, type QuarterKey, quarterKey, quarterOf } from './quarter.ts';
import { ratingWindowOf, withinRatingWindow } from './rating-window.ts';
import type { Grade } from './score.ts';

/** What a ratings rule returns: the events to record, or why not. */
export type Decision = E.Either<Forbidden | RatingsError | ElectionRevoked, readonly DecidedEvent[]>;

/** Related key of a consulted company stream. */
export const COMPANY_KEY = 'company';
/** Related key of a consulted project stream. */
export const PROJECT_KEY = 'project';

/** What RateProject reads beside the quarter: the project rated (its registration and company). */
export type RatedProject = { readonly [PROJECT_KEY]: ProjectState };

/** Earlier quarters' streams among the related states, each under its {@link quarterKey}. */
export type QuarterLists = { readonly [K in QuarterKey]?: QuarterRatingsState };

/** What RecordTenderAward reads beside the project: the company awarded and the earlier quarters' lists. */
export type AwardContext = CompanyRegistration<typeof COMPANY_KEY> & QuarterLists & AwardingCommittee;

/** The key under which RecordTenderAward consults the project's owners' committee. */
export const AWARDING_COMMITTEE = 'committee';

/**
 * The project's owners' committee and the vote that elected it: a committee whose electing
 * decision was revoked (Civil Code art. 280 ¶2, art. 155) records no award as the committee.
 */
export type AwardingCommittee = CommitteeReading<typeof AWARDING_COMMITTEE>;

const ok: E.Either<never, void> = E.right(undefined);

/** The earlier quarters' lists among the related streams (keys are quarters). */
export function earlierLists(related: QuarterLists, quarters: readonly Quarter[]): EarlierLists {
  return new Map(quarters.map((q) => [q, related[quarterKey(q)]?.published ?? null]));
}

/** Refuses a score and grade that the policy's grade scale does not let agree. */
function requireGradeAgrees(policy: RatingsPolicy, projectId: string, score: number, grade: Grade) {
  return gradeAllows(policy.gradeScale, grade, score)
    ? ok
    : E.left(scoreGradeMismatch(projectId, score, grade, gradesAllowing(policy.gradeScale, score)));
}

/** Refuses unless the project is registered, active and managed by a company (whose id it returns). */
function requireRatedCompany(projectId: string, project: ProjectState): E.Either<RatingsError, string> {
  if (!project.active) return E.left(projectNotRegistered(projectId));
  return project.companyId === null ? E.left(projectHasNoCompany(projectId)) : E.right(project.companyId);
}

/** Refuses a rating of `quarter` that the ledger records outside its rating window. */
function requireWithinWindow(policy: RatingsPolicy, quarter: Quarter, recordedAt: string) {
  if (withinRatingWindow(quarter, recordedAt, policy.ratingWindow)) return ok;
  const { opensAt, closesAt } = ratingWindowOf(quarter, policy.ratingWindow);
  return E.left(ratingOutsideWindow(quarter, recordedAt, opensAt, closesAt));
}

/**
 * RateProject under `policy`: housing bureau; the project is registered, active and managed by
 * a company; the quarter has begun; the score and grade agree under the grade scale; the
 * ledger records the rating within the quarter's rating window; one rating per project per
 * quarter; none after the list is published.
 */
export function decideRateProject(
  policy: RatingsPolicy,
): (input: CommandInput<RateProjectData>, state: QuarterRatingsState, related: RatedProject) => Decision {
  return (input, state, related) => {
    const { quarter, projectId, score, grade } = input.data;
    const current = quarterOf(input.occurredAt);
    return pipe(
      requireRole('RateProject', input, 'housing-bureau'),
      E.chainW(() => requireRatedCompany(projectId, related[PROJECT_KEY])),
      E.chainFirstW(() => (current < quarter ? E.left(quarterNotBegun(quarter, current)) : ok)),
      E.chainFirstW(() => requireGradeAgrees(policy, projectId, score, grade)),
      E.chainFirstW(() => requireWithinWindow(policy, quarter, input.recordedAt)),
      E.chainFirstW(() => (state.published ? E.left(ratingsFrozen(quarter)) : ok)),
      E.chainFirstW(() => (state.ratings.has(projectId) ? E.left(projectAlreadyRated(projectId, quarter)) : ok)),
      E.map((companyId) => [
        {
          type: ProjectRated.type,
          data: { quarter, projectId, companyId, score, grade } satisfies ProjectRatedData,
        },
      ]),
    );
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
    const { quarter, projectId, score, grade, reason } = input.data;
    return pipe(
      requireRole('CorrectRating', input, 'housing-bureau'),
      E.chainW(() => (state.published ? E.left(ratingsFrozen(quarter)) : ok)),
      E.chainW(() => {
        const current = state.ratings.get(projectId);
        return current ? E.right(current) : E.left(projectNotRated(projectId, quarter));
      }),
      E.chainFirstW((current) =>
        current.score === score && current.grade === grade ? E.left(ratingUnchanged(projectId, quarter)) : ok,
      ),
      E.chainFirstW(() => requireGradeAgrees(policy, projectId, score, grade)),
      E.map((current) => [
        {
          type: RatingCorrected.type,
          data: {
            quarter,
            projectId,
            score,
            grade,
            previousScore: current.score,
            previousGrade: current.grade,
            reason,
          } satisfies RatingCorrectedData,
        },
      ]),
    );
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
): (input: CommandInput<PublishRedBlackListData>, state: QuarterRatingsState, related: QuarterLists) => Decision {
  return (input, state, related) => {
    const { quarter } = input.data;
    return pipe(
      requireRole('PublishRedBlackList', input, 'housing-bureau'),
      E.chainW(() => (state.published ? E.left(listAlreadyPublished(quarter)) : ok)),
      E.chainW(() => (state.ratings.size === 0 ? E.left(noRatingsToPublish(quarter)) : ok)),
      E.map(() => [
        {
          type: RedBlackListPublished.type,
          data: compileRedBlackList(quarter, state.ratings, policy, earlierLists(related, earlier)),
        },
      ]),
    );
  };
}

/** Refuses when the company's tender eligibility is suspended in `quarter` (`recorded`: the quarter of the recording). */
function requireEligible(
  companyId: string,
  quarter: Quarter,
  lists: EarlierLists,
  recorded: boolean,
): E.Either<RatingsError, void> {
  const suspended = tenderSuspendedThrough(companyId, quarter, lists);
  if (suspended === null) return ok;
  return E.left(
    recorded
      ? awardRecordedDuringSuspension(companyId, quarter, suspended)
      : tenderEligibilitySuspended(companyId, quarter, suspended),
  );
}

/**
 * RecordTenderAward: housing bureau, developer or owners' committee (whose election stands); the project and company
 * are registered and active; the award is not later than its recording; the company's tender eligibility
 * is not suspended in the award's quarter, nor in the quarter of the ledger's recording.
 */
export function decideRecordTenderAward(
  earlier: (quarter: Quarter) => readonly Quarter[],
): (input: CommandInput<RecordTenderAwardData>, state: ProjectState, related: AwardContext) => Decision {
  return (input, state, related) => {
    const { projectId, companyId, awardedAt } = input.data;
    const quarter = quarterOf(awardedAt);
    const recordedQuarter = quarterOf(input.recordedAt);
    return pipe(
      requireRole('RecordTenderAward', input, 'housing-bureau', 'developer', 'owners-committee'),
      E.chainW(() => requireActingCommitteeStands(input.actor.role, related, AWARDING_COMMITTEE, projectId)),
      E.chainW(() => (state.active ? ok : E.left(projectNotRegistered(projectId)))),
      E.chainW(() => (related[COMPANY_KEY]?.active ? ok : E.left(companyNotRegistered(companyId)))),
      E.chainW(() =>
        Date.parse(awardedAt) > Date.parse(input.recordedAt)
          ? E.left(awardAfterRecording(awardedAt, input.recordedAt))
          : ok,
      ),
      E.chainW(() => requireEligible(companyId, quarter, earlierLists(related, earlier(quarter)), false)),
      // An award dated before a suspension but recorded during it is the same act done late.
      E.chainW(() =>
        requireEligible(companyId, recordedQuarter, earlierLists(related, earlier(recordedQuarter)), true),
      ),
      E.map(() => [
        {
          type: TenderAwardRecorded.type,
          data: {
            projectId,
            companyId,
            awardedAt,
            quarter,
            previousCompanyId: state.companyId,
          } satisfies TenderAwardRecordedData,
        },
      ]),
    );
  };
}

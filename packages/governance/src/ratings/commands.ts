/**
 * Commands of the ratings area: the stream each acts on and the streams each rule consults.
 * Their data codecs are in `command-data.ts`, the rules in `decide.ts`.
 */
import type { AnyCommandSpec, CommandSpec, RelatedStream } from '../command.ts';
import {
  type CompanyState,
  companyAggregate,
  companyStreamId,
  type ProjectState,
  projectAggregate,
  projectStreamId,
} from '../registry/aggregate.ts';
import { type QuarterRatingsState, quarterRatingsAggregate, ratingsStreamId } from './aggregate.ts';
import { CorrectRatingData, PublishRedBlackListData, RateProjectData, RecordTenderAwardData } from './command-data.ts';
import { committeeReference, electingVoteReference } from '../committees/sitting-committee.ts';
import {
  AWARDING_COMMITTEE,
  type AwardContext,
  COMPANY_KEY,
  decideCorrectRating,
  decidePublishRedBlackList,
  decideRateProject,
  decideRecordTenderAward,
  PROJECT_KEY,
  type QuarterLists,
  type RatedProject,
} from './decide.ts';
import {
  type CreditPolicy,
  DEFAULT_CREDIT_POLICY,
  DEFAULT_RATINGS_POLICY,
  MAX_POLICY_QUARTERS,
  makeCreditPolicy,
  makeRatingsPolicy,
  type RatingsPolicy,
} from './policy.ts';
import { previousQuarters, type QuarterKey, quarterIndex, quarterKey, quarterOf } from './quarter.ts';

const company = (companyId: string): RelatedStream<typeof COMPANY_KEY, CompanyState> => ({
  key: COMPANY_KEY,
  streamId: companyStreamId(companyId),
  aggregate: companyAggregate,
});

const quarterStreams = (quarters: readonly string[]): RelatedStream<QuarterKey, QuarterRatingsState>[] =>
  quarters.map((q) => ({ key: quarterKey(q), streamId: ratingsStreamId(q), aggregate: quarterRatingsAggregate }));

/** RateProject on `ratings-<quarter>` under `policy` (grade scale, rating window), consulting the project. */
export function rateProjectWith(
  policy: RatingsPolicy,
): CommandSpec<RateProjectData, QuarterRatingsState, RatedProject> {
  return {
    name: 'RateProject',
    data: RateProjectData,
    streamId: (data) => ratingsStreamId(data.quarter),
    aggregate: quarterRatingsAggregate,
    related: (data) => [{ key: PROJECT_KEY, streamId: projectStreamId(data.projectId), aggregate: projectAggregate }],
    decide: decideRateProject(policy),
  };
}

/** RateProject under the default ratings policy. */
export const RateProject = rateProjectWith(DEFAULT_RATINGS_POLICY);

/** CorrectRating on `ratings-<quarter>` under `policy` (its grade scale). */
export function correctRatingWith(policy: RatingsPolicy): CommandSpec<CorrectRatingData, QuarterRatingsState> {
  return {
    name: 'CorrectRating',
    data: CorrectRatingData,
    streamId: (data) => ratingsStreamId(data.quarter),
    aggregate: quarterRatingsAggregate,
    decide: decideCorrectRating(policy),
  };
}

/** CorrectRating under the default ratings policy. */
export const CorrectRating = correctRatingWith(DEFAULT_RATINGS_POLICY);

/**
 * PublishRedBlackList on `ratings-<quarter>` under `policy`, consulting the lists of the
 * quarters before it that the policy's suspension window reaches.
 */
export function publishRedBlackListWith(
  policy: CreditPolicy,
): CommandSpec<PublishRedBlackListData, QuarterRatingsState, QuarterLists> {
  const window = (quarter: string) => previousQuarters(quarter, policy.tenderSuspension.withinQuarters - 1);
  return {
    name: 'PublishRedBlackList',
    data: PublishRedBlackListData,
    streamId: (data) => ratingsStreamId(data.quarter),
    aggregate: quarterRatingsAggregate,
    related: (data) => quarterStreams(window(data.quarter)),
    decide: (input, state, related) =>
      decidePublishRedBlackList(policy, window(input.data.quarter))(input, state, related),
  };
}

const awardLookback = (quarter: string) => previousQuarters(quarter, MAX_POLICY_QUARTERS);

/** The quarters whose lists can suspend an award dated `awardedAt` or recorded at `recordedAt`. */
const awardListQuarters = (awardedAt: string, recordedAt: string): string[] => {
  const recorded = quarterOf(recordedAt);
  const lag = Math.max(0, quarterIndex(recorded) - quarterIndex(quarterOf(awardedAt)));
  return previousQuarters(recorded, MAX_POLICY_QUARTERS + lag);
};

/**
 * RecordTenderAward on `project-<id>`, consulting the company and the lists of the
 * {@link MAX_POLICY_QUARTERS} quarters before the award's quarter and before the quarter of
 * its recording (every list whose suspension could still run then, whatever policy published it),
 * and the project's committee with the vote that elected it.
 */
export const RecordTenderAward: CommandSpec<RecordTenderAwardData, ProjectState, AwardContext> = {
  name: 'RecordTenderAward',
  data: RecordTenderAwardData,
  streamId: (data) => projectStreamId(data.projectId),
  aggregate: projectAggregate,
  related: (data, recordedAt) => [
    company(data.companyId),
    ...quarterStreams(awardListQuarters(data.awardedAt, recordedAt)),
    committeeReference(data.projectId, AWARDING_COMMITTEE),
  ],
  relatedThrough: (_data, related) => electingVoteReference(related, AWARDING_COMMITTEE),
  decide: decideRecordTenderAward(awardLookback),
};

/**
 * Every ratings command, with the red-black list published under `policy` (validated here)
 * and ratings held to `rules` (grade scale and rating window; the defaults when omitted).
 */
export function ratingsCommandsWith(
  policy: Partial<CreditPolicy> = DEFAULT_CREDIT_POLICY,
  rules: Partial<Omit<RatingsPolicy, 'credit'>> = {},
): AnyCommandSpec[] {
  return ratingsCommandsFor(makeRatingsPolicy({ ...rules, credit: makeCreditPolicy(policy) }));
}

/** Every ratings command under a whole ratings policy, such as a preset of `policy.ts`. */
export function ratingsCommandsFor(policy: RatingsPolicy): AnyCommandSpec[] {
  return [
    rateProjectWith(policy),
    correctRatingWith(policy),
    publishRedBlackListWith(policy.credit),
    RecordTenderAward,
  ];
}

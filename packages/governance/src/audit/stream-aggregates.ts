/**
 * Which aggregate folds which stream, so a stream's history can say what each event changed
 * in the state its rules decide on. Streams are named `<kind>-<id>` by each area's stream-id
 * function; the longest matching prefix wins (`old-community-` before `community-`).
 */
import type { Aggregate } from '../command.ts';
import { committeeAggregate } from '../committees/aggregate.ts';
import { committeeStreamId } from '../committees/events.ts';
import { complaintAggregate } from '../complaints/aggregate.ts';
import { complaintStreamId } from '../complaints/events.ts';
import { fundAggregate } from '../fund/aggregate.ts';
import { fundStreamId } from '../fund/events.ts';
import { meetingAggregate, meetingStreamId } from '../joint-meetings/aggregate.ts';
import { noticeAggregate, noticeStreamId } from '../notices/aggregate.ts';
import {
  areaAggregate,
  areaStreamId,
  oldCommunityAggregate,
  oldCommunityStreamId,
} from '../old-community-coverage/aggregate.ts';
import { partyCommitteeAggregate, partyCommitteeStreamId } from '../party-building/aggregate.ts';
import { demonstrationAggregate, demonstrationStreamId, pilotAggregate, pilotStreamId } from '../pilots/aggregate.ts';
import { publicIncomeAggregate } from '../public-income/aggregate.ts';
import { publicIncomeStreamId } from '../public-income/events.ts';
import { quarterRatingsAggregate, ratingsStreamId } from '../ratings/aggregate.ts';
import { companyAggregate, companyStreamId, projectAggregate, projectStreamId } from '../registry/aggregate.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { voteStreamId } from '../votes/events.ts';

// biome-ignore lint/suspicious/noExplicitAny: aggregates of different streams have different states
type AnyAggregate = Aggregate<any>;

/** Stream-id prefixes and their aggregates, longest prefix first. */
const BY_PREFIX: readonly (readonly [string, AnyAggregate])[] = (
  [
    [complaintStreamId(''), complaintAggregate],
    [voteStreamId(''), voteAggregate],
    [fundStreamId(''), fundAggregate],
    [committeeStreamId(''), committeeAggregate],
    [publicIncomeStreamId(''), publicIncomeAggregate],
    [companyStreamId(''), companyAggregate],
    [projectStreamId(''), projectAggregate],
    [ratingsStreamId(''), quarterRatingsAggregate],
    [areaStreamId(''), areaAggregate],
    [oldCommunityStreamId(''), oldCommunityAggregate],
    [partyCommitteeStreamId(''), partyCommitteeAggregate],
    [pilotStreamId(''), pilotAggregate],
    [demonstrationStreamId('', '').split('-')[0]! + '-', demonstrationAggregate],
    [meetingStreamId(''), meetingAggregate],
    [noticeStreamId(''), noticeAggregate],
  ] as const
)
  .map(([prefix, aggregate]) => [prefix, aggregate] as const)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The aggregate that folds `streamId`, or null for a stream no governance rule owns (e.g. a
 * personal-data erasure stream, or a raw appended stream).
 *
 * @example
 * aggregateOfStream('complaint-c-1') === complaintAggregate
 */
export function aggregateOfStream(streamId: string): AnyAggregate | null {
  for (const [prefix, aggregate] of BY_PREFIX) if (streamId.startsWith(prefix)) return aggregate;
  return null;
}

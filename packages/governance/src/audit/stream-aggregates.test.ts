import { describe, expect, it } from 'vitest';
import { complaintAggregate } from '../complaints/aggregate.ts';
import { oldCommunityAggregate } from '../old-community-coverage/aggregate.ts';
import { demonstrationAggregate, pilotAggregate } from '../pilots/aggregate.ts';
import { voteAggregate } from '../votes/aggregate.ts';
import { aggregateOfStream } from './stream-aggregates.ts';

describe('aggregateOfStream', () => {
  it('finds the aggregate of each kind of stream by its id', () => {
    expect(aggregateOfStream('complaint-c-1')).toBe(complaintAggregate);
    expect(aggregateOfStream('vote-v-1')).toBe(voteAggregate);
    expect(aggregateOfStream('old-community-oc-1')).toBe(oldCommunityAggregate);
    expect(aggregateOfStream('pilot-p-1')).toBe(pilotAggregate);
    expect(aggregateOfStream('demonstration-provincial-p-1')).toBe(demonstrationAggregate);
  });

  it('knows no aggregate for streams no governance rule owns', () => {
    expect(aggregateOfStream('personal-data-person-1')).toBeNull();
    expect(aggregateOfStream('raw-stream')).toBeNull();
  });
});

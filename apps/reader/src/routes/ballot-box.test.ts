import type { RecordedEvent } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { ballotBoxOf } from './ballot-box.ts';

function event(index: number, type: string, actor: string, data: Record<string, unknown>): RecordedEvent {
  return {
    index,
    type,
    schemaVersion: type === 'BallotCast' || type === 'VotingClosed' ? 2 : 1,
    data: { voteId: 'v-1', ...data },
    metadata: { actor: { id: actor, role: 'owner' } },
  } as unknown as RecordedEvent;
}

const ballots = [
  event(3, 'BallotCast', 'o-1', { ballotNumber: 1, commitment: 'c1' }),
  event(4, 'BallotCast', 'o-2', { ballotNumber: 1, commitment: 'c2' }),
  event(5, 'BallotCast', 'o-1', { ballotNumber: 2, commitment: 'c3' }),
];

describe('the public ballot box of a vote', () => {
  it('lists nothing of the ballots while voting runs', () => {
    expect(ballotBoxOf('v-1', [event(0, 'VoteProposed', 'c', {}), ...ballots])).toEqual({
      voteId: 'v-1',
      closed: false,
      closingIndex: null,
      ballots: [],
    });
  });

  it('once closed, marks each owner’s last ballot counted and an earlier one replaced, naming no owner', () => {
    const box = ballotBoxOf('v-1', [event(0, 'VoteProposed', 'c', {}), ...ballots, event(9, 'VotingClosed', 'c', {})]);
    expect(box).toEqual({
      voteId: 'v-1',
      closed: true,
      closingIndex: 9,
      ballots: [
        { index: 3, commitment: 'c1', counted: false },
        { index: 4, commitment: 'c2', counted: true },
        { index: 5, commitment: 'c3', counted: true },
      ],
    });
    expect(JSON.stringify(box)).not.toMatch(/o-1|o-2|ballotNumber/);
  });
});

import { describe, it } from 'vitest';
import { emitted, given } from '../test-support/scenario.ts';
import { CastBallot } from './commands.ts';
import { BallotCast } from './events.ts';
import {
  ballot,
  closedEvent,
  closesAt,
  developer,
  during,
  open,
  owner,
  proposed,
  registered,
} from './test-fixtures.ts';

describe('CastBallot', () => {
  it('records one ballot covering all the units of an owner of several units', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: during })
      .thenEvents(
        emitted(BallotCast, {
          voteId: 'v1',
          ownerId: 'person-1',
          choice: 'approve',
          previousChoice: null,
          areaM2Hundredths: 20_000,
          unitCount: 2,
        }),
      );
  });

  it('records a changed ballot as replacing the previous one', () => {
    given(...open, ballot(2, 'reject'))
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(2), occurredAt: during })
      .thenEvents(
        emitted(BallotCast, {
          voteId: 'v1',
          ownerId: 'person-2',
          choice: 'approve',
          previousChoice: 'reject',
          areaM2Hundredths: 10_000,
          unitCount: 1,
        }),
      );
  });

  it('lets the developer cast one ballot for all its unsold units', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'abstain' }, actor: developer, occurredAt: during })
      .thenEvents(
        emitted(BallotCast, {
          voteId: 'v1',
          ownerId: 'dev-huaxia',
          choice: 'abstain',
          previousChoice: null,
          areaM2Hundredths: 20_000,
          unitCount: 2,
        }),
      );
  });

  it('refuses a ballot from someone who owns no registered unit', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(99), occurredAt: during })
      .thenError('NotARegisteredOwner');
  });

  it('refuses the developer’s ballot cast in the role of an individual owner', () => {
    given(...open)
      .when(CastBallot, {
        data: { voteId: 'v1', choice: 'approve' },
        actor: { id: 'dev-huaxia', role: 'owner' },
        occurredAt: during,
      })
      .thenError('NotARegisteredOwner', 'votes as developer');
  });

  it('refuses a ballot before voting opened', () => {
    given(proposed, registered)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: during })
      .thenError('VoteStatusForbids', 'while it is proposed');
  });

  it('rejects a ballot cast at or after the closing time', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: closesAt })
      .thenError('VotingAlreadyClosed');
  });

  it('rejects a ballot cast after voting closed', () => {
    given(...open, closedEvent([0, 0], [0, 0]))
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: during })
      .thenError('VotingAlreadyClosed');
  });
});

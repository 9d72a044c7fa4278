import { describe, it } from 'vitest';
import { given } from '../test-support/scenario.ts';
import { CastBallot, CloseVoting, OpenVoting } from './commands.ts';
import { blindingOf, closesAt, committee, during, open, owner, proposed, registered } from './test-fixtures.ts';

const anHourAfterClosing = '2024-05-10T01:00:00Z';

describe('the voting window holds against the ledger’s recording time', () => {
  it('refuses a ballot recorded after closing even when it is dated before closing (VotingAlreadyClosed)', () => {
    given(...open)
      .when(CastBallot, {
        data: { voteId: 'v1', choice: 'approve', blinding: blindingOf(1) },
        actor: owner(1),
        occurredAt: during,
        recordedAt: anHourAfterClosing,
      })
      .thenError('VotingAlreadyClosed');
  });

  it('refuses to close voting recorded before the closing time even when dated after it (VotingPeriodNotOver)', () => {
    given(...open)
      .when(CloseVoting, {
        data: { voteId: 'v1' },
        actor: committee,
        occurredAt: anHourAfterClosing,
        recordedAt: during,
      })
      .thenError('VotingPeriodNotOver');
  });

  it('refuses to open voting that closes before the ledger records the opening (ClosingNotAfterOpening)', () => {
    given(proposed, registered)
      .when(OpenVoting, {
        data: { voteId: 'v1', closesAt, electorate: [] },
        actor: committee,
        occurredAt: during,
        recordedAt: anHourAfterClosing,
      })
      .thenError('ClosingNotAfterOpening');
  });
});

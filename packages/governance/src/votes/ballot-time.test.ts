import { describe, it } from 'vitest';
import { given } from '../test-support/scenario.ts';
import { CastBallot, CloseVoting, OpenVoting } from './commands.ts';
import { blindingOf, closesAt, committee, during, open, owner, proposed, registered } from './test-fixtures.ts';

const anHourAfterClosing = '2024-05-10T01:00:00Z';

describe('the voting window holds against the ledger’s recording time', () => {
  it('refuses a ballot recorded after closing even when it is dated before closing (VotingAlreadyClosed)', async () => {
    await given(...open)
      .when(CastBallot, {
        data: { voteId: 'v1', choice: 'approve', blinding: blindingOf(1) },
        actor: owner(1),
        occurredAt: during,
        recordedAt: anHourAfterClosing,
      })
      .thenError('VotingAlreadyClosed');
  });

  it('refuses a ballot recorded in the window but dated before the vote opened (BallotDatedBeforeOpening)', async () => {
    await given(...open)
      .when(CastBallot, {
        data: { voteId: 'v1', choice: 'approve', blinding: blindingOf(1) },
        actor: owner(1),
        occurredAt: '2024-04-30T23:30:00Z',
        recordedAt: during,
      })
      .thenError('BallotDatedBeforeOpening', '2024-05-01T00:00:00Z');
    await given(...open)
      .when(CastBallot, {
        data: { voteId: 'v1', choice: 'approve', blinding: blindingOf(1) },
        actor: owner(1),
        occurredAt: '2024-05-01T00:00:00Z',
        recordedAt: during,
      })
      .thenAccepted();
  });

  it('refuses to close voting recorded before the closing time (VotingPeriodNotOver)', async () => {
    await given(...open)
      .when(CloseVoting, {
        data: { voteId: 'v1' },
        actor: committee,
        occurredAt: during,
        recordedAt: during,
      })
      .thenError('VotingPeriodNotOver');
  });

  it('refuses to open voting that closes before the ledger records the opening (ClosingNotAfterOpening)', async () => {
    await given(proposed, registered)
      .when(OpenVoting, {
        data: { voteId: 'v1', closesAt, electorate: [] },
        actor: committee,
        occurredAt: during,
        recordedAt: anHourAfterClosing,
      })
      .thenError('ClosingNotAfterOpening');
  });
});

import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { emitted, given } from '../test-support/scenario.ts';
import { CastBallot } from './commands.ts';
import { voteAggregate } from './aggregate.ts';
import { castBallot } from './decide.ts';
import { BallotCastV2, BallotCastV3, voteEvents, voteStreamId } from './events.ts';
import { TestLedger } from '../test-support/test-ledger.ts';
import { ballotCommitment } from './ballot-commitment.ts';
import {
  ballot,
  blindingOf,
  closedEvent,
  closesAt,
  developer,
  during,
  open,
  owner,
  proposed,
  pseudonymousBallot,
  pseudonymousBallotData,
  registered,
  sealedBallot,
  sealedBallotData,
} from './test-fixtures.ts';

const cast = (choice: 'approve' | 'reject' | 'abstain', n: number, k = 1) => ({
  voteId: 'v1',
  choice,
  blinding: blindingOf(n, k),
});

describe('CastBallot', () => {
  it('records one sealed ballot covering all the units of an owner of several units, under the owner’s per-vote pseudonym', async () => {
    await given(...open)
      .when(CastBallot, { data: cast('approve', 1), actor: owner(1), occurredAt: during })
      .thenEvents(emitted(BallotCastV3, pseudonymousBallotData(1, 'approve')));
  });

  it('numbers a changed ballot by the same pseudonym, so the later one replaces the earlier', async () => {
    await given(...open, pseudonymousBallot(2, 'reject'))
      .when(CastBallot, { data: cast('approve', 2, 2), actor: owner(2), occurredAt: during })
      .thenEvents(emitted(BallotCastV3, pseudonymousBallotData(2, 'approve', 2)));
  });

  it('gives another owner a first ballot under another pseudonym', async () => {
    await given(...open, pseudonymousBallot(2, 'reject'))
      .when(CastBallot, { data: cast('approve', 3), actor: owner(3), occurredAt: during })
      .thenEvents(emitted(BallotCastV3, pseudonymousBallotData(3, 'approve')));
  });

  it('keeps recording named sealed ballots (schema 2) in a vote that already holds one', async () => {
    await given(...open, sealedBallot(2, 'reject'))
      .when(CastBallot, { data: cast('approve', 3), actor: owner(3), occurredAt: during })
      .thenEvents(emitted(BallotCastV2, sealedBallotData(3, 'approve')));
  });

  it('refuses a ballot the executor gave no pseudonym (no ballot box key at hand)', async () => {
    // given: an open vote
    const ledger = new TestLedger(voteEvents);
    for (const e of open) await ledger.record(e.streamId, e.event, e.act);
    const state = ledger.state(voteStreamId('v1'), voteAggregate);
    // when: a registered owner's ballot reaches the rule without a pseudonym
    const decided = castBallot(
      { data: cast('approve', 2), actor: owner(2), occurredAt: during, recordedAt: during },
      state,
    );
    // then: it is refused, nothing is recorded under the owner's id
    expect(isLeft(decided) && decided.left._tag).toBe('PseudonymRequired');
  });

  it('records a changed ballot as the owner’s next ballot number, without saying what it replaced', async () => {
    await given(...open, sealedBallot(2, 'reject'))
      .when(CastBallot, { data: cast('approve', 2, 2), actor: owner(2), occurredAt: during })
      .thenEvents(emitted(BallotCastV2, sealedBallotData(2, 'approve', 2)));
  });

  it('numbers a sealed ballot after an owner’s plain ballot of an older ledger', async () => {
    await given(...open, ballot(2, 'reject'))
      .when(CastBallot, { data: cast('approve', 2, 2), actor: owner(2), occurredAt: during })
      .thenEvents(emitted(BallotCastV2, sealedBallotData(2, 'approve', 2)));
  });

  it('lets the developer cast one sealed ballot for all its unsold units', async () => {
    const blinding = blindingOf(7);
    await given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'abstain', blinding }, actor: developer, occurredAt: during })
      .thenEvents(
        emitted(BallotCastV3, {
          voteId: 'v1',
          ballotBox: 'ballots-v1',
          ballotNumber: 1,
          commitment: ballotCommitment('abstain', 20_000, blinding),
          sealed: { ownerId: 'dev-huaxia', choice: 'abstain', blinding, areaM2Hundredths: 20_000, unitCount: 2 },
        }),
      );
  });

  it('refuses a ballot from someone who owns no registered unit', async () => {
    await given(...open)
      .when(CastBallot, { data: cast('approve', 99), actor: owner(99), occurredAt: during })
      .thenError('NotARegisteredOwner');
  });

  it('refuses the developer’s ballot cast in the role of an individual owner', async () => {
    await given(...open)
      .when(CastBallot, {
        data: cast('approve', 7),
        actor: { id: 'dev-huaxia', role: 'owner' },
        occurredAt: during,
      })
      .thenError('NotARegisteredOwner', 'votes as developer');
  });

  it('refuses a ballot before voting opened', async () => {
    await given(proposed, registered)
      .when(CastBallot, { data: cast('approve', 1), actor: owner(1), occurredAt: during })
      .thenError('VoteStatusForbids', 'while it is proposed');
  });

  it('rejects a ballot cast at or after the closing time', async () => {
    await given(...open)
      .when(CastBallot, { data: cast('approve', 1), actor: owner(1), occurredAt: closesAt })
      .thenError('VotingAlreadyClosed');
  });

  it('rejects a ballot cast after voting closed', async () => {
    await given(...open, closedEvent([0, 0], [0, 0]))
      .when(CastBallot, { data: cast('approve', 1), actor: owner(1), occurredAt: during })
      .thenError('VotingAlreadyClosed');
  });

  it('rejects a ballot whose blinding is not 64 lowercase hex characters', async () => {
    await given(...open)
      .when(CastBallot, {
        data: { voteId: 'v1', choice: 'approve', blinding: 'abc' },
        actor: owner(1),
        occurredAt: during,
      })
      .thenError('DecodeError', 'blinding');
  });
});

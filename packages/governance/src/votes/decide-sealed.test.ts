import { describe, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import { sumBlindings } from './ballot-commitment.ts';
import { CloseVoting, RecordInspection } from './commands.ts';
import { BallotsInspected, VotingClosedV2 } from './events.ts';
import {
  after,
  ballot,
  blindingOf,
  closedEvent,
  committee,
  during,
  open,
  sealedBallot,
  stream,
  street,
  tallyOf,
} from './test-fixtures.ts';

const none = { areaM2Hundredths: 0, owners: 0 };
/** Owner 1 first rejects then approves (200 m²), owner 2 rejects (100 m²). */
const cast = [sealedBallot(1, 'reject', 1), sealedBallot(1, 'approve', 2), sealedBallot(2, 'reject', 1)];
const committed = {
  approve: { areaM2Hundredths: 20_000, owners: 1 },
  reject: { areaM2Hundredths: 10_000, owners: 1 },
  abstain: none,
};
const countBlinding = sumBlindings([blindingOf(1, 2), blindingOf(2, 1)]);
const closedSealed = event(
  stream,
  VotingClosedV2,
  { voteId: 'v1', tally: tallyOf([20_000, 1], [10_000, 1]), committed, blinding: countBlinding, sealedBallots: 2 },
  { actor: committee, occurredAt: after },
);
const inspection = {
  voteId: 'v1',
  reason: 'owner objection to the count',
  objectionRef: 'objection-2024-017',
  openedBallots: 3,
  agrees: true,
  disagreeingLeafIndices: [],
};

describe('CloseVoting with sealed ballots', () => {
  it('records the committed count when the counted ballots’ commitments add up to it', async () => {
    await given(...open, ...cast)
      .when(CloseVoting, {
        data: { voteId: 'v1', count: { committed, blinding: countBlinding } },
        actor: committee,
        occurredAt: after,
      })
      .thenEvents(
        emitted(VotingClosedV2, {
          voteId: 'v1',
          tally: tallyOf([20_000, 1], [10_000, 1]),
          committed,
          blinding: countBlinding,
          sealedBallots: 2,
        }),
      );
  });

  it('adds the plain ballots of an older ledger to the committed count', async () => {
    await given(...open, ballot(3, 'approve'), ...cast)
      .when(CloseVoting, {
        data: { voteId: 'v1', count: { committed, blinding: countBlinding } },
        actor: committee,
        occurredAt: after,
      })
      .thenEvents(
        emitted(VotingClosedV2, {
          voteId: 'v1',
          tally: tallyOf([30_000, 2], [10_000, 1]),
          committed,
          blinding: countBlinding,
          sealedBallots: 2,
        }),
      );
  });

  it('refuses to close without a count when ballots are sealed', async () => {
    await given(...open, ...cast)
      .when(CloseVoting, { data: { voteId: 'v1' }, actor: committee, occurredAt: after })
      .thenError('CountRequired', '2 sealed ballots');
  });

  it('refuses a count that moves weight from one choice to another', async () => {
    const moved = { ...committed, approve: { areaM2Hundredths: 30_000, owners: 2 }, reject: none };
    await given(...open, ...cast)
      .when(CloseVoting, {
        data: { voteId: 'v1', count: { committed: moved, blinding: countBlinding } },
        actor: committee,
        occurredAt: after,
      })
      .thenError('CountDoesNotOpen', 'do not add up');
  });

  it('refuses a count that includes a replaced ballot', async () => {
    const withReplaced = sumBlindings([blindingOf(1, 1), blindingOf(1, 2), blindingOf(2, 1)]);
    await given(...open, ...cast)
      .when(CloseVoting, {
        data: { voteId: 'v1', count: { committed, blinding: withReplaced } },
        actor: committee,
        occurredAt: after,
      })
      .thenError('CountDoesNotOpen');
  });

  it('refuses a count of more owners than cast sealed ballots', async () => {
    const extra = { ...committed, abstain: { areaM2Hundredths: 10_000, owners: 1 } };
    await given(...open, ...cast)
      .when(CloseVoting, {
        data: { voteId: 'v1', count: { committed: extra, blinding: countBlinding } },
        actor: committee,
        occurredAt: after,
      })
      .thenError('CountDoesNotOpen', '3 owners counted, but 2');
  });
});

describe('RecordInspection', () => {
  it('records who inspected a closed vote’s sealed ballots, why, and what the recount found', async () => {
    await given(...open, ...cast, closedSealed)
      .when(RecordInspection, { data: inspection, actor: street, occurredAt: after })
      .thenEvents(emitted(BallotsInspected, inspection));
  });

  it('refuses an inspection while voting is open', async () => {
    await given(...open, ...cast)
      .when(RecordInspection, { data: inspection, actor: street, occurredAt: during })
      .thenError('VoteStatusForbids');
  });

  it('refuses an inspection by the owners’ committee, which ran the count', async () => {
    await given(...open, ...cast, closedSealed)
      .when(RecordInspection, { data: inspection, actor: committee, occurredAt: after })
      .thenError('Forbidden');
  });

  it('refuses to inspect a vote whose ballots are plain', async () => {
    await given(...open, ballot(2, 'reject'), closedEvent([0, 0], [10_000, 1]))
      .when(RecordInspection, { data: inspection, actor: street, occurredAt: after })
      .thenError('NoSealedBallots');
  });
});

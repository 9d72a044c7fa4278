import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { type VoteState, voteAggregate } from './aggregate.ts';
import { whyBallotBoxKeyMustStay } from './ballot-box-lifecycle.ts';
import { voteEvents, voteStreamId } from './events.ts';
import { DEFAULT_VOTE_PROCEDURE } from './policy.ts';
import { after, closedEvent, open } from './test-fixtures.ts';

async function stateOf(history: typeof open): Promise<VoteState> {
  const ledger = new TestLedger(voteEvents);
  for (const e of history) await ledger.record(e.streamId, e.event, e.act);
  return ledger.state(voteStreamId('v1'), voteAggregate);
}

/** A closed vote held to the default procedure (7 days of objections from `after`). */
const closedUnderProcedure = async (objections: Record<string, boolean> = {}): Promise<VoteState> => ({
  ...(await stateOf([...open, closedEvent([10_000, 1], [0, 0])])),
  procedure: { ...DEFAULT_VOTE_PROCEDURE },
  objections,
});

describe('the life of a vote’s inspection key', () => {
  it('keeps the key while voting is open, because the ballots must still be counted with it', async () => {
    // given an open vote; when asked whether its key may go; then no
    expect(whyBallotBoxKeyMustStay(await stateOf(open), after)).toContain('has not closed');
  });

  it('keeps the key while the objection period runs, by the ledger’s time', async () => {
    expect(whyBallotBoxKeyMustStay(await closedUnderProcedure(), '2024-05-12T00:00:00Z')).toContain(
      'objection period of vote v1 runs until 2024-05-17',
    );
  });

  it('keeps the key while an objection has no inspection yet, even after the period', async () => {
    expect(whyBallotBoxKeyMustStay(await closedUnderProcedure({ 'obj-1': false }), '2024-06-01T00:00:00Z')).toContain(
      'objection obj-1',
    );
  });

  it('lets the key go once the period is over and every objection was answered', async () => {
    expect(whyBallotBoxKeyMustStay(await closedUnderProcedure({ 'obj-1': true }), '2024-06-01T00:00:00Z')).toBeNull();
  });

  it('lets the key of a vote closed before the procedure (no objection period) go at once', async () => {
    expect(whyBallotBoxKeyMustStay(await stateOf([...open, closedEvent([10_000, 1], [0, 0])]), after)).toBeNull();
  });
});

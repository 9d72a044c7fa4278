import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { voteEvents, voteStreamId } from './events.ts';
import { auditVotesFromExport } from './public-tally.ts';
import { ballot, open, pseudonymousBallot, sealedBallot } from './test-fixtures.ts';

async function auditOf(history: typeof open) {
  const ledger = new TestLedger(voteEvents);
  for (const e of history) await ledger.record(e.streamId, e.event, e.act);
  return auditVotesFromExport(ledger.stream(voteStreamId('v1')))[0];
}

describe('the public recount marks who a vote’s ballot leaves name', () => {
  it('marks a vote whose ballots carry per-vote pseudonyms as pseudonymous', async () => {
    // given pseudonymous ballots; when recounted from the export; then
    expect(await auditOf([...open, pseudonymousBallot(1, 'approve'), pseudonymousBallot(2, 'reject')])).toMatchObject({
      secrecy: 'sealed',
      participation: 'pseudonymous',
    });
  });

  it('marks the named ballots of an older ledger (owner as actor) as named, sealed or plain', async () => {
    expect(await auditOf([...open, sealedBallot(1, 'approve')])).toMatchObject({
      secrecy: 'sealed',
      participation: 'named',
    });
    expect(await auditOf([...open, ballot(2, 'reject')])).toMatchObject({ secrecy: 'plain', participation: 'named' });
  });

  it('marks a vote holding both as mixed, and a vote without ballots as none', async () => {
    expect(await auditOf([...open, sealedBallot(1, 'approve'), pseudonymousBallot(2, 'reject')])).toMatchObject({
      participation: 'mixed',
    });
    expect(await auditOf(open)).toMatchObject({ participation: 'none' });
  });
});

import { votes } from '@govledger/governance';
import { describe, expect, it } from 'vitest';
import { ballotCommitment, commitmentsOpenTo } from './commitment.ts';

const BLINDINGS = ['1'.repeat(64), 'ab'.repeat(32), 'f'.repeat(64)];

describe('ballot commitments recomputed in the browser', () => {
  it('are the commitments the ledger records, for every choice', () => {
    for (const choice of ['approve', 'reject', 'abstain'] as const)
      for (const blinding of BLINDINGS)
        expect(ballotCommitment(choice, 8950, blinding)).toBe(votes.ballotCommitment(choice, 8950, blinding));
  });

  it('open a sum of ballots to its per-choice totals and to nothing else', () => {
    const commitments = [
      ballotCommitment('approve', 100, BLINDINGS[0]!),
      ballotCommitment('reject', 250, BLINDINGS[1]!),
    ];
    const blinding = votes.sumBlindings([BLINDINGS[0]!, BLINDINGS[1]!]);
    const totals = {
      approve: { areaM2Hundredths: 100, owners: 1 },
      reject: { areaM2Hundredths: 250, owners: 1 },
      abstain: { areaM2Hundredths: 0, owners: 0 },
    };
    expect(commitmentsOpenTo(commitments, totals, blinding)).toBe(true);
    expect(commitmentsOpenTo(commitments, { ...totals, reject: { areaM2Hundredths: 251, owners: 1 } }, blinding)).toBe(
      false,
    );
    expect(commitmentsOpenTo(['not a point'], totals, blinding)).toBe(false);
  });
});

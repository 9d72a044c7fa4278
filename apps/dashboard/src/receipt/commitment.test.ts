import { describe, expect, it } from 'vitest';
import { ballotCommitment, commitmentsOpenTo } from './commitment.ts';

const BLINDINGS = ['1'.repeat(64), 'ab'.repeat(32), 'f'.repeat(64)];

/**
 * Commitments the ledger records for a ballot of 8,950 hundredths of m² under each choice and
 * blinding, as governance's `votes.ballotCommitment` makes them (the page imports nothing of
 * ours, so its arithmetic is checked against these).
 */
const RECORDED: Record<string, readonly string[]> = {
  approve: [
    'c25c53d1a6d5163090f363f0bfb056526900b80a254d948082ad710b6efba413',
    'e414762e7de4aa87177c3cedb5b543cce83578524a531aafb5dcbdf552530457',
    '3679e8d14ca12fbefd61f9c3c4f2c9797cc330038cdc0fbb39051bcedfd18114',
  ],
  reject: [
    '7e9426b3cd3dac95139de3e7c82d909a099b40ad2516ebe8e3af2fd4343f851e',
    '9ed75d734a9bccaf37488deb5b86d115cd06168651dbe9666a4c12c9635ebf6d',
    '1cc9809e43bddeeee8621d64b55befb99d04f9c8042685f39799330cababc852',
  ],
  abstain: [
    'a8c7969d7326c472535b99dea9b6df71fc75990261bed804957301d143f65f4c',
    '2618c0fe943210b55d5e06588e7ae039d920c281d2fd890597e002273f3d7029',
    'cc4807ac97da8e01321e8ac70f6e5b991112bc586dfe1bc2988fb4cbc56bff5d',
  ],
};

/** The sum of the first two blindings modulo the group order, as a closing event publishes it. */
const SUMMED_BLINDING = '0cbcbcbcbcbcbcbcbcbcbcbcbcbcbcbbd728002bbc18ff86f3f27a9abe2ca18d';

describe('ballot commitments recomputed in the browser', () => {
  it('are the commitments the ledger records, for every choice', () => {
    for (const choice of ['approve', 'reject', 'abstain'] as const)
      BLINDINGS.forEach((blinding, i) => {
        expect(ballotCommitment(choice, 8950, blinding)).toBe(RECORDED[choice]![i]);
      });
  });

  it('open a sum of ballots to its per-choice totals and to nothing else', () => {
    const commitments = [RECORDED.approve![0]!, RECORDED.reject![1]!];
    const totals = {
      approve: { areaM2Hundredths: 8950, owners: 1 },
      reject: { areaM2Hundredths: 8950, owners: 1 },
      abstain: { areaM2Hundredths: 0, owners: 0 },
    };
    expect(commitmentsOpenTo(commitments, totals, SUMMED_BLINDING)).toBe(true);
    expect(
      commitmentsOpenTo(commitments, { ...totals, reject: { areaM2Hundredths: 8951, owners: 1 } }, SUMMED_BLINDING),
    ).toBe(false);
    expect(commitmentsOpenTo(['not a point'], totals, SUMMED_BLINDING)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ballotCommitment, ballotWeights, commitmentsOpenTo, packWeights, sumBlindings } from './ballot-commitment.ts';
import type { Choice } from './events.ts';

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const choiceArb = fc.constantFrom<Choice>('approve', 'reject', 'abstain');
const ballotArb = fc.record({ choice: choiceArb, area: fc.integer({ min: 1, max: 5_000_000 }), blinding: hex64 });

function totals(ballots: readonly { choice: Choice; area: number }[]) {
  const w = {
    approve: { areaM2Hundredths: 0, owners: 0 },
    reject: { areaM2Hundredths: 0, owners: 0 },
    abstain: { areaM2Hundredths: 0, owners: 0 },
  };
  for (const b of ballots) {
    w[b.choice].areaM2Hundredths += b.area;
    w[b.choice].owners++;
  }
  return w;
}

describe('ballot commitments', () => {
  it('add up to a commitment to the per-choice totals under the summed blindings', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { maxLength: 12 }), (ballots) => {
        const commitments = ballots.map((b) => ballotCommitment(b.choice, b.area, b.blinding));
        expect(commitmentsOpenTo(commitments, totals(ballots), sumBlindings(ballots.map((b) => b.blinding)))).toBe(
          true,
        );
      }),
      { numRuns: 30 },
    );
  });

  it('do not open to totals with one ballot’s weight moved to another choice', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { minLength: 1, maxLength: 8 }), (ballots) => {
        const [first, ...rest] = ballots;
        const moved = { ...first!, choice: first!.choice === 'approve' ? ('reject' as const) : ('approve' as const) };
        const commitments = ballots.map((b) => ballotCommitment(b.choice, b.area, b.blinding));
        const blinding = sumBlindings(ballots.map((b) => b.blinding));
        expect(commitmentsOpenTo(commitments, totals([moved, ...rest]), blinding)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('hide the choice: the same choice and weight under two blindings give unrelated commitments', () => {
    const a = ballotCommitment('approve', 8950, '01'.repeat(32));
    const b = ballotCommitment('approve', 8950, '02'.repeat(32));
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pack each choice’s area and heads in their own slots', () => {
    expect(packWeights(ballotWeights('approve', 5))).toBe(5n + (1n << 120n));
    expect(packWeights(ballotWeights('abstain', 5))).toBe((5n << 80n) + (1n << 200n));
  });

  it('refuse a commitment that is not a group element', () => {
    expect(commitmentsOpenTo(['ff'.repeat(32)], totals([]), '00'.repeat(32))).toBe(false);
  });
});

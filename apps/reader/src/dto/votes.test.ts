import type { RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import { describe, expect, it } from 'vitest';
import { voteDto } from './votes.ts';

const committee = { id: 'oc-yuesheng', role: 'owners-committee' };
const at = (day: number) => `2024-05-0${day}T00:00:00Z`;

/** Vote `v1` folded from recorded events: proposed, opened, then the ballots given. */
function resultOf(ballots: readonly { schemaVersion: 2 | 3; n: number; area: number }[]): votes.VoteResult {
  const events: Omit<RecordedEvent, 'index' | 'streamVersion' | 'eventId'>[] = [
    {
      streamId: 'vote-v1',
      type: 'VoteProposed',
      schemaVersion: 1,
      data: { voteId: 'v1', communityId: 'yuesheng', matter: 4, title: 'Dismiss the property company' },
      metadata: { actor: committee, occurredAt: at(1), recordedAt: at(1) },
    },
    {
      streamId: 'vote-v1',
      type: 'VotingOpened',
      schemaVersion: 1,
      data: { voteId: 'v1', closesAt: at(9), unitCount: 3, totalAreaM2Hundredths: 30_000, totalOwners: 3 },
      metadata: { actor: committee, occurredAt: at(2), recordedAt: at(2) },
    },
    ...ballots.map(({ schemaVersion, n, area }) => {
      const blinding = String(n).padStart(64, '0');
      const sealed = { ownerId: `person-${n}`, choice: 'approve', blinding };
      const commitment = votes.ballotCommitment('approve', area, blinding);
      return {
        streamId: 'vote-v1',
        type: 'BallotCast',
        schemaVersion,
        data:
          schemaVersion === 2
            ? {
                voteId: 'v1',
                ballotBox: 'ballots-v1',
                areaM2Hundredths: area,
                unitCount: 1,
                ballotNumber: 1,
                commitment,
                sealed,
              }
            : {
                voteId: 'v1',
                ballotBox: 'ballots-v1',
                ballotNumber: 1,
                commitment,
                sealed: { ...sealed, areaM2Hundredths: area, unitCount: 1 },
              },
        metadata: {
          actor: schemaVersion === 2 ? { id: `person-${n}`, role: 'owner' } : { id: `voter-${n}`, role: 'voter' },
          occurredAt: at(3),
          recordedAt: at(3),
        },
      };
    }),
  ];
  let state = votes.voteResults.init();
  events.forEach((e, index) => {
    state = votes.voteResults.evolve(state, { ...e, index, streamVersion: index, eventId: `e-${index}` });
  });
  return state.votes.v1!;
}

describe('a vote as served while voting is open', () => {
  it('serves the participating area of named sealed ballots (schema 2), whose weights are public', () => {
    const dto = voteDto(
      resultOf([
        { schemaVersion: 2, n: 1, area: 12_000 },
        { schemaVersion: 2, n: 2, area: 9_000 },
      ]),
    );
    expect(dto.participating).toEqual({ areaM2Hundredths: 21_000, owners: 2, areaWithheld: null });
    expect(dto.choices).toBeNull();
  });

  it('serves no participating area for pseudonymous ballots (schema 3), saying why', () => {
    const dto = voteDto(
      resultOf([
        { schemaVersion: 3, n: 1, area: 12_000 },
        { schemaVersion: 3, n: 2, area: 9_000 },
      ]),
    );
    expect(dto.participating).toEqual({ areaM2Hundredths: null, owners: 2, areaWithheld: 'sealed-until-closing' });
  });

  it('serves an area of 0 before anyone voted, with nothing withheld', () => {
    expect(voteDto(resultOf([])).participating).toEqual({ areaM2Hundredths: 0, owners: 0, areaWithheld: null });
  });
});

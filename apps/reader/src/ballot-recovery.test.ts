/**
 * The ballot-recovery attack, with public answers only (no token): the electorates of the
 * vote streams (owner ids, units, areas), the metadata of every withheld ballot (index,
 * stream version, event id, times, actor role), the leaf hash of each from the public
 * inclusion proof, and the public tallies. The attacker rebuilds every candidate leaf it can
 * (each owner × choice × previous choice for a plain ballot; each owner × choice × ballot
 * number with every blinding it could know for a sealed one) and compares hashes; for an open
 * vote it also tries to read choices off the public commitments. It must recover nothing. A
 * control runs the same attacker on a plain ballot, so the test fails if the attacker is blind.
 */
import { type Actor, canonicalLeaf, leafHash, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from './test-support/test-reader.ts';

interface PublicEvent {
  index: number;
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: { id: string | null; role: string };
  data: Record<string, unknown> | null;
}

interface Owner {
  readonly ownerId: string;
  readonly role: string;
  areaM2Hundredths: number;
  unitCount: number;
}

const CHOICES = ['approve', 'reject', 'abstain'] as const;
/** Every blinding a visitor could know: none is public, so the attacker tries the obvious ones. */
const GUESSED_BLINDINGS = ['0'.repeat(64), '0'.repeat(63) + '1', 'f'.repeat(64)];

function hashOf(event: Omit<RecordedEvent, 'index'>): string {
  return Buffer.from(leafHash(canonicalLeaf(event))).toString('base64');
}

/** Every leaf a visitor can build for a withheld ballot, each with the (owner, choice) it would reveal. */
function* candidates(ballot: PublicEvent, voteId: string, owners: readonly Owner[]) {
  for (const owner of owners.filter((o) => o.role === ballot.actor.role)) {
    const actor: Actor = { id: owner.ownerId, role: owner.role };
    const metadata = { actor, occurredAt: ballot.occurredAt, recordedAt: ballot.recordedAt };
    const base = {
      streamId: ballot.streamId,
      streamVersion: ballot.streamVersion,
      eventId: ballot.eventId,
      type: 'BallotCast',
      metadata,
    };
    for (const choice of CHOICES) {
      for (const previousChoice of [null, ...CHOICES]) {
        const data = {
          voteId,
          ownerId: owner.ownerId,
          choice,
          previousChoice,
          areaM2Hundredths: owner.areaM2Hundredths,
          unitCount: owner.unitCount,
        };
        yield { hash: hashOf({ ...base, schemaVersion: 1, data }), ownerId: owner.ownerId, choice };
      }
      for (const ballotNumber of [1, 2, 3]) {
        for (const blinding of GUESSED_BLINDINGS) {
          const commitment = votes.ballotCommitment(choice, owner.areaM2Hundredths, blinding);
          const data = {
            voteId,
            ballotBox: votes.ballotBoxSubject(voteId),
            areaM2Hundredths: owner.areaM2Hundredths,
            unitCount: owner.unitCount,
            ballotNumber,
            commitment,
            sealed: { ownerId: owner.ownerId, choice, blinding },
          };
          yield { hash: hashOf({ ...base, schemaVersion: 2, data }), ownerId: owner.ownerId, choice };
        }
      }
    }
  }
}

function recover(ballot: PublicEvent, leafHashB64: string, voteId: string, owners: readonly Owner[]) {
  for (const c of candidates(ballot, voteId, owners)) if (c.hash === leafHashB64) return c;
  return null;
}

async function publicEvents(reader: TestReader, streamId: string): Promise<PublicEvent[]> {
  const response = await get(reader.app, `/v1/streams/${streamId}/events?limit=100`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { events: PublicEvent[] }).events;
}

function electorateOf(events: readonly PublicEvent[]): Owner[] {
  const owners = new Map<string, Owner>();
  for (const e of events.filter((x) => x.type === 'ElectorateRegistered')) {
    for (const u of (e.data as { units: { ownerId: string; ownerKind: string; areaM2Hundredths: number }[] }).units) {
      const owner = owners.get(u.ownerId) ?? {
        ownerId: u.ownerId,
        role: u.ownerKind === 'developer-unsold' ? 'developer' : 'owner',
        areaM2Hundredths: 0,
        unitCount: 0,
      };
      owner.areaM2Hundredths += u.areaM2Hundredths;
      owner.unitCount++;
      owners.set(u.ownerId, owner);
    }
  }
  return [...owners.values()];
}

describe('the ballot-recovery attack on public answers', () => {
  let reader: TestReader;
  const recovered: string[] = [];
  let attacked = 0;

  beforeAll(async () => {
    reader = await testReader();
    for (const voteId of ['v-1', 'v-2', 'v-3']) {
      const events = await publicEvents(reader, `vote-${voteId}`);
      const owners = electorateOf(events);
      for (const ballot of events.filter((e) => e.type === 'BallotCast')) {
        attacked++;
        const proof = (await get(reader.app, `/v1/ledger/proofs/inclusion?index=${ballot.index}`)).json() as {
          leafHash: string;
        };
        const found = recover(ballot, proof.leafHash, voteId, owners);
        if (found) recovered.push(`${voteId}: ${found.ownerId} ${found.choice}`);
      }
    }
  });

  it('withholds every ballot’s data and actor from the public', async () => {
    const events = await publicEvents(reader, 'vote-v-1');
    const ballots = events.filter((e) => e.type === 'BallotCast');
    expect(ballots.length).toBe(3);
    for (const b of ballots) expect([b.data, b.actor.id]).toEqual([null, null]);
  });

  it('recovers no ballot of the ledger by guessing leaves', () => {
    expect(attacked).toBe(7);
    expect(recovered).toEqual([]);
  });

  it('recovers no running tally of an open vote', async () => {
    const { vote } = (await get(reader.app, '/v1/votes/v-2')).json() as {
      vote: { status: string; choices: unknown; participating: { owners: number }; ballotSecrecy: string };
    };
    expect(vote).toMatchObject({ status: 'open', choices: null, ballotSecrecy: 'sealed' });
    expect(vote.participating.owners).toBe(1);
    const state = reader.ledger.store;
    const commitments: string[] = [];
    for await (const e of state.readStream('vote-v-2')) {
      if (e.type === 'BallotCast') commitments.push((e.data as { commitment: string }).commitment);
    }
    // Even the commitment, were it public, opens to no choice under any blinding a visitor could know.
    for (const choice of CHOICES) {
      for (const blinding of GUESSED_BLINDINGS) {
        const weights = votes.countBallots([]).committed;
        const guess = { ...weights, [choice]: { areaM2Hundredths: 18_970, owners: 1 } };
        expect(votes.commitmentsOpenTo(commitments, guess, blinding)).toBe(false);
      }
    }
  });

  it('would recover a plain ballot of an older ledger, so the attacker is not blind', () => {
    const owner: Owner = { ownerId: 'person-wang', role: 'owner', areaM2Hundredths: 18_970, unitCount: 2 };
    const plain = {
      streamId: 'vote-v-9',
      streamVersion: 4,
      eventId: '01J0000000000000000000000A',
      type: 'BallotCast',
      schemaVersion: 1,
      data: {
        voteId: 'v-9',
        ownerId: 'person-wang',
        choice: 'reject',
        previousChoice: null,
        areaM2Hundredths: 18_970,
        unitCount: 2,
      },
      metadata: {
        actor: { id: 'person-wang', role: 'owner' },
        occurredAt: '2024-03-03T01:00:00Z',
        recordedAt: '2024-03-03T01:00:00Z',
      },
    };
    const seen: PublicEvent = {
      ...plain,
      index: 40,
      occurredAt: plain.metadata.occurredAt,
      recordedAt: plain.metadata.recordedAt,
      actor: { id: null, role: 'owner' },
      data: null,
    };
    expect(recover(seen, hashOf(plain), 'v-9', [owner])).toMatchObject({ ownerId: 'person-wang', choice: 'reject' });
  });
});

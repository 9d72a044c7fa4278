/**
 * The ballot-recovery attack, with public answers only (no token): the electorates of the
 * vote streams (owner ids, units, areas), the metadata of every withheld ballot (index,
 * stream version, event id, times, actor role), the leaf hash of each from the public
 * inclusion proof, and the public tallies. The attacker rebuilds every candidate leaf it can
 * (each owner × choice × previous choice for a plain ballot; each owner × choice × ballot
 * number with every blinding it could know for a sealed one; for a pseudonymous one, schema 3,
 * also every pseudonym it can compute from the owner id without the vote's key, with the sealed
 * part as if left unsealed) and compares hashes; for an open vote it also tries to read choices
 * off the public commitments. It must recover nothing. Controls run the same attacker on a plain
 * ballot and on a pseudonymous ballot recorded without a secret, so the test fails if the
 * attacker is blind. The attacks of an export holder on schema 3 (lengths, subset sums, linking
 * pseudonyms) are in pseudonymous-ballot-recovery.test.ts.
 */
import { type Actor, canonicalLeaf, leafHash, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import { beforeAll, describe, expect, it } from 'vitest';
import { guessedPseudonyms } from './test-support/public-data-attacks.ts';
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

/**
 * Every pseudonymous leaf (schema 3) a visitor can build for a withheld ballot: each owner under
 * each pseudonym computable without the vote's key, each choice, ballot number and known blinding,
 * the sealed part as if it had been left unsealed.
 */
function* pseudonymousCandidates(ballot: PublicEvent, voteId: string, owners: readonly Owner[]) {
  const base = { streamId: ballot.streamId, streamVersion: ballot.streamVersion, eventId: ballot.eventId };
  for (const owner of owners) {
    for (const choice of CHOICES) {
      for (const blinding of GUESSED_BLINDINGS) {
        const commitment = votes.ballotCommitment(choice, owner.areaM2Hundredths, blinding);
        const sealed = {
          ownerId: owner.ownerId,
          choice,
          blinding,
          areaM2Hundredths: owner.areaM2Hundredths,
          unitCount: owner.unitCount,
        };
        for (const pseudonym of guessedPseudonyms(voteId, owner.ownerId)) {
          const metadata = {
            actor: { id: pseudonym, role: votes.VOTER_ROLE },
            occurredAt: ballot.occurredAt,
            recordedAt: ballot.recordedAt,
          };
          for (const ballotNumber of [1, 2, 3]) {
            const data = { voteId, ballotBox: votes.ballotBoxSubject(voteId), ballotNumber, commitment, sealed };
            const leaf = { ...base, type: 'BallotCast', schemaVersion: 3, data, metadata };
            yield { hash: hashOf(leaf), ownerId: owner.ownerId, choice };
          }
        }
      }
    }
  }
}

/** Every leaf a visitor can build for a withheld ballot, each with the (owner, choice) it would reveal. */
function* candidates(ballot: PublicEvent, voteId: string, owners: readonly Owner[]) {
  if (ballot.actor.role === votes.VOTER_ROLE) yield* pseudonymousCandidates(ballot, voteId, owners);
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

  it('guesses every withheld ballot as pseudonymous, as its public role says', async () => {
    const events = await publicEvents(reader, 'vote-v-3');
    const ballots = events.filter((e) => e.type === 'BallotCast');
    expect(ballots.map((b) => b.actor.role)).toEqual(ballots.map(() => votes.VOTER_ROLE));
    expect([...candidates(ballots[0]!, 'v-3', electorateOf(events))].length).toBeGreaterThan(1_000);
  });

  it('would recover a pseudonymous ballot recorded without a secret, so the attacker is not blind to schema 3', () => {
    const owner: Owner = { ownerId: 'person-wang', role: 'owner', areaM2Hundredths: 18_970, unitCount: 2 };
    const blinding = GUESSED_BLINDINGS[0]!;
    const leaf = {
      streamId: 'vote-v-9',
      streamVersion: 4,
      eventId: '01J0000000000000000000000B',
      type: 'BallotCast',
      schemaVersion: 3,
      data: {
        voteId: 'v-9',
        ballotBox: votes.ballotBoxSubject('v-9'),
        ballotNumber: 2,
        commitment: votes.ballotCommitment('abstain', 18_970, blinding),
        sealed: { ownerId: 'person-wang', choice: 'abstain', blinding, areaM2Hundredths: 18_970, unitCount: 2 },
      },
      metadata: {
        // A pseudonym without a key: a plain hash of the owner id.
        actor: { id: guessedPseudonyms('v-9', 'person-wang')[0]!, role: votes.VOTER_ROLE },
        occurredAt: '2024-03-03T01:00:00Z',
        recordedAt: '2024-03-03T01:00:00Z',
      },
    };
    const seen: PublicEvent = {
      ...leaf,
      index: 41,
      occurredAt: leaf.metadata.occurredAt,
      recordedAt: leaf.metadata.recordedAt,
      actor: { id: null, role: votes.VOTER_ROLE },
      data: null,
    };
    expect(recover(seen, hashOf(leaf), 'v-9', [owner])).toMatchObject({ ownerId: 'person-wang', choice: 'abstain' });
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

/**
 * The ballot-recovery attack on pseudonymous ballots (BallotCast schema 3), by an adversary
 * holding what a mirror or an auditor holds: the export's leaves (each ballot's pseudonym,
 * number, commitment and sealed envelope), the public electorates (owner ids, units, areas),
 * the public answers (participation as of any entry, the closing totals) and the times. No
 * key. It tries to link pseudonyms to owners (by hashing, across votes), to open choices from
 * commitments, to read a running area or tally of an open vote, to read choices off the sealed
 * envelopes' lengths, and to name owners from the published totals (subset sums). Each attack
 * has a control or a count that shows the attacker is not blind. What succeeds is stated in
 * docs/privacy.md ("Participation").
 */
import { canonicalJson, openPersonalData, type RecordedEvent } from '@govledger/core';
import { votes } from '@govledger/governance';
import { beforeAll, describe, expect, it } from 'vitest';
import { BALLOTS, TEST_AUTHORITY_IKM } from './test-support/governance-ledger.ts';
import {
  CHOICES,
  type ElectorOwner,
  type ExportedBallot,
  electoratesOf,
  guessedPseudonyms,
  lengthCandidates,
  ownersMaking,
  pseudonymousBallotsOf,
  sealedBytesFor,
  type UnpaddedSealing,
} from './test-support/public-data-attacks.ts';
import { get, type TestReader, testReader } from './test-support/test-reader.ts';

/** Every blinding a visitor could know: none is public, so the attacker tries the obvious ones. */
const GUESSED_BLINDINGS = ['0'.repeat(64), `${'0'.repeat(63)}1`, 'f'.repeat(64)];

const NO_WEIGHT = { areaM2Hundredths: 0, owners: 0 };

describe('the recovery attack on pseudonymous ballots, from an export and public answers', () => {
  let reader: TestReader;
  let events: RecordedEvent[];
  let electorates: Map<string, ElectorOwner[]>;
  let ballots: ExportedBallot[];
  const ownersOf = (voteId: string): ElectorOwner[] => electorates.get(voteId) ?? [];
  /** The owners and choices that a ballot's length alone leaves as its only candidates. */
  const lengthAttack = (sealed: readonly (ExportedBallot & { bytes: number })[], sealing: UnpaddedSealing) => {
    const owned: string[] = [];
    const chosen: string[] = [];
    for (const ballot of sealed) {
      const candidates = lengthCandidates(ballot.bytes, ownersOf(ballot.voteId), sealing);
      const owners = new Set(candidates.map((c) => c.ownerId));
      const choices = new Set(candidates.map((c) => c.choice));
      if (owners.size === 1) owned.push(`${ballot.voteId}: ${[...owners][0]}`);
      if (choices.size === 1) chosen.push(`${ballot.voteId}: ${[...owners].join('|')} ${[...choices][0]}`);
    }
    return { owned, chosen };
  };

  beforeAll(async () => {
    reader = await testReader();
    events = [];
    for await (const e of reader.ledger.store.readAll()) events.push(e);
    electorates = electoratesOf(events);
    ballots = pseudonymousBallotsOf(events);
  });

  it('finds every ballot of the ledger pseudonymous, with no owner id or weight outside its sealed part', () => {
    expect(ballots).toHaveLength(BALLOTS.length);
    for (const e of events.filter((x) => x.type === 'BallotCast')) {
      expect(votes.isVoterPseudonym(e.metadata.actor.id)).toBe(true);
      expect(Object.keys(e.data).sort()).toEqual(['ballotBox', 'ballotNumber', 'commitment', 'sealed', 'voteId']);
    }
  });

  it('links no pseudonym to its owner by hashing the electorate’s owner ids', () => {
    const linked: string[] = [];
    let guesses = 0;
    for (const ballot of ballots) {
      for (const owner of ownersOf(ballot.voteId)) {
        const tried = guessedPseudonyms(ballot.voteId, owner.ownerId);
        guesses += tried.length;
        if (tried.includes(ballot.pseudonym) || ballot.pseudonym.includes(owner.ownerId)) {
          linked.push(`${ballot.voteId}: ${ballot.pseudonym} = ${owner.ownerId}`);
        }
      }
    }
    expect(guesses).toBeGreaterThan(300);
    expect(linked).toEqual([]);
  });

  it('would link every pseudonym with the vote’s inspection key, so the attacker computes the right function', async () => {
    const linked: string[] = [];
    for (const ballot of ballots) {
      const box = votes.ballotBoxSubject(ballot.voteId);
      const key = await reader.ledger.keys.currentKey(box);
      if (key._tag === 'Left') throw new Error(`no key for ${box}`);
      for (const owner of ownersOf(ballot.voteId)) {
        if (votes.ballotPseudonym(key.right.key, box, owner.ownerId) === ballot.pseudonym) {
          linked.push(`${ballot.voteId}: ${owner.ownerId}`);
        }
      }
    }
    expect(linked.sort()).toEqual(BALLOTS.map((b) => `${b.voteId}: ${b.ownerId}`).sort());
  });

  it('links no owner’s pseudonyms across votes, though one owner voted in all three', () => {
    const votesOf = new Map<string, Set<string>>();
    for (const ballot of ballots)
      votesOf.set(ballot.pseudonym, (votesOf.get(ballot.pseudonym) ?? new Set()).add(ballot.voteId));
    expect(new Set(BALLOTS.filter((b) => b.ownerId === 'person-wang').map((b) => b.voteId)).size).toBe(3);
    expect([...votesOf.values()].filter((seen) => seen.size > 1)).toEqual([]);
  });

  it('opens no ballot’s commitment to an owner’s weight and a choice under any blinding a visitor could know', () => {
    const opened: string[] = [];
    let tries = 0;
    for (const ballot of ballots) {
      for (const owner of ownersOf(ballot.voteId)) {
        for (const choice of CHOICES) {
          const weights = { approve: NO_WEIGHT, reject: NO_WEIGHT, abstain: NO_WEIGHT };
          const guess = { ...weights, [choice]: { areaM2Hundredths: owner.areaM2Hundredths, owners: 1 } };
          for (const blinding of GUESSED_BLINDINGS) {
            tries++;
            if (votes.commitmentsOpenTo([ballot.commitment], guess, blinding))
              opened.push(`${owner.ownerId} ${choice}`);
          }
        }
      }
    }
    expect(tries).toBe(ballots.reduce((n, b) => n + ownersOf(b.voteId).length * 9, 0));
    expect(opened).toEqual([]);
  });

  it('reads no running participating area of an open vote from answers one ballot apart', async () => {
    const during = ballots.filter((b) => b.voteId === 'v-1');
    expect(during).toHaveLength(3);
    for (const [i, ballot] of during.entries()) {
      const { vote } = (await get(reader.app, `/v1/votes/v-1?asOf=${ballot.index}`)).json() as {
        vote: { status: string; participating: { areaM2Hundredths: number | null; owners: number } };
      };
      expect(vote.status).toBe('open');
      expect(vote.participating).toMatchObject({ areaM2Hundredths: null, owners: i + 1 });
    }
  });

  it('reads no running tally of the open vote from the sum of its commitments', () => {
    const open = ballots.filter((b) => b.voteId === 'v-2').map((b) => b.commitment);
    expect(open).toHaveLength(1);
    const found: string[] = [];
    for (const owner of ownersOf('v-2')) {
      for (const choice of CHOICES) {
        const weights = { approve: NO_WEIGHT, reject: NO_WEIGHT, abstain: NO_WEIGHT };
        const guess = { ...weights, [choice]: { areaM2Hundredths: owner.areaM2Hundredths, owners: 1 } };
        for (const blinding of GUESSED_BLINDINGS) {
          if (votes.commitmentsOpenTo(open, guess, blinding)) found.push(choice);
        }
      }
    }
    expect(found).toEqual([]);
  });

  // The sealed part's length (docs/privacy.md, "The sealed part's length"): AES-GCM keeps the
  // plaintext's length, and unpadded it counts the digits of the owner's area and unit count,
  // the letters of the owner id and of the choice ("reject" is a letter shorter than "approve"
  // and "abstain"). Every ballot is now padded to one length before sealing.
  it('finds every sealed ballot of one length, from which the length attack names no owner and no choice', () => {
    const lengths = new Set(ballots.map((b) => b.sealedBytes));
    expect([...lengths]).toEqual([sealedBytesFor(votes.PADDED_BALLOT_BYTES, 2)]);
    for (const sealing of ['box-key-only', 'authority-format-1'] as const) {
      const { owned, chosen } = lengthAttack(
        ballots.map((b) => ({ ...b, bytes: b.sealedBytes })),
        sealing,
      );
      expect(owned, sealing).toEqual([]);
      expect(
        chosen.filter((c) => c.endsWith(' reject')),
        sealing,
      ).toEqual([]);
      expect(chosen, sealing).toEqual([]);
    }
  });

  it('would name owners and a reject from the same ballots sealed without padding, as ledgers before authority sealing hold them (control)', async () => {
    const opener = votes.authorityBallotOpener(await votes.generateAuthorityKeyPair(TEST_AUTHORITY_IKM));
    const unpadded: (ExportedBallot & { bytes: number })[] = [];
    for (const ballot of ballots) {
      const event = events.find((e) => e.index === ballot.index) as RecordedEvent;
      const boxOpened = await openPersonalData(event, reader.ledger.keys);
      if (boxOpened._tag === 'Left') throw new Error(`box of ballot ${ballot.index} does not open`);
      const opened = await votes.openBallotFromAuthority(boxOpened.right, opener);
      if (opened._tag === 'Left') throw new Error(`ballot ${ballot.index} does not open`);
      const secret = (opened.right.data as { sealed: unknown }).sealed;
      // Under the box key alone, the envelope's ciphertext is the secret part's JSON, byte for byte.
      unpadded.push({ ...ballot, bytes: Buffer.byteLength(canonicalJson(secret)) });
    }
    expect(new Set(unpadded.map((b) => b.bytes)).size).toBeGreaterThan(1);
    const { owned, chosen } = lengthAttack(unpadded, 'box-key-only');
    expect(owned).toEqual(['v-1: person-zhao', 'v-2: person-wang', 'v-3: person-wang']);
    expect(chosen).toEqual(['v-1: person-zhao reject']);
  });

  // Also known (docs/privacy.md): a closed vote's per-choice totals are public (art. 278 needs
  // them), and so are the owners' areas; a total that only one set of owners can make names them.
  it('names the owners behind a closing total that only one set of the electorate’s owners can make', () => {
    const named: string[] = [];
    for (const e of events.filter((x) => x.type === 'VotingClosed')) {
      const { voteId, tally } = e.data as { voteId: string; tally: votes.Tally };
      for (const choice of CHOICES) {
        const { owners, areaM2Hundredths } = tally[choice];
        if (owners === 0) continue;
        const sets = ownersMaking(ownersOf(voteId), owners, areaM2Hundredths);
        if (sets.length === 1) named.push(`${voteId}: ${sets[0]!.join(' ')} ${choice}`);
      }
    }
    expect(named).toEqual([
      'v-1: person-wang developer-1 approve',
      'v-1: person-zhao reject',
      'v-3: person-wang person-zhao approve',
    ]);
  });
});

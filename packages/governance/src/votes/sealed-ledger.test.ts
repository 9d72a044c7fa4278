/**
 * Random vote ledgers run through the real executor, sealing and in-memory store: every leaf
 * is scanned for an owner-linked choice in plain text and every ballot leaf for an owner id or
 * weight (who took part), the export alone (no key) must recount every vote exactly as the
 * projections show it, and the inspector's key must open and agree with every ballot.
 */
import { createHash } from 'node:crypto';
import {
  canonicalLeaf,
  openPersonalData,
  InMemoryKeyStore,
  MemoryStore,
  parseLeaf,
  type RecordedEvent,
} from '@govledger/core';
import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { governanceCatalogue, governanceRegistry } from '../catalogue.ts';
import { CommandExecutor, type SubmittedLine } from '../submit.ts';
import { ballotBoxPseudonymKey, governancePseudonymiser, governanceSealer } from '../sealing.ts';
import { type AuthorityBallotOpener, authorityBallotOpener, generateAuthorityKeyPair } from './authority-seal.ts';
import { openBallotFromAuthority } from './ballot-authority.ts';
import { countBallots, openedBallots, recountBallots } from './ballot-count.ts';
import { testAuthorityKeyPair, testAuthoritySealer } from './test-authority.ts';
import { ballotPseudonym, isVoterPseudonym } from './ballot-pseudonym.ts';
import type { Choice, VotingClosedV2Data } from './events.ts';
import { voteResults } from './project.ts';
import { auditVotesFromExport } from './public-tally.ts';

const committee = { id: 'oc', role: 'owners-committee' };
const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const choiceArb = fc.constantFrom<Choice>('approve', 'reject', 'abstain');
const ledgerArb = fc.record({
  areas: fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 1, maxLength: 6 }),
  casts: fc.array(fc.tuple(fc.nat(), choiceArb), { maxLength: 14 }),
  closes: fc.boolean(),
});

/** Opens every event's envelopes with `keys` (the operator's), then, given `opener`, the authority layer of each ballot. */
async function openAll(
  events: Iterable<RecordedEvent> | AsyncIterable<RecordedEvent>,
  keys: InMemoryKeyStore,
  opener?: AuthorityBallotOpener,
): Promise<RecordedEvent[]> {
  const opened: RecordedEvent[] = [];
  for await (const e of events) {
    const o = await openPersonalData(e, keys);
    if (!isRight(o)) continue;
    if (opener === undefined) {
      opened.push(o.right);
      continue;
    }
    const a = await openBallotFromAuthority(o.right, opener);
    if (isLeft(a)) throw new Error(JSON.stringify(a.left));
    opened.push(a.right);
  }
  return opened;
}

const line = (n: number, command: string, actor: object, occurredAt: string, data: object): SubmittedLine => ({
  line: n,
  value: { command, actor, occurredAt, data },
});

async function runLedger(spec: { areas: number[]; casts: [number, Choice][]; closes: boolean }) {
  const store = new MemoryStore();
  const keys = new InMemoryKeyStore();
  // The ledger's clock stands at the latest time of each submission, as if recorded at once.
  let now = '';
  const executor = new CommandExecutor(store, {
    clock: () => new Date(now),
    registry: governanceRegistry,
    catalogue: governanceCatalogue,
    seal: governanceSealer(keys, testAuthoritySealer),
    pseudonymise: governancePseudonymiser(keys),
  });
  const submit = async (lines: SubmittedLine[]) => {
    now = lines
      .map((l) => (l.value as { occurredAt: string }).occurredAt)
      .sort()
      .at(-1)!;
    const result = await executor.submit(lines);
    expect(result._tag, JSON.stringify(result)).toBe('Right');
  };
  const electorate = spec.areas.map((areaM2Hundredths, i) => ({
    unitId: `u${i}`,
    ownerId: `person-${i}`,
    ownerName: `业主${i}`,
    buildingId: 'b1',
    ownerKind: 'individual',
    areaM2Hundredths,
  }));
  await submit([
    line(1, 'RegisterProject', bureau, '2024-04-15T00:00:00Z', {
      projectId: 'c',
      name: '小区',
      communityId: 'c',
      town: '杨舍镇',
    }),
    line(2, 'RegisterUnits', bureau, '2024-04-15T00:00:00Z', { communityId: 'c', units: electorate }),
    line(3, 'ProposeVote', committee, '2024-04-15T00:00:00Z', { voteId: 'v', communityId: 'c', matter: 4, title: 'T' }),
    line(4, 'GiveVoteNotice', committee, '2024-04-15T00:00:00Z', {
      voteId: 'v',
      agenda: [{ voteId: 'v', matter: 4, title: 'T' }],
      votingOpensAt: '2024-05-01T00:00:00Z',
      closesAt: '2024-05-10T00:00:00Z',
    }),
    line(5, 'RegisterElectorate', committee, '2024-04-15T00:00:00Z', {
      voteId: 'v',
      scope: { kind: 'community', communityId: 'c' },
    }),
  ]);
  await submit([
    line(1, 'OpenVoting', committee, '2024-05-01T00:00:00Z', {
      voteId: 'v',
      closesAt: '2024-05-10T00:00:00Z',
      electorate: [],
    }),
  ]);
  const secrets: { owner: string; choice: Choice }[] = [];
  for (const [k, [i, choice]] of spec.casts.entries()) {
    const owner = `person-${i % spec.areas.length}`;
    const blinding = createHash('sha256').update(`${owner}/${k}`).digest('hex');
    secrets.push({ owner, choice });
    await submit([
      line(1, 'CastBallot', { id: owner, role: 'owner' }, '2024-05-05T00:00:00Z', { voteId: 'v', choice, blinding }),
    ]);
  }
  if (spec.closes) {
    const authority = authorityBallotOpener(await testAuthorityKeyPair());
    const count = countBallots(openedBallots(await openAll(store.readAll(), keys, authority), 'v').ballots);
    await submit([line(1, 'CloseVoting', committee, '2024-05-10T00:00:00Z', { voteId: 'v', count })]);
  }
  const leaves: string[] = [];
  for await (const e of store.readAll()) leaves.push(canonicalLeaf(e).toString('utf8'));
  return { leaves, secrets, keys, owners: spec.areas.map((_, i) => `person-${i}`) };
}

describe('sealed ballots in random ledgers', () => {
  it('never write an owner-linked choice in any leaf, and the export alone recounts what the projection shows', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerArb, async (spec) => {
        const { leaves } = await runLedger(spec);
        for (const leaf of leaves) {
          expect(leaf).not.toMatch(/"(choice|previousChoice)":/);
          if (leaf.includes('"type":"BallotCast"')) expect(leaf).not.toMatch(/"ownerId":/);
        }
        const events = leaves.map((l, i) => parseLeaf(l, i));
        const [audit] = auditVotesFromExport(events);
        expect(audit?.problems).toEqual([]);
        expect(audit?.participation).toBe(spec.casts.length === 0 ? 'none' : 'pseudonymous');
        const projected = events.reduce((s, e) => voteResults.evolve(s, e), voteResults.init()).votes.v;
        if (spec.closes) expect(audit?.tally).toEqual(projected?.tally);
        else expect(audit?.tally).toBeNull();
      }),
      { numRuns: 25 },
    );
  });

  it('never name who took part: ballot leaves carry only per-vote pseudonyms, which the inspector maps back to the owners who cast', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerArb, async (spec) => {
        const { leaves, secrets, keys, owners } = await runLedger(spec);
        const events = leaves.map((l, i) => parseLeaf(l, i));
        const ballots = events.filter((e) => e.type === 'BallotCast');
        for (const ballot of ballots) {
          const leaf = leaves[ballot.index] as string;
          for (const owner of owners) expect(leaf).not.toContain(`"${owner}"`);
          expect(leaf).not.toMatch(/"(areaM2Hundredths|unitCount)":/);
          expect(ballot.metadata.actor.role).toBe('voter');
          expect(isVoterPseudonym(ballot.metadata.actor.id)).toBe(true);
        }
        // One pseudonym per owner who cast, whatever the number of ballots each cast.
        expect(new Set(ballots.map((b) => b.metadata.actor.id)).size).toBe(new Set(secrets.map((s) => s.owner)).size);
        // The operator, holding every key store but not the authority's private key, opens no ballot.
        const operatorView = openedBallots(await openAll(events, keys), 'v');
        expect(operatorView.ballots).toEqual([]);
        expect(operatorView.unopened.map((u) => u.leafIndex)).toEqual(ballots.map((b) => b.index));
        for (const u of operatorView.unopened) expect(u.reason).toMatch(/sealed to the inspecting authority/);
        // The inspector, with the vote's key and the authority's, opens every ballot and finds each cast by its owner's pseudonym.
        const authority = authorityBallotOpener(await testAuthorityKeyPair());
        const { ballots: openedOnes, unopened } = openedBallots(await openAll(events, keys, authority), 'v');
        expect(unopened).toEqual([]);
        expect(openedOnes.map((b) => [b.ownerId, b.choice])).toEqual(secrets.map((s) => [s.owner, s.choice]));
        const key = await ballotBoxPseudonymKey(keys, 'ballots-v', false);
        const box = isRight(key) ? key.right : null;
        // The box's key exists from the first ballot on.
        expect(box === null).toBe(ballots.length === 0);
        const pseudonymOf = (ownerId: string) => ballotPseudonym(box as Uint8Array, 'ballots-v', ownerId);
        const closing = events.find((e) => e.type === 'VotingClosed');
        const committed = closing?.schemaVersion === 2 ? (closing.data as VotingClosedV2Data) : undefined;
        const recount = recountBallots(
          openedOnes,
          committed && { committed: committed.committed, blinding: committed.blinding },
          pseudonymOf,
        );
        expect(recount.disagreeing).toEqual([]);
        expect(recount.agrees).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it("refuse another authority's private key, naming the key each ballot was sealed to", async () => {
    await fc.assert(
      fc.asyncProperty(ledgerArb, async (spec) => {
        const { leaves, keys } = await runLedger(spec);
        const other = authorityBallotOpener(await generateAuthorityKeyPair());
        const right = await testAuthorityKeyPair();
        for (const e of await openAll(
          leaves.map((l, i) => parseLeaf(l, i)),
          keys,
        )) {
          const opened = await openBallotFromAuthority(e, other);
          if (e.type !== 'BallotCast') expect(isRight(opened)).toBe(true);
          else
            expect(opened).toEqual({
              _tag: 'Left',
              left: {
                leafIndex: e.index,
                error: { _tag: 'WrongAuthorityKey', sealedTo: right.keyId, given: other.keyId },
              },
            });
        }
      }),
      { numRuns: 10 },
    );
  });
});

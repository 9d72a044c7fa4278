/**
 * Random committee ledgers run through the real executor, sealing and in-memory store, as the
 * random vote ledgers are: an election of a lawful committee with random party flags, then
 * filings, member changes and party-membership corrections in random order. Every leaf is
 * scanned for a party flag in plain text; the public view of every event (what the read API
 * serves) and the public projection hold no flag and no member; and the committee's public
 * figures, recomputed from the leaves alone, are the true counts.
 */
import { createHash } from 'node:crypto';
import {
  canonicalLeaf,
  erasedView,
  InMemoryKeyStore,
  MemoryStore,
  openPersonalData,
  parseLeaf,
  type RecordedEvent,
} from '@govledger/core';
import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { governanceCatalogue, governanceRegistry } from '../catalogue.ts';
import { governancePseudonymiser, governanceSealer } from '../sealing.ts';
import { testAuthorityKeyPair, testAuthoritySealer } from '../votes/test-authority.ts';
import { authorityBallotOpener } from '../votes/authority-seal.ts';
import { openBallotFromAuthority } from '../votes/ballot-authority.ts';
import { CommandExecutor, type SubmittedLine } from '../submit.ts';
import { countBallots, openedBallots } from '../votes/ballot-count.ts';
import { committees } from './project.ts';

const COMMUNITY = 'c';
const committee = { id: 'oc', role: 'owners-committee' };
const assembly = { id: 'oa-c', role: 'owners-assembly' };
const street = { id: 'so-c', role: 'street-office' };
const party = { id: 'pc-c', role: 'party-committee' };
const OWNERS = 3;

/** One act after the election: file, change a member, or correct a member's party flag. */
type Act =
  | { readonly kind: 'file' }
  | { readonly kind: 'change'; readonly out: number | null; readonly incoming: boolean | null }
  | { readonly kind: 'flag'; readonly who: number };

const actArb: fc.Arbitrary<Act> = fc.oneof(
  fc.constant<Act>({ kind: 'file' }),
  fc
    .record({ out: fc.option(fc.nat(), { nil: null }), incoming: fc.option(fc.boolean(), { nil: null }) })
    .filter((c) => c.out !== null || c.incoming !== null)
    .map((c): Act => ({ kind: 'change', ...c })),
  fc.nat().map((who): Act => ({ kind: 'flag', who })),
);

const ledgerArb = fc.record({
  flags: fc
    .integer({ min: 2, max: 5 })
    .chain((half) => fc.array(fc.boolean(), { minLength: 2 * half + 1, maxLength: 2 * half + 1 })),
  acts: fc.array(actArb, { maxLength: 10 }),
});

const line = (n: number, command: string, actor: object, occurredAt: string, data: object): SubmittedLine => ({
  line: n,
  value: { command, actor, occurredAt, data },
});

const day = (d: number) => new Date(Date.UTC(2024, 4, 1) + d * 86_400_000).toISOString();

async function runLedger(spec: { flags: boolean[]; acts: Act[] }) {
  const store = new MemoryStore();
  const keys = new InMemoryKeyStore();
  let now = '';
  const executor = new CommandExecutor(store, {
    clock: () => new Date(now),
    registry: governanceRegistry,
    catalogue: governanceCatalogue,
    seal: governanceSealer(keys, testAuthoritySealer),
    pseudonymise: governancePseudonymiser(keys),
  });
  const submit = async (at: string, lines: SubmittedLine[]) => {
    now = at;
    const result = await executor.submit(lines);
    expect(result._tag, JSON.stringify(result)).toBe('Right');
  };
  const units = Array.from({ length: OWNERS }, (_, i) => ({
    unitId: `u${i}`,
    buildingId: 'b1',
    ownerId: `person-owner-${i}`,
    ownerName: `业主${i}`,
    ownerKind: 'individual',
    areaM2Hundredths: 10_000,
  }));
  const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
  await submit(day(-1), [
    line(1, 'RegisterProject', bureau, day(-1), {
      projectId: COMMUNITY,
      name: '测试小区',
      communityId: COMMUNITY,
      town: '杨舍镇',
    }),
    line(2, 'RegisterUnits', bureau, day(-1), { communityId: COMMUNITY, units }),
  ]);
  /**
   * A certified, passing matter-3 vote under the assembly procedure, every owner approving:
   * proposed with 16 days' notice, the electorate derived from the unit register, two days of
   * voting, certified after the 7-day objection period. Returns the day it was certified.
   */
  const certifiedVote = async (voteId: string, from: number): Promise<number> => {
    const [opens, closes, certified] = [from + 16, from + 18, from + 26];
    await submit(day(from), [
      line(1, 'ProposeVote', committee, day(from), { voteId, communityId: COMMUNITY, matter: 3, title: '选举' }),
      line(2, 'GiveVoteNotice', committee, day(from), {
        voteId,
        agenda: [{ voteId, matter: 3, title: '选举' }],
        votingOpensAt: day(opens),
        closesAt: day(closes),
      }),
      line(3, 'RegisterElectorate', committee, day(from), {
        voteId,
        scope: { kind: 'community', communityId: COMMUNITY },
      }),
    ]);
    await submit(day(opens), [
      line(1, 'OpenVoting', committee, day(opens), { voteId, closesAt: day(closes), electorate: [] }),
    ]);
    for (let i = 0; i < OWNERS; i++) {
      const blinding = createHash('sha256').update(`${voteId}/${i}`).digest('hex');
      await submit(day(opens + 1), [
        line(1, 'CastBallot', { id: `person-owner-${i}`, role: 'owner' }, day(opens + 1), {
          voteId,
          choice: 'approve',
          blinding,
        }),
      ]);
    }
    const opened: RecordedEvent[] = [];
    const authority = authorityBallotOpener(await testAuthorityKeyPair());
    for await (const e of store.readAll()) {
      const o = await openPersonalData(e, keys);
      const a = isRight(o) ? await openBallotFromAuthority(o.right, authority) : o;
      if (isRight(a)) opened.push(a.right);
    }
    const count = countBallots(openedBallots(opened, voteId).ballots);
    await submit(day(closes), [line(1, 'CloseVoting', committee, day(closes), { voteId, count })]);
    await submit(day(certified), [
      line(1, 'CertifyResult', street, day(certified), { voteId, expectedOutcome: 'passed' }),
    ]);
    return certified;
  };

  const elected = await certifiedVote('v-elect', 0);
  const start = (await certifiedVote('v-change', elected + 1)) + 1;
  // The truth the ledger must keep secret, and the public figures it must still give.
  const sitting = new Map<string, { party: boolean; chair: boolean }>();
  let nextMember = 0;
  const newMember = (partyMember: boolean, chair: boolean) => {
    const memberId = `person-m${nextMember++}`;
    sitting.set(memberId, { party: partyMember, chair });
    return { memberId, name: `委员${nextMember}`, position: chair ? 'chair' : 'member', partyMember };
  };
  const members = spec.flags.map((flag, i) => newMember(flag, i === 0));
  await submit(day(start), [
    line(1, 'ElectCommittee', assembly, day(start), { communityId: COMMUNITY, voteId: 'v-elect', members }),
  ]);
  let filed = false;
  for (const [k, act] of spec.acts.entries()) {
    const at = day(start + 1 + k);
    const ids = [...sitting.keys()];
    if (act.kind === 'file') {
      if (filed) continue;
      await submit(at, [line(1, 'FileCommittee', street, at, { communityId: COMMUNITY, filingNumber: `F-${k}` })]);
      filed = true;
    } else if (act.kind === 'flag') {
      const memberId = ids[act.who % ids.length];
      if (memberId === undefined) continue;
      const held = sitting.get(memberId)!;
      await submit(at, [
        line(1, 'RecordPartyMembership', party, at, {
          communityId: COMMUNITY,
          memberId,
          partyMember: !held.party,
          previousPartyMember: held.party,
        }),
      ]);
      held.party = !held.party;
    } else {
      const outgoing = act.out === null ? undefined : ids[act.out % ids.length];
      const incomingFlag = act.incoming;
      if (outgoing === undefined && incomingFlag === null) continue;
      if (outgoing === undefined && sitting.size >= 11) continue;
      const leaving = outgoing === undefined ? undefined : sitting.get(outgoing)!;
      if (outgoing !== undefined) sitting.delete(outgoing);
      const incoming = incomingFlag === null ? undefined : newMember(incomingFlag, false);
      await submit(at, [
        line(1, 'ChangeCommitteeMember', assembly, at, {
          communityId: COMMUNITY,
          voteId: 'v-change',
          ...(outgoing === undefined ? {} : { outgoingMemberId: outgoing, outgoingPartyMember: leaving!.party }),
          ...(incoming ? { incomingMember: incoming } : {}),
        }),
      ]);
      filed = false;
    }
  }
  const leaves: string[] = [];
  for await (const e of store.readAll()) leaves.push(canonicalLeaf(e).toString('utf8'));
  const partyMembers = [...sitting.values()].filter((m) => m.party).length;
  return { leaves, memberIds: [...sitting.keys()], truth: { members: sitting.size, partyMembers } };
}

describe('sealed party flags in random committee ledgers', () => {
  it('never write a party flag in plain text, never show one publicly, and still give the true public counts', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerArb, async (spec) => {
        const { leaves, truth } = await runLedger(spec);
        const events = leaves.map((l, i) => parseLeaf(l, i));
        const committeeActs = events.filter((e) => e.streamId === `committee-${COMMUNITY}`);
        expect(committeeActs.length).toBeGreaterThan(0);
        for (const leaf of leaves) {
          expect(leaf).not.toMatch(/"partyMember":\s*(true|false)/);
          expect(leaf).not.toMatch(/"previousPartyMember"|"outgoingPartyMember"/);
        }
        for (const e of committeeActs) {
          if (e.type !== 'CommitteeFiled') expect(e.schemaVersion, e.type).toBe(2);
          const shown = JSON.stringify(erasedView(e).data);
          expect(shown).not.toMatch(/"partyMember":\s*(true|false)/);
          if (e.type === 'PartyMembershipRecorded') expect(shown).not.toMatch(/person-m\d+/);
        }
        const state = events.reduce((s, e) => committees.evolve(s, e), committees.init());
        expect(JSON.stringify(state)).not.toMatch(/person-/);
        const record = state.communities[COMMUNITY]!;
        expect(record.memberCount).toBe(truth.members);
        expect(record.partyMemberCount).toBe(truth.partyMembers);
        expect(state.totals).toMatchObject({ committees: 1, members: truth.members, partyMembers: truth.partyMembers });
      }),
      { numRuns: 15 },
    );
  });
});

import { StateCommitment } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { registryEvents } from '../registry/index.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';
import { TestLedger } from '../test-support/test-ledger.ts';
import { DecisionRevoked, voteEvents } from '../votes/events.ts';
import { voteHistory } from '../votes/test-fixtures.ts';
import { ChangeCommitteeMember, ElectCommittee, FileCommittee, RecordPartyMembership } from './commands.ts';
import { committeeEvents } from './events.ts';
import { committees } from './project.ts';

const assembly = { id: 'oa', role: 'owners-assembly' };
const street = { id: 'so', role: 'street-office' };
const member = (n: number, partyMember: boolean, position: 'chair' | 'member' = 'member') => ({
  memberId: `person-${n}`,
  name: `委员${n}`,
  position,
  partyMember,
});

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger([...committeeEvents, ...voteEvents, ...registryEvents]);
  await recordRegistered(ledger, { communities: ['yuesheng'] });
  for (const voteId of ['v3', 'v3b'])
    for (const g of voteHistory(voteId, { matter: 3 })) await ledger.record(g.streamId, g.event, g.act);
  const c = { communityId: 'yuesheng' };
  await ledger.accept(ElectCommittee, {
    actor: assembly,
    occurredAt: '2024-07-01T00:00:00Z',
    data: {
      ...c,
      voteId: 'v3',
      members: [member(1, true, 'chair'), member(2, false), member(3, false), member(4, false), member(5, true)],
    },
  });
  await ledger.accept(FileCommittee, {
    actor: street,
    occurredAt: '2024-07-10T00:00:00Z',
    data: { ...c, filingNumber: 'ZJG-17' },
  });
  await ledger.accept(RecordPartyMembership, {
    actor: street,
    occurredAt: '2024-08-01T00:00:00Z',
    data: { ...c, memberId: 'person-2', partyMember: true },
  });
  return ledger;
}

describe('committees', () => {
  it('shows the member count, party-member count and ratio and the filing', async () => {
    const record = (await history()).project(committees).communities.yuesheng;
    expect(record).toMatchObject({
      electedByVoteId: 'v3',
      memberCount: 5,
      partyMemberCount: 3,
      partyMemberRatio: 0.6,
      filingStatus: 'filed',
      filedAt: '2024-07-10T00:00:00Z',
      filingNumber: 'ZJG-17',
      updatedAt: '2024-08-01T00:00:00Z',
    });
  });

  it('marks a filed committee changed since filing after a member change, and keeps totals', async () => {
    const ledger = await history();
    await ledger.accept(ChangeCommitteeMember, {
      actor: assembly,
      occurredAt: '2024-09-01T00:00:00Z',
      data: { communityId: 'yuesheng', voteId: 'v3b', outgoingMemberId: 'person-5' },
    });
    const state = ledger.project(committees);
    expect(state.communities.yuesheng).toMatchObject({
      memberCount: 4,
      partyMemberCount: 2,
      partyMemberRatio: 0.5,
      filingStatus: 'changed-since-filing',
    });
    expect(state.totals).toEqual({ committees: 1, filed: 0, members: 4, partyMembers: 2 });
  });

  it('keeps no member id or name', async () => {
    const text = JSON.stringify((await history()).project(committees));
    expect(text).not.toContain('person-');
    expect(text).not.toContain('委员');
  });

  it('shows that the decision which elected a committee was revoked, and clears it at a new election', async () => {
    const ledger = await history();
    expect(ledger.project(committees).communities.yuesheng).not.toHaveProperty('electionRevoked');
    await ledger.record(
      'vote-v3',
      {
        type: DecisionRevoked.type,
        data: { voteId: 'v3', revokedBy: 'court', reference: '(2024)苏0582民初1234号', grounds: '程序违法' },
      },
      {
        actor: { id: 'court-zjg', role: 'court' },
        occurredAt: '2024-10-01T00:00:00Z',
        recordedAt: '2024-10-01T01:00:00Z',
      },
    );
    expect(ledger.project(committees).communities.yuesheng).toMatchObject({
      electionRevoked: { revokedBy: 'court', reference: '(2024)苏0582民初1234号', revokedAt: '2024-10-01T01:00:00Z' },
      updatedAt: '2024-10-01T00:00:00Z',
    });
    await ledger.accept(ElectCommittee, {
      actor: assembly,
      occurredAt: '2024-11-01T00:00:00Z',
      data: {
        communityId: 'yuesheng',
        voteId: 'v3b',
        members: [member(1, true, 'chair'), member(2, false), member(3, false), member(4, false), member(6, true)],
      },
    });
    const record = ledger.project(committees).communities.yuesheng;
    expect(record).toMatchObject({ electedByVoteId: 'v3b', elections: 2 });
    expect(record).not.toHaveProperty('electionRevoked');
  });

  it('ignores the revocation of a decision that elected no sitting committee', async () => {
    const ledger = await history();
    const before = JSON.stringify(ledger.project(committees).communities);
    await ledger.record(
      'vote-v3b',
      {
        type: DecisionRevoked.type,
        data: { voteId: 'v3b', revokedBy: 'authority', reference: '张住建〔2024〕9号', grounds: '程序违法' },
      },
      { actor: { id: 'bureau-zjg', role: 'housing-bureau' }, occurredAt: '2024-10-01T00:00:00Z' },
    );
    expect(JSON.stringify(ledger.project(committees).communities)).toBe(before);
  });

  it('commits the revoked election to the community record it changes, as a full recomputation does', async () => {
    const ledger = await history();
    const commitment = new StateCommitment([committees]);
    let state = committees.init();
    const fold = () => {
      for (const event of ledger.events.slice(done)) {
        state = committees.evolve(state, event);
        commitment.observe(event, () => state);
      }
      done = ledger.events.length;
      commitment.root(() => state);
    };
    let done = 0;
    fold();
    await ledger.record(
      'vote-v3',
      {
        type: DecisionRevoked.type,
        data: { voteId: 'v3', revokedBy: 'court', reference: '(2024)苏0582民初1234号', grounds: '程序违法' },
      },
      { actor: { id: 'court-zjg', role: 'court' }, occurredAt: '2024-10-01T00:00:00Z' },
    );
    fold();
    expect(state.communities.yuesheng).toHaveProperty('electionRevoked');
    expect(commitment.firstMismatch(() => state)).toBeUndefined();
  });

  it('resumes from a snapshot taken before revocations were shown, and still shows a later one', async () => {
    const ledger = await history();
    const before = structuredClone(ledger.project(committees));
    delete before.electingVotes;
    delete before.revokedVotes;
    const revocation = await ledger.record(
      'vote-v3',
      {
        type: DecisionRevoked.type,
        data: { voteId: 'v3', revokedBy: 'court', reference: '(2024)苏0582民初1234号', grounds: '程序违法' },
      },
      { actor: { id: 'court-zjg', role: 'court' }, occurredAt: '2024-10-01T00:00:00Z' },
    );
    const resumed = committees.evolve(before, revocation);
    expect(resumed.communities.yuesheng).toMatchObject({ electionRevoked: { revokedBy: 'court' } });
  });
});

import { describe, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { DecisionRevoked } from '../votes/events.ts';
import { voteHistory } from '../votes/test-fixtures.ts';
import { ChangeCommitteeMember, ElectCommittee, FileCommittee, RecordPartyMembership } from './commands.ts';
import {
  CommitteeElected,
  CommitteeElectedV2,
  CommitteeFiled,
  CommitteeMemberChangedV2,
  PartyMembershipRecordedV2,
} from './events.ts';

const community = 'yuesheng';
const stream = `committee-${community}`;
const assembly = { id: 'oa-yuesheng', role: 'owners-assembly' };
const street = { id: 'so-yangshe', role: 'street-office' };
const party = { id: 'pc-yangshe', role: 'party-committee' };
const at = '2024-07-01T00:00:00Z';

const member = (n: number, partyMember = false, position: 'chair' | 'vice-chair' | 'member' = 'member') => ({
  memberId: `person-${n}`,
  name: `委员${n}`,
  position,
  partyMember,
});
const five = [member(1, true, 'chair'), member(2, true, 'vice-chair'), member(3), member(4), member(5)];
const election = { communityId: community, voteId: 'v3', members: five };
const elected = event(
  stream,
  CommitteeElected,
  { ...election, memberCount: 5, partyMemberCount: 2 },
  { actor: assembly, occurredAt: at },
);
/** The same election where the flags cannot be read (sealed, or erased with the member's key). */
const sealedElection = event(
  stream,
  CommitteeElectedV2,
  {
    ...election,
    members: five.map((m) => ({ ...m, partyMember: { erased: true as const, subject: m.memberId } })),
    memberCount: 5,
    partyMemberCount: 2,
  },
  { actor: assembly, occurredAt: at },
);
const filed = event(
  stream,
  CommitteeFiled,
  { communityId: community, filingNumber: 'ZJG-2024-17', memberCount: 5 },
  { actor: street, occurredAt: at },
);
const electingVote = voteHistory('v3', { matter: 3 });
/** The community registered as a project (小区) in the registry. */
const registered = registeredPlaces({ communities: [community] });
/** A court revoked the decision of vote v3, which elected the committee (Civil Code art. 280 ¶2). */
const v3Revoked = event(
  'vote-v3',
  DecisionRevoked,
  { voteId: 'v3', revokedBy: 'court', reference: '(2024)苏0582民初1234号', grounds: '表决程序违法' },
  { actor: { id: 'court-zjg', role: 'court' }, occurredAt: at },
);
const changeVote = voteHistory('v3b', { matter: 3 });

describe('ElectCommittee', () => {
  it('records a committee elected by a certified passing matter-3 vote, with its counts', async () => {
    await given(...registered, ...electingVote)
      .when(ElectCommittee, { data: election, actor: assembly, occurredAt: at })
      .thenEvents(emitted(CommitteeElectedV2, { ...election, memberCount: 5, partyMemberCount: 2 }));
  });

  it('refuses an election without a certified vote', async () => {
    await given(...registered, ...voteHistory('v3', { matter: 3, status: 'closed' }))
      .when(ElectCommittee, { data: election, actor: assembly, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'not certified');
  });

  it('refuses an election under a vote on another matter', async () => {
    await given(...registered, ...voteHistory('v3', { matter: 4 }))
      .when(ElectCommittee, { data: election, actor: assembly, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'not matter 3');
  });

  it('refuses an election under a failed vote', async () => {
    await given(...registered, ...voteHistory('v3', { matter: 3, passes: false }))
      .when(ElectCommittee, { data: election, actor: assembly, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'did not pass');
  });

  it('refuses an even number of members', async () => {
    await given(...registered, ...electingVote)
      .when(ElectCommittee, { data: { ...election, members: [...five, member(6)] }, actor: assembly, occurredAt: at })
      .thenError('InvalidComposition', 'odd number of members from 5 to 11, not 6');
  });

  it('refuses fewer than five members', async () => {
    await given(...registered, ...electingVote)
      .when(ElectCommittee, { data: { ...election, members: five.slice(0, 3) }, actor: assembly, occurredAt: at })
      .thenError('InvalidComposition', 'not 3');
  });

  it('refuses a committee without exactly one chair', async () => {
    await given(...registered, ...electingVote)
      .when(ElectCommittee, {
        data: { ...election, members: [...five.slice(0, 4), member(5, false, 'chair')] },
        actor: assembly,
        occurredAt: at,
      })
      .thenError('InvalidComposition', 'exactly one chair, not 2');
  });

  it('refuses a second election under the same vote', async () => {
    await given(...registered, ...electingVote, elected)
      .when(ElectCommittee, { data: election, actor: assembly, occurredAt: at })
      .thenError('VoteAlreadyUsed');
  });

  it('refuses a member id that is a name, not a pseudonymous id', async () => {
    const named = [{ ...member(1, true, 'chair'), memberId: '李四' }, ...five.slice(1)];
    await given(...registered, ...electingVote)
      .when(ElectCommittee, { data: { ...election, members: named }, actor: assembly, occurredAt: at })
      .thenError('DecodeError');
  });

  it('refuses the election recorded by the property company', async () => {
    await given(...registered, ...electingVote)
      .when(ElectCommittee, { data: election, actor: { id: 'pc', role: 'property-company' }, occurredAt: at })
      .thenError('Forbidden');
  });
});

describe('FileCommittee', () => {
  it('lets the street office file an elected committee', async () => {
    await given(elected)
      .when(FileCommittee, {
        data: { communityId: community, filingNumber: 'ZJG-2024-17' },
        actor: street,
        occurredAt: at,
      })
      .thenEvents(emitted(CommitteeFiled, { communityId: community, filingNumber: 'ZJG-2024-17', memberCount: 5 }));
  });

  it('refuses filing before any election', async () => {
    await given()
      .when(FileCommittee, { data: { communityId: community, filingNumber: 'N' }, actor: street, occurredAt: at })
      .thenError('CommitteeNotElected');
  });

  it('refuses filing a committee already filed and unchanged', async () => {
    await given(elected, filed)
      .when(FileCommittee, { data: { communityId: community, filingNumber: 'N' }, actor: street, occurredAt: at })
      .thenError('NothingToFile');
  });

  it('refuses filing by the owners’ assembly', async () => {
    await given(elected)
      .when(FileCommittee, { data: { communityId: community, filingNumber: 'N' }, actor: assembly, occurredAt: at })
      .thenError('Forbidden');
  });
});

describe('ChangeCommitteeMember', () => {
  const change = {
    communityId: community,
    voteId: 'v3b',
    outgoingMemberId: 'person-3',
    incomingMember: member(6, true),
  };

  it('replaces a member under a later matter-3 vote and records the new counts', async () => {
    await given(...changeVote, elected)
      .when(ChangeCommitteeMember, { data: change, actor: assembly, occurredAt: at })
      .thenEvents(emitted(CommitteeMemberChangedV2, { ...change, memberCount: 5, partyMemberCount: 3 }));
  });

  it('needs the outgoing member’s party membership stated when the ledger holds it sealed', async () => {
    await given(...changeVote, sealedElection)
      .when(ChangeCommitteeMember, { data: change, actor: assembly, occurredAt: at })
      .thenError('PartyMembershipUnknown', 'outgoingPartyMember');
  });

  it('counts from the stated membership of an outgoing member whose flag is sealed', async () => {
    const stated = {
      ...change,
      outgoingMemberId: 'person-1',
      outgoingPartyMember: true,
      incomingMember: member(6, false, 'chair'),
    };
    const { outgoingPartyMember: _, ...recorded } = stated;
    await given(...changeVote, sealedElection)
      .when(ChangeCommitteeMember, { data: stated, actor: assembly, occurredAt: at })
      .thenEvents(emitted(CommitteeMemberChangedV2, { ...recorded, memberCount: 5, partyMemberCount: 1 }));
  });

  it('refuses a change under the vote that elected the committee', async () => {
    await given(...electingVote, elected)
      .when(ChangeCommitteeMember, { data: { ...change, voteId: 'v3' }, actor: assembly, occurredAt: at })
      .thenError('VoteAlreadyUsed');
  });

  it('refuses removing someone who does not sit on the committee', async () => {
    await given(...changeVote, elected)
      .when(ChangeCommitteeMember, {
        data: { ...change, outgoingMemberId: 'person-9' },
        actor: assembly,
        occurredAt: at,
      })
      .thenError('NotAMember');
  });

  it('refuses adding a sitting member again', async () => {
    await given(...changeVote, elected)
      .when(ChangeCommitteeMember, {
        data: { communityId: community, voteId: 'v3b', incomingMember: member(2) },
        actor: assembly,
        occurredAt: at,
      })
      .thenError('AlreadyAMember');
  });

  it('refuses a second chair', async () => {
    await given(...changeVote, elected)
      .when(ChangeCommitteeMember, {
        data: { ...change, incomingMember: member(6, false, 'chair') },
        actor: assembly,
        occurredAt: at,
      })
      .thenError('InvalidComposition', 'at most one chair');
  });

  it('refuses a change naming no member', async () => {
    await given(...changeVote, elected)
      .when(ChangeCommitteeMember, { data: { communityId: community, voteId: 'v3b' }, actor: assembly, occurredAt: at })
      .thenError('InvalidComposition', 'names an outgoing member');
  });
});

describe('RecordPartyMembership', () => {
  it('records a sitting member joining the party with the new party-member count', async () => {
    await given(elected)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-4', partyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenEvents(
        emitted(PartyMembershipRecordedV2, {
          communityId: community,
          partyRegister: 'party-register-yuesheng',
          entry: { memberId: 'person-4', partyMember: true },
          memberCount: 5,
          partyMemberCount: 3,
        }),
      );
  });

  it('needs the membership on record stated when the ledger holds it sealed', async () => {
    await given(sealedElection)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-4', partyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenError('PartyMembershipUnknown', 'previousPartyMember');
  });

  it('counts from the stated membership when the ledger holds it sealed', async () => {
    await given(sealedElection)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-1', partyMember: false, previousPartyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenEvents(
        emitted(PartyMembershipRecordedV2, {
          communityId: community,
          partyRegister: 'party-register-yuesheng',
          entry: { memberId: 'person-1', partyMember: false },
          memberCount: 5,
          partyMemberCount: 1,
        }),
      );
  });

  it('refuses a stated membership that contradicts the one on record', async () => {
    await given(elected)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-4', partyMember: true, previousPartyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenError('PartyMembershipMismatch');
  });

  it('refuses recording what is already on record', async () => {
    await given(elected)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-1', partyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenError('PartyMembershipUnchanged');
  });

  it('refuses a person who does not sit on the committee', async () => {
    await given(elected)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-9', partyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenError('NotAMember');
  });

  it('refuses a resident recording party membership', async () => {
    await given(elected)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-4', partyMember: true },
        actor: { id: 'person-4', role: 'resident' },
        occurredAt: at,
      })
      .thenError('Forbidden');
  });
});

describe('CommunityNotRegistered: an election names a registered, active community, checked in the registry', () => {
  it('refuses an election in a community nobody registered, even under a certified vote of that id', async () => {
    await given(...electingVote)
      .when(ElectCommittee, { data: election, actor: assembly, occurredAt: at })
      .thenError('CommunityNotRegistered', 'yuesheng');
  });
});

describe('ElectionRevoked: a committee whose electing decision was revoked may not act until a new election', () => {
  it('refuses filing a committee whose electing decision a court revoked', async () => {
    await given(...electingVote, elected, v3Revoked)
      .when(FileCommittee, { data: { communityId: community, filingNumber: 'N' }, actor: street, occurredAt: at })
      .thenError('ElectionRevoked', '(2024)苏0582民初1234号');
  });

  it('refuses changing the members of a committee whose electing decision was revoked', async () => {
    await given(...electingVote, ...changeVote, elected, v3Revoked)
      .when(ChangeCommitteeMember, {
        data: { communityId: community, voteId: 'v3b', outgoingMemberId: 'person-5' },
        actor: assembly,
        occurredAt: at,
      })
      .thenError('ElectionRevoked', 'new election');
  });

  it('refuses keeping the party register of a committee whose electing decision was revoked', async () => {
    await given(...electingVote, elected, v3Revoked)
      .when(RecordPartyMembership, {
        data: { communityId: community, memberId: 'person-4', partyMember: true },
        actor: party,
        occurredAt: at,
      })
      .thenError('ElectionRevoked');
  });

  it('lets a new election under another certified vote seat a committee, which then acts', async () => {
    const reelection = { ...election, voteId: 'v3b' };
    await given(...registered, ...electingVote, ...changeVote, elected, v3Revoked)
      .when(ElectCommittee, { data: reelection, actor: assembly, occurredAt: at })
      .thenEvents(emitted(CommitteeElectedV2, { ...reelection, memberCount: 5, partyMemberCount: 2 }));
    await given(
      ...electingVote,
      ...changeVote,
      elected,
      v3Revoked,
      event(stream, CommitteeElected, { ...reelection, memberCount: 5, partyMemberCount: 2 }, { actor: assembly }),
    )
      .when(FileCommittee, { data: { communityId: community, filingNumber: 'N2' }, actor: street, occurredAt: at })
      .thenAccepted();
  });
});

import { describe, it } from 'vitest';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';
import { event, type GivenEvent, given } from '../test-support/scenario.ts';
import { UnitsRegistered, unitRegisterStreamId } from '../units/events.ts';
import { CloseVoting, GiveVoteNotice, OpenVoting, RegisterElectorate } from './commands.ts';
import { ElectorateRegistered, VoteNoticeGiven, VoteProposedV2, VotingOpened } from './events.ts';
import { DEFAULT_VOTE_PROCEDURE } from './policy.ts';
import { committee, street } from './test-fixtures.ts';

/*
 * Vote v1 of yuesheng is convened by the committee vote v3 elected, while that committee sat;
 * a court then revokes v3's decision (Civil Code art. 280 ¶2), so the committee never stood
 * (art. 155). Each further step of v1 is refused to that committee; the street office carries
 * the procedure on until a new committee is elected (指导规则 art. 58), and then the new one does.
 */
const stream = 'vote-v1';
const item = { voteId: 'v1', matter: 1 as const, title: '修订管理规约' };
const proposedAt = '2024-09-01T00:00:00Z';
const opensAt = '2024-10-20T00:00:00Z';
const closesAt = '2024-10-25T00:00:00Z';
const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };

const sitting = committeeElectedBy('v3');
const revocation = revokedByCourt('v3');
const reElected = committeeElectedBy('v3b', 'yuesheng', '2024-10-01T12:00:00Z');

const units = event(
  unitRegisterStreamId('yuesheng'),
  UnitsRegistered,
  {
    communityId: 'yuesheng',
    units: [
      { unitId: '1-101', buildingId: 'b1', ownerId: 'person-1', ownerKind: 'individual', areaM2Hundredths: 10_000 },
    ],
  },
  { actor: bureau, occurredAt: '2020-01-02T00:00:00Z' },
);
const proposed = event(
  stream,
  VoteProposedV2,
  {
    ...item,
    communityId: 'yuesheng',
    convenedBy: 'owners-committee',
    petitioners: [],
    grounds: null,
    procedure: DEFAULT_VOTE_PROCEDURE,
  },
  { actor: committee, occurredAt: proposedAt },
);
const noticed = event(
  stream,
  VoteNoticeGiven,
  { voteId: 'v1', agenda: [item], votingOpensAt: opensAt, closesAt, documentSha256: null },
  { actor: committee, occurredAt: proposedAt },
);
const registered = event(
  stream,
  ElectorateRegistered,
  {
    voteId: 'v1',
    units: [
      { unitId: '1-101', ownerId: 'person-1', ownerName: 'x', ownerKind: 'individual', areaM2Hundredths: 10_000 },
    ],
  },
  { actor: committee, occurredAt: proposedAt },
);
const opened = event(
  stream,
  VotingOpened,
  { voteId: 'v1', closesAt, unitCount: 1, totalAreaM2Hundredths: 10_000, totalOwners: 1 },
  { actor: committee, occurredAt: opensAt },
);

/** Each step a vote's runner takes, with the history it follows and when it is taken. */
const steps = [
  {
    name: 'GiveVoteNotice',
    when: (actor: { id: string; role: string }, extra: readonly GivenEvent[]) =>
      given(units, ...sitting, proposed, revocation, ...extra).when(GiveVoteNotice, {
        data: { voteId: 'v1', agenda: [item], votingOpensAt: opensAt, closesAt },
        actor,
        occurredAt: '2024-10-02T00:00:00Z',
      }),
  },
  {
    name: 'RegisterElectorate',
    when: (actor: { id: string; role: string }, extra: readonly GivenEvent[]) =>
      given(units, ...sitting, proposed, noticed, revocation, ...extra).when(RegisterElectorate, {
        data: { voteId: 'v1', scope: { kind: 'community', communityId: 'yuesheng' } },
        actor,
        occurredAt: '2024-10-06T00:00:00Z',
      }),
  },
  {
    name: 'OpenVoting',
    when: (actor: { id: string; role: string }, extra: readonly GivenEvent[]) =>
      given(units, ...sitting, proposed, noticed, registered, revocation, ...extra).when(OpenVoting, {
        data: { voteId: 'v1', closesAt, electorate: [] },
        actor,
        occurredAt: opensAt,
      }),
  },
  {
    name: 'CloseVoting',
    when: (actor: { id: string; role: string }, extra: readonly GivenEvent[]) =>
      given(units, ...sitting, proposed, noticed, registered, opened, revocation, ...extra).when(CloseVoting, {
        data: { voteId: 'v1' },
        actor,
        occurredAt: closesAt,
      }),
  },
];

describe('ElectionRevoked: a committee whose electing decision was revoked takes no further step of a vote it convened', () => {
  for (const step of steps) {
    it(`refuses ${step.name} by the committee elected by v3 once a court revoked v3, naming the judgment`, async () => {
      await step.when(committee, []).thenError('ElectionRevoked', REVOCATION_REFERENCE);
    });

    it(`lets the street office take ${step.name} of that vote while no new committee is elected`, async () => {
      await step.when(street, []).thenAccepted();
    });

    it(`lets the committee a new election seated take ${step.name}, and then not the street office`, async () => {
      await step.when(committee, reElected).thenAccepted();
      await step.when(street, reElected).thenError('Forbidden');
    });
  }

  it('keeps the street office out of a committee-convened vote while the committee that convened it stands', async () => {
    await given(units, ...sitting, proposed)
      .when(GiveVoteNotice, {
        data: { voteId: 'v1', agenda: [item], votingOpensAt: opensAt, closesAt },
        actor: street,
        occurredAt: '2024-10-02T00:00:00Z',
      })
      .thenError('Forbidden');
  });
});

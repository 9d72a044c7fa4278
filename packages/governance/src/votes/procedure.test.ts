/**
 * The procedure of an owners' assembly vote, rule by rule: who convenes, the notice and its
 * agenda, the voting window, the objection period, certification and revocation. Each test
 * is named after the rule (the error tag a breach is refused with).
 */
import { describe, expect, it } from 'vitest';
import { CommitteeElected } from '../committees/events.ts';
import { projectStreamId } from '../registry/aggregate.ts';
import { RegistrationEnded } from '../registry/events.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import { voteAggregate } from './aggregate.ts';
import { whyVoteDoesNotAuthorise } from './certified-decision.ts';
import {
  CertifyResult,
  FileVoteObjection,
  GiveVoteNotice,
  OpenVoting,
  ProposeVote,
  proposeVoteUnder,
  RecordInspection,
  RevokeDecision,
} from './commands.ts';
import {
  BallotsInspected,
  DecisionRevoked,
  ElectorateRegistered,
  ResultCertified,
  VoteNoticeGiven,
  VoteObjectionFiled,
  VoteProposed,
  VoteProposedV2,
  type VoteProposedV2Data,
  VotingClosed,
  VotingOpened,
} from './events.ts';
import { DEFAULT_VOTE_PROCEDURE, makeVoteProcedure, type VoteProcedure } from './policy.ts';
import { computeOutcome } from './tally.ts';
import {
  committee,
  developerUnits,
  electorate,
  owner,
  proposal,
  sealedBallot,
  stream,
  street,
  tallyOf,
} from './test-fixtures.ts';
import { upcastVoteProposedV1, voteProposedV1Upcaster } from './upcasters.ts';

const community = registeredPlaces({ communities: ['yuesheng'] });
const noticedAt = '2024-04-15T00:00:00Z';
const opensAt = '2024-05-01T00:00:00Z';
const closesAt = '2024-05-10T00:00:00Z';
const objectionsEndAt = '2024-05-17T00:00:00Z';
const prep = { id: 'prep-yuesheng', role: 'preparatory-group' };
const court = { id: 'court-zjg', role: 'court' };
const agenda = [{ voteId: 'v1', matter: 4 as const, title: proposal.title }];
const units = [...electorate, ...developerUnits];

/** Vote `v1` proposed under `procedure` by `convenedBy`. */
const proposedV2 = (procedure: VoteProcedure = DEFAULT_VOTE_PROCEDURE, extra: Partial<VoteProposedV2Data> = {}) =>
  event(
    stream,
    VoteProposedV2,
    { ...proposal, convenedBy: 'owners-committee', petitioners: [], grounds: null, procedure, ...extra },
    { actor: committee, occurredAt: noticedAt },
  );
const noticed = event(
  stream,
  VoteNoticeGiven,
  { voteId: 'v1', agenda, votingOpensAt: opensAt, closesAt, documentSha256: null },
  { actor: committee, occurredAt: noticedAt },
);
const registeredAll = event(
  stream,
  ElectorateRegistered,
  { voteId: 'v1', units },
  { actor: committee, occurredAt: noticedAt },
);
const openedV2 = event(
  stream,
  VotingOpened,
  { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 },
  { actor: committee, occurredAt: opensAt },
);
const tally = tallyOf([40_000, 3], [0, 0]);
const closed = event(stream, VotingClosed, { voteId: 'v1', tally }, { actor: committee, occurredAt: closesAt });
/** Vote `v1` under the default procedure, closed with owner 1's sealed ballot among those cast. */
const closedV2 = [proposedV2(), noticed, registeredAll, openedV2, sealedBallot(1, 'approve'), closed];
const objection = event(
  stream,
  VoteObjectionFiled,
  { voteId: 'v1', objectionId: 'obj-1', grounds: '计票有误' },
  { actor: owner(2), occurredAt: '2024-05-12T00:00:00Z' },
);
const inspection = (agrees: boolean) =>
  event(
    stream,
    BallotsInspected,
    {
      voteId: 'v1',
      reason: '业主异议',
      objectionRef: 'obj-1',
      openedBallots: 1,
      agrees,
      disagreeingLeafIndices: agrees ? [] : [4],
    },
    { actor: street, occurredAt: '2024-05-14T00:00:00Z' },
  );
const certified = event(
  stream,
  ResultCertified,
  { voteId: 'v1', passed: true, outcome: computeOutcome(4, tally) },
  { actor: committee, occurredAt: objectionsEndAt },
);

describe('convening an owners’ assembly vote', () => {
  it('lets the preparatory group convene the first assembly in a role of its own (ConvenedBy)', async () => {
    await given(...community)
      .when(ProposeVote, { data: { ...proposal, matter: 3 }, actor: prep, occurredAt: noticedAt })
      .thenEvents(
        emitted(VoteProposedV2, {
          ...proposal,
          matter: 3,
          convenedBy: 'preparatory-group',
          petitioners: [],
          grounds: null,
          procedure: DEFAULT_VOTE_PROCEDURE,
        }),
      );
  });

  it('refuses a preparatory group once the community elected a committee (NotFirstAssembly)', async () => {
    const elected = event('committee-yuesheng', CommitteeElected, {
      communityId: 'yuesheng',
      voteId: 'v0',
      members: [],
      memberCount: 0,
      partyMemberCount: 0,
    });
    await given(...community, elected)
      .when(ProposeVote, { data: { ...proposal, matter: 3 }, actor: prep, occurredAt: noticedAt })
      .thenError('NotFirstAssembly');
  });

  it('refuses a preparatory group convening on a matter of a later assembly (MatterNotForPreparatoryGroup)', async () => {
    await given(...community)
      .when(ProposeVote, { data: proposal, actor: prep, occurredAt: noticedAt })
      .thenError('MatterNotForPreparatoryGroup');
  });

  it('records a petition of owners with its petitioners, proposed by one of them (ConvenedBy owners-petition)', async () => {
    const [event] = await given(...community)
      .when(ProposeVote, {
        data: { ...proposal, petitioners: ['person-1', 'person-2'] },
        actor: owner(1),
        occurredAt: noticedAt,
      })
      .thenAccepted();
    expect(event?.data).toMatchObject({ convenedBy: 'owners-petition', petitioners: ['person-1', 'person-2'] });
  });

  it('refuses a petition its proposer did not sign (PetitionTooSmall)', async () => {
    await given(...community)
      .when(ProposeVote, { data: { ...proposal, petitioners: ['person-2'] }, actor: owner(1), occurredAt: noticedAt })
      .thenError('PetitionTooSmall', 'must be one of the petitioners');
  });

  it('refuses to open a petitioned vote whose registered petitioners are under 20 % of the owners (PetitionTooSmall)', async () => {
    const petition = proposedV2(DEFAULT_VOTE_PROCEDURE, { convenedBy: 'owners-petition', petitioners: ['person-9'] });
    await given(petition, noticed, registeredAll)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: opensAt })
      .thenError('PetitionTooSmall', '0 registered owners petitioned, fewer than 20 % of the 4 registered owners');
  });

  it('opens a petitioned vote whose petitioners are at least 20 % of the owners, exactly at the boundary', async () => {
    const petition = proposedV2(makeVoteProcedure({ petitionPercent: 25 }), {
      convenedBy: 'owners-petition',
      petitioners: ['person-2'],
    });
    await given(petition, noticed, registeredAll)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: opensAt })
      .thenAccepted();
  });

  it('refuses petitioners on a proposal that is not a petition (PetitionersOnlyOnPetition)', async () => {
    await given(...community)
      .when(ProposeVote, { data: { ...proposal, petitioners: ['person-1'] }, actor: committee, occurredAt: noticedAt })
      .thenError('PetitionersOnlyOnPetition');
  });

  it('refuses a street office convening without grounds (ConveningGroundsRequired)', async () => {
    await given(...community)
      .when(ProposeVote, { data: proposal, actor: street, occurredAt: noticedAt })
      .thenError('ConveningGroundsRequired');
  });

  it('refuses a vote of an unregistered community (CommunityNotRegistered)', async () => {
    await given()
      .when(ProposeVote, { data: proposal, actor: committee, occurredAt: noticedAt })
      .thenError('CommunityNotRegistered');
  });

  it('refuses a vote of a community whose registration ended (CommunityNotRegistered)', async () => {
    const ended = event(projectStreamId('yuesheng'), RegistrationEnded, {
      kind: 'project',
      id: 'yuesheng',
      reason: '并入相邻小区',
    });
    await given(...community, ended)
      .when(ProposeVote, { data: proposal, actor: committee, occurredAt: noticedAt })
      .thenError('CommunityNotRegistered');
  });
});

describe('the notice and the voting window', () => {
  const notice = { voteId: 'v1', agenda, votingOpensAt: opensAt, closesAt };

  it('records the notice with its agenda and announced window', async () => {
    await given(proposedV2())
      .when(GiveVoteNotice, { data: notice, actor: committee, occurredAt: noticedAt })
      .thenEvents(emitted(VoteNoticeGiven, { ...notice, documentSha256: null }));
  });

  it('refuses a notice less than 15 days before voting opens, by the ledger’s time (NoticePeriodTooShort)', async () => {
    await given(proposedV2())
      .when(GiveVoteNotice, {
        data: notice,
        actor: committee,
        occurredAt: noticedAt,
        recordedAt: '2024-04-16T00:00:01Z',
      })
      .thenError('NoticePeriodTooShort');
  });

  it('refuses a notice whose agenda does not list the vote, so no ballot is taken on it (ItemNotInNotice)', async () => {
    await given(proposedV2())
      .when(GiveVoteNotice, {
        data: { ...notice, agenda: [{ voteId: 'v1', matter: 4, title: '另一事项' }] },
        actor: committee,
        occurredAt: noticedAt,
      })
      .thenError('ItemNotInNotice');
  });

  it('refuses a voting window longer than the policy allows (VotingWindowOutOfBounds)', async () => {
    await given(proposedV2())
      .when(GiveVoteNotice, {
        data: { ...notice, closesAt: '2024-07-01T00:00:00Z' },
        actor: committee,
        occurredAt: noticedAt,
      })
      .thenError('VotingWindowOutOfBounds');
  });

  it('refuses a window of 3 days under Hangzhou’s bounds of 5 to 60 days (VotingWindowOutOfBounds)', async () => {
    const hangzhou = makeVoteProcedure({ minWindowDays: 5, maxWindowDays: 60 });
    await given(proposedV2(hangzhou))
      .when(GiveVoteNotice, {
        data: { ...notice, closesAt: '2024-05-04T00:00:00Z' },
        actor: committee,
        occurredAt: noticedAt,
      })
      .thenError('VotingWindowOutOfBounds', '5 to 60 days');
  });

  it('stamps the procedure it is proposed under into the proposal', async () => {
    const hangzhou = makeVoteProcedure({ minWindowDays: 5, maxWindowDays: 60 });
    const [event] = await given(...community)
      .when(proposeVoteUnder(hangzhou), { data: proposal, actor: committee, occurredAt: noticedAt })
      .thenAccepted();
    expect(event?.data).toMatchObject({ procedure: { minWindowDays: 5, maxWindowDays: 60, noticeDays: 15 } });
  });

  it('refuses to open voting without a notice (NoticeRequired)', async () => {
    await given(proposedV2())
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: units }, actor: committee, occurredAt: opensAt })
      .thenError('NoticeRequired');
  });

  it('refuses to open voting recorded before the announced opening, whatever date it carries (NoticePeriodNotOver)', async () => {
    await given(proposedV2(), noticed)
      .when(OpenVoting, {
        data: { voteId: 'v1', closesAt, electorate: units },
        actor: committee,
        occurredAt: '2024-04-30T23:00:00Z',
        recordedAt: '2024-04-30T23:00:00Z',
      })
      .thenError('NoticePeriodNotOver');
  });

  it('refuses a closing time other than the one the notice announced (WindowDiffersFromNotice)', async () => {
    await given(proposedV2(), noticed)
      .when(OpenVoting, {
        data: { voteId: 'v1', closesAt: '2024-05-11T00:00:00Z', electorate: units },
        actor: committee,
        occurredAt: opensAt,
      })
      .thenError('WindowDiffersFromNotice');
  });

  it('refuses an opening so late that the window left is under the policy’s minimum (VotingWindowOutOfBounds)', async () => {
    await given(proposedV2(), noticed)
      .when(OpenVoting, {
        data: { voteId: 'v1', closesAt, electorate: units },
        actor: committee,
        occurredAt: '2024-05-09T12:00:00Z',
      })
      .thenError('VotingWindowOutOfBounds');
  });
});

describe('objections and certification', () => {
  it('records an owner’s objection within the objection period', async () => {
    await given(...closedV2)
      .when(FileVoteObjection, {
        data: { voteId: 'v1', objectionId: 'obj-1', grounds: '计票有误' },
        actor: owner(2),
        occurredAt: '2024-05-12T00:00:00Z',
      })
      .thenEvents(emitted(VoteObjectionFiled, { voteId: 'v1', objectionId: 'obj-1', grounds: '计票有误' }));
  });

  it('refuses an objection recorded after the period, even when dated within it (ObjectionPeriodOver)', async () => {
    await given(...closedV2)
      .when(FileVoteObjection, {
        data: { voteId: 'v1', objectionId: 'obj-1', grounds: '计票有误' },
        actor: owner(2),
        occurredAt: '2024-05-16T00:00:00Z',
        recordedAt: objectionsEndAt,
      })
      .thenError('ObjectionPeriodOver');
  });

  it('refuses an objection by someone outside the electorate (NotARegisteredOwner)', async () => {
    await given(...closedV2)
      .when(FileVoteObjection, {
        data: { voteId: 'v1', objectionId: 'obj-1', grounds: '计票有误' },
        actor: owner(9),
        occurredAt: '2024-05-12T00:00:00Z',
      })
      .thenError('NotARegisteredOwner');
  });

  it('refuses to certify before the objection period ends, by the ledger’s time (ObjectionPeriodNotOver)', async () => {
    await given(...closedV2)
      .when(CertifyResult, {
        data: { voteId: 'v1' },
        actor: committee,
        occurredAt: '2024-05-16T23:59:59Z',
        recordedAt: '2024-05-16T23:59:59Z',
      })
      .thenError('ObjectionPeriodNotOver');
  });

  it('refuses to certify while an objection has no inspection of the ballots (ObjectionUnanswered)', async () => {
    await given(...closedV2, objection)
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: committee, occurredAt: objectionsEndAt })
      .thenError('ObjectionUnanswered', 'obj-1');
  });

  it('refuses an inspection that answers no filed objection (UnknownObjection)', async () => {
    await given(...closedV2)
      .when(RecordInspection, {
        data: {
          voteId: 'v1',
          reason: '抽查',
          objectionRef: 'obj-9',
          openedBallots: 1,
          agrees: true,
          disagreeingLeafIndices: [],
        },
        actor: street,
        occurredAt: '2024-05-14T00:00:00Z',
      })
      .thenError('UnknownObjection');
  });

  it('refuses to certify a tally an inspection contradicted (InspectionDisagrees)', async () => {
    await given(...closedV2, objection, inspection(false))
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: committee, occurredAt: objectionsEndAt })
      .thenError('InspectionDisagrees');
  });

  it('certifies once the period ended and the objection was answered by an agreeing inspection', async () => {
    const [event] = await given(...closedV2, objection, inspection(true))
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: committee, occurredAt: objectionsEndAt })
      .thenAccepted();
    expect(event?.type).toBe(ResultCertified.type);
  });
});

describe('revoking a certified decision', () => {
  it('records a court’s revocation (Civil Code art. 280 ¶2)', async () => {
    const data = { voteId: 'v1', reference: '(2024)苏0582民初1号', grounds: '违反法定程序' };
    await given(...closedV2, certified)
      .when(RevokeDecision, { data, actor: court, occurredAt: '2024-09-01T00:00:00Z' })
      .thenEvents(emitted(DecisionRevoked, { ...data, revokedBy: 'court' }));
  });

  it('refuses a revocation by a property company (Forbidden)', async () => {
    await given(...closedV2, certified)
      .when(RevokeDecision, {
        data: { voteId: 'v1', reference: 'x', grounds: 'y' },
        actor: { id: 'co-a', role: 'property-company' },
        occurredAt: '2024-09-01T00:00:00Z',
      })
      .thenError('Forbidden');
  });

  it('refuses to revoke a result never certified (VoteStatusForbids)', async () => {
    await given(...closedV2)
      .when(RevokeDecision, {
        data: { voteId: 'v1', reference: 'x', grounds: 'y' },
        actor: court,
        occurredAt: objectionsEndAt,
      })
      .thenError('VoteStatusForbids');
  });

  it('makes a revoked decision authorise nothing, saying so', () => {
    const revoked = event(
      stream,
      DecisionRevoked,
      { voteId: 'v1', revokedBy: 'authority', reference: '张住建〔2024〕1号', grounds: '程序违法' },
      { actor: street, occurredAt: '2024-09-01T00:00:00Z' },
    );
    const state = [...closedV2, certified, revoked].reduce(
      (s, g, i) =>
        voteAggregate.evolve(s, {
          ...g.event,
          schemaVersion: g.event.schemaVersion ?? 1,
          eventId: `e${i}`,
          streamId: g.streamId,
          streamVersion: i,
          metadata: { ...g.act, recordedAt: g.act.occurredAt },
        } as never),
      voteAggregate.initialState,
    );
    expect(whyVoteDoesNotAuthorise(state, 'yuesheng', 4)).toBe(
      'its decision was revoked by the authority (张住建〔2024〕1号) at 2024-09-01T00:00:00Z',
    );
  });
});

describe('votes proposed before the procedure (schema 1)', () => {
  it('lifts a schema-1 proposal to schema 2 with no convener and no procedure', () => {
    expect(voteProposedV1Upcaster.fromVersion).toBe(1);
    expect(upcastVoteProposedV1({ voteId: 'v1' })).toEqual({
      voteId: 'v1',
      convenedBy: null,
      petitioners: [],
      grounds: null,
      procedure: null,
    });
  });

  it('keeps the rules of their time: open without a notice, certify without an objection period', async () => {
    const legacy = event(stream, VoteProposed, proposal, { actor: committee, occurredAt: noticedAt });
    await given(legacy, registeredAll)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: opensAt })
      .thenAccepted();
    await given(legacy, registeredAll, openedV2, closed)
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: committee, occurredAt: '2024-05-10T01:00:00Z' })
      .thenAccepted();
  });
});

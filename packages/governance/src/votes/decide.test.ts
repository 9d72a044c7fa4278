import { describe, expect, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import { CastBallot, CertifyResult, CloseVoting, OpenVoting, ProposeVote, RegisterElectorate } from './commands.ts';
import { BallotCast, ElectorateRegistered, ResultCertified, VoteProposed, VotingClosed, VotingOpened } from './events.ts';

const stream = 'vote-v1';
const committee = { id: 'oc-yuesheng', role: 'owners-committee' };
const street = { id: 'so-jinfeng', role: 'street-office' };
const owner = (n: number) => ({ id: `person-${n}`, role: 'owner' });
const developer = { id: 'dev-huaxia', role: 'developer' };
const t0 = '2024-05-01T00:00:00Z';
const during = '2024-05-05T00:00:00Z';
const closesAt = '2024-05-10T00:00:00Z';
const after = '2024-05-10T00:00:00Z';

const unit = (unitId: string, n: number, areaM2Hundredths: number) => ({
  unitId,
  ownerId: `person-${n}`,
  ownerName: `业主${n}`,
  ownerKind: 'individual' as const,
  areaM2Hundredths,
});
const unsold = (unitId: string, areaM2Hundredths: number) => ({
  unitId,
  ownerId: 'dev-huaxia',
  ownerName: '华夏置业',
  ownerKind: 'developer-unsold' as const,
  areaM2Hundredths,
});
// Owner 1 holds two units; the developer holds two unsold units: 4 owners, 100 m² each unit.
const electorate = [unit('1-101', 1, 10_000), unit('1-102', 1, 10_000), unit('1-201', 2, 10_000), unit('1-202', 3, 10_000)];
const developerUnits = [unsold('2-101', 10_000), unsold('2-102', 10_000)];

const proposal = { voteId: 'v1', communityId: 'yuesheng', matter: 4 as const, title: 'Dismiss the property company' };
const proposed = event(stream, VoteProposed, proposal, { actor: committee, occurredAt: t0 });
const registered = event(stream, ElectorateRegistered, { voteId: 'v1', units: [...electorate, ...developerUnits] }, { actor: committee, occurredAt: t0 });
const opened = event(
  stream,
  VotingOpened,
  { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 },
  { actor: committee, occurredAt: t0 },
);
const ballot = (n: number, choice: 'approve' | 'reject' | 'abstain', previousChoice: 'approve' | 'reject' | 'abstain' | null = null) =>
  event(
    stream,
    BallotCast,
    { voteId: 'v1', ownerId: `person-${n}`, choice, previousChoice, areaM2Hundredths: n === 1 ? 20_000 : 10_000, unitCount: n === 1 ? 2 : 1 },
    { actor: owner(n), occurredAt: during },
  );
const tallyOf = (approve: [number, number], reject: [number, number], total: [number, number] = [60_000, 4]) => ({
  totalAreaM2Hundredths: total[0],
  totalOwners: total[1],
  approve: { areaM2Hundredths: approve[0], owners: approve[1] },
  reject: { areaM2Hundredths: reject[0], owners: reject[1] },
  abstain: { areaM2Hundredths: 0, owners: 0 },
});
const closedEvent = (approve: [number, number], reject: [number, number]) =>
  event(stream, VotingClosed, { voteId: 'v1', tally: tallyOf(approve, reject) }, { actor: committee, occurredAt: after });
const open = [proposed, registered, opened];

describe('ProposeVote', () => {
  it('records a proposal on an art. 278 matter by the owners’ committee', () => {
    given().when(ProposeVote, { data: proposal, actor: committee, occurredAt: t0 }).thenEvents(emitted(VoteProposed, proposal));
  });

  it('refuses a proposal by a property company', () => {
    given().when(ProposeVote, { data: proposal, actor: { id: 'pc', role: 'property-company' }, occurredAt: t0 }).thenError('Forbidden');
  });

  it('refuses a matter outside 1 to 9', () => {
    given()
      .when(ProposeVote, { data: { ...proposal, matter: 10 } as unknown as typeof proposal, actor: committee, occurredAt: t0 })
      .thenError('DecodeError');
  });

  it('requires a vote on using the maintenance fund to name the amount', () => {
    given().when(ProposeVote, { data: { ...proposal, matter: 5 }, actor: committee, occurredAt: t0 }).thenError('AmountRequired');
  });

  it('refuses an amount on a matter other than using the maintenance fund', () => {
    given()
      .when(ProposeVote, { data: { ...proposal, requestedAmountFen: 100 }, actor: committee, occurredAt: t0 })
      .thenError('AmountNotApplicable');
  });
});

describe('RegisterElectorate and OpenVoting', () => {
  it('registers the electorate and opens voting with its totals in one act', () => {
    const units = [...electorate, ...developerUnits];
    given(proposed)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: units }, actor: committee, occurredAt: t0 })
      .thenEvents(
        emitted(ElectorateRegistered, { voteId: 'v1', units }),
        emitted(VotingOpened, { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 }),
      );
  });

  it('opens over an electorate registered earlier in batches', () => {
    given(proposed, registered)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: t0 })
      .thenEvents(emitted(VotingOpened, { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 }));
  });

  it('refuses to open voting over no units', () => {
    given(proposed)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'no units are registered');
  });

  it('refuses a unit registered twice', () => {
    given(proposed, registered)
      .when(RegisterElectorate, { data: { voteId: 'v1', units: [unit('1-101', 9, 5000)] }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'unit 1-101 is registered twice');
  });

  it('refuses the developer’s unsold units under two owner ids, since they count as one owner', () => {
    const split = [unsold('3-101', 100), { ...unsold('3-102', 100), ownerId: 'dev-other' }];
    given(proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', units: split }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'count as one owner');
  });

  it('refuses an individual owner id that is not pseudonymous', () => {
    given(proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', units: [{ ...unit('1-101', 1, 100), ownerId: '王五' }] }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'not a pseudonymous person id');
  });

  it('refuses more than 200 units in one command', () => {
    const many = Array.from({ length: 201 }, (_, i) => unit(`u${i}`, i, 100));
    given(proposed)
      .when(RegisterElectorate, { data: { voteId: 'v1', units: many }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'at most 200');
  });

  it('refuses registering units once voting opened', () => {
    given(...open)
      .when(RegisterElectorate, { data: { voteId: 'v1', units: [unit('9-901', 9, 100)] }, actor: committee, occurredAt: during })
      .thenError('VoteStatusForbids', 'while it is open');
  });

  it('refuses a closing time that is not after the opening', () => {
    given(proposed, registered)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt: t0, electorate: [] }, actor: committee, occurredAt: t0 })
      .thenError('ClosingNotAfterOpening');
  });
});

describe('CastBallot', () => {
  it('records one ballot covering all the units of an owner of several units', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: during })
      .thenEvents(
        emitted(BallotCast, { voteId: 'v1', ownerId: 'person-1', choice: 'approve', previousChoice: null, areaM2Hundredths: 20_000, unitCount: 2 }),
      );
  });

  it('records a changed ballot as replacing the previous one', () => {
    given(...open, ballot(2, 'reject'))
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(2), occurredAt: during })
      .thenEvents(
        emitted(BallotCast, { voteId: 'v1', ownerId: 'person-2', choice: 'approve', previousChoice: 'reject', areaM2Hundredths: 10_000, unitCount: 1 }),
      );
  });

  it('lets the developer cast one ballot for all its unsold units', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'abstain' }, actor: developer, occurredAt: during })
      .thenEvents(
        emitted(BallotCast, { voteId: 'v1', ownerId: 'dev-huaxia', choice: 'abstain', previousChoice: null, areaM2Hundredths: 20_000, unitCount: 2 }),
      );
  });

  it('refuses a ballot from someone who owns no registered unit', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(99), occurredAt: during })
      .thenError('NotARegisteredOwner');
  });

  it('refuses the developer’s ballot cast in the role of an individual owner', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: { id: 'dev-huaxia', role: 'owner' }, occurredAt: during })
      .thenError('NotARegisteredOwner', 'votes as developer');
  });

  it('refuses a ballot before voting opened', () => {
    given(proposed, registered)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: during })
      .thenError('VoteStatusForbids', 'while it is proposed');
  });

  it('rejects a ballot cast at or after the closing time', () => {
    given(...open)
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: closesAt })
      .thenError('VotingAlreadyClosed');
  });

  it('rejects a ballot cast after voting closed', () => {
    given(...open, closedEvent([0, 0], [0, 0]))
      .when(CastBallot, { data: { voteId: 'v1', choice: 'approve' }, actor: owner(1), occurredAt: during })
      .thenError('VotingAlreadyClosed');
  });
});

describe('CloseVoting', () => {
  it('records the tally of each owner’s last ballot on closing', () => {
    given(...open, ballot(1, 'reject'), ballot(1, 'approve', 'reject'), ballot(2, 'reject'))
      .when(CloseVoting, { data: { voteId: 'v1' }, actor: committee, occurredAt: after })
      .thenEvents(emitted(VotingClosed, { voteId: 'v1', tally: tallyOf([20_000, 1], [10_000, 1]) }));
  });

  it('refuses to close before the announced closing time', () => {
    given(...open)
      .when(CloseVoting, { data: { voteId: 'v1' }, actor: committee, occurredAt: during })
      .thenError('VotingPeriodNotOver');
  });
});

describe('CertifyResult', () => {
  // Three owners of one unit each: two of them taking part is exactly two thirds of the owners.
  const threeOwners = (areas: [number, number, number]) => [
    proposed,
    event(stream, ElectorateRegistered, { voteId: 'v1', units: areas.map((a, i) => unit(`u${i + 1}`, i + 1, a)) }, { occurredAt: t0 }),
    event(stream, VotingOpened, { voteId: 'v1', closesAt, unitCount: 3, totalAreaM2Hundredths: areas[0] + areas[1] + areas[2], totalOwners: 3 }, { occurredAt: t0 }),
    event(stream, BallotCast, { voteId: 'v1', ownerId: 'person-1', choice: 'approve', previousChoice: null, areaM2Hundredths: areas[0], unitCount: 1 }, { actor: owner(1), occurredAt: during }),
    event(stream, BallotCast, { voteId: 'v1', ownerId: 'person-2', choice: 'approve', previousChoice: null, areaM2Hundredths: areas[1], unitCount: 1 }, { actor: owner(2), occurredAt: during }),
    event(stream, VotingClosed, { voteId: 'v1', tally: tallyOf([areas[0] + areas[1], 2], [0, 0], [areas[0] + areas[1] + areas[2], 3]) }, { actor: committee, occurredAt: after }),
  ];

  it('certifies a pass at exactly two thirds of the area and of the owners taking part', () => {
    const [certified] = given(...threeOwners([10_000, 10_000, 10_000]))
      .when(CertifyResult, { data: { voteId: 'v1', expectedOutcome: 'passed' }, actor: street, occurredAt: after })
      .thenAccepted();
    expect(certified?.type).toBe(ResultCertified.type);
    expect(certified?.data).toMatchObject({ voteId: 'v1', passed: true, outcome: { participationMet: true, reasons: [] } });
  });

  it('certifies a failure when the participating area is one hundredth of a square metre below two thirds', () => {
    const [certified] = given(...threeOwners([10_000, 10_000, 10_001]))
      .when(CertifyResult, { data: { voteId: 'v1', expectedOutcome: 'failed' }, actor: committee, occurredAt: after })
      .thenAccepted();
    expect(certified?.data).toMatchObject({ passed: false, outcome: { participationMet: false } });
  });

  it('refuses to certify a result the certifier expected differently', () => {
    given(...threeOwners([10_000, 10_000, 10_001]))
      .when(CertifyResult, { data: { voteId: 'v1', expectedOutcome: 'passed' }, actor: committee, occurredAt: after })
      .thenError('OutcomeMismatch', 'computes as failed');
  });

  it('refuses to certify while voting is open', () => {
    given(...open)
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: committee, occurredAt: after })
      .thenError('VoteStatusForbids', 'while it is open');
  });

  it('refuses certification by a property company', () => {
    given(...threeOwners([100, 100, 100]))
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: { id: 'pc', role: 'property-company' }, occurredAt: after })
      .thenError('Forbidden');
  });
});

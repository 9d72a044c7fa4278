import { describe, expect, it } from 'vitest';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import { CertifyResult, CloseVoting, OpenVoting, ProposeVote } from './commands.ts';
import {
  BallotCast,
  ElectorateRegistered,
  ResultCertified,
  VoteProposedV2,
  VotingClosed,
  VotingOpened,
} from './events.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { DEFAULT_VOTE_PROCEDURE } from './policy.ts';
import {
  after,
  ballot,
  closesAt,
  committee,
  developerUnits,
  during,
  electorate,
  open,
  owner,
  proposal,
  proposed,
  registered,
  stream,
  street,
  t0,
  tallyOf,
  unit,
} from './test-fixtures.ts';

const community = registeredPlaces({ communities: ['yuesheng'] });

describe('ProposeVote', () => {
  it('records a proposal on an art. 278 matter by the owners’ committee, under the procedure in force', async () => {
    await given(...community)
      .when(ProposeVote, { data: proposal, actor: committee, occurredAt: t0 })
      .thenEvents(
        emitted(VoteProposedV2, {
          ...proposal,
          convenedBy: 'owners-committee',
          petitioners: [],
          grounds: null,
          procedure: DEFAULT_VOTE_PROCEDURE,
        }),
      );
  });

  it('refuses a proposal by a property company', async () => {
    await given()
      .when(ProposeVote, { data: proposal, actor: { id: 'pc', role: 'property-company' }, occurredAt: t0 })
      .thenError('Forbidden');
  });

  it('refuses a matter outside 1 to 9', async () => {
    await given()
      .when(ProposeVote, {
        data: { ...proposal, matter: 10 } as unknown as typeof proposal,
        actor: committee,
        occurredAt: t0,
      })
      .thenError('DecodeError');
  });

  it('requires a vote on using the maintenance fund to name the amount', async () => {
    await given(...community)
      .when(ProposeVote, { data: { ...proposal, matter: 5 }, actor: committee, occurredAt: t0 })
      .thenError('AmountRequired');
  });

  it('refuses an amount on a matter other than using the maintenance fund', async () => {
    await given(...community)
      .when(ProposeVote, { data: { ...proposal, requestedAmountFen: 100 }, actor: committee, occurredAt: t0 })
      .thenError('AmountNotApplicable');
  });
});

describe('ElectionRevoked: a committee whose electing decision was revoked may not convene a vote', () => {
  const sitting = committeeElectedBy('v3');
  const revoked = [...sitting, revokedByCourt('v3')];

  it('refuses a vote convened by a committee whose electing decision a court revoked, naming the judgment', async () => {
    await given(...community, ...revoked)
      .when(ProposeVote, { data: proposal, actor: committee, occurredAt: t0 })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
  });

  it('accepts a vote convened by a committee whose electing decision stands', async () => {
    await given(...community, ...sitting)
      .when(ProposeVote, { data: proposal, actor: committee, occurredAt: t0 })
      .thenAccepted();
  });

  it('lets the committee a new election seated after the revocation convene again', async () => {
    await given(...community, ...revoked, ...committeeElectedBy('v3b'))
      .when(ProposeVote, { data: proposal, actor: committee, occurredAt: t0 })
      .thenEvents(
        emitted(VoteProposedV2, {
          ...proposal,
          convenedBy: 'owners-committee',
          petitioners: [],
          grounds: null,
          procedure: DEFAULT_VOTE_PROCEDURE,
        }),
      );
  });

  it('leaves the owners a petition and the street office its convening while no committee stands', async () => {
    await given(...community, ...revoked)
      .when(ProposeVote, { data: { ...proposal, grounds: '业主委员会选举决定被撤销' }, actor: street, occurredAt: t0 })
      .thenAccepted();
    await given(...community, ...revoked)
      .when(ProposeVote, { data: { ...proposal, petitioners: ['person-1'] }, actor: owner(1), occurredAt: t0 })
      .thenAccepted();
  });
});

describe('OpenVoting over the registered electorate', () => {
  it('refuses an electorate typed in at opening, naming ElectorateNotDerived, and records nothing', async () => {
    const units = [...electorate, ...developerUnits];
    await given(proposed)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: units }, actor: committee, occurredAt: t0 })
      .thenError('ElectorateNotDerived', 'unit register');
  });

  it('opens over an electorate registered earlier in batches', async () => {
    await given(proposed, registered)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: t0 })
      .thenEvents(
        emitted(VotingOpened, { voteId: 'v1', closesAt, unitCount: 6, totalAreaM2Hundredths: 60_000, totalOwners: 4 }),
      );
  });

  it('refuses to open voting over no units', async () => {
    await given(proposed)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt, electorate: [] }, actor: committee, occurredAt: t0 })
      .thenError('InvalidElectorate', 'no units are registered');
  });

  it('refuses a closing time that is not after the opening', async () => {
    await given(proposed, registered)
      .when(OpenVoting, { data: { voteId: 'v1', closesAt: t0, electorate: [] }, actor: committee, occurredAt: t0 })
      .thenError('ClosingNotAfterOpening');
  });
});

describe('CloseVoting', () => {
  it('records the tally of each owner’s last ballot on closing', async () => {
    await given(...open, ballot(1, 'reject'), ballot(1, 'approve', 'reject'), ballot(2, 'reject'))
      .when(CloseVoting, { data: { voteId: 'v1' }, actor: committee, occurredAt: after })
      .thenEvents(emitted(VotingClosed, { voteId: 'v1', tally: tallyOf([20_000, 1], [10_000, 1]) }));
  });

  it('refuses to close before the announced closing time', async () => {
    await given(...open)
      .when(CloseVoting, { data: { voteId: 'v1' }, actor: committee, occurredAt: during })
      .thenError('VotingPeriodNotOver');
  });
});

describe('CertifyResult', () => {
  // Three owners of one unit each: two of them taking part is exactly two thirds of the owners.
  const threeOwners = (areas: [number, number, number]) => [
    proposed,
    event(
      stream,
      ElectorateRegistered,
      { voteId: 'v1', units: areas.map((a, i) => unit(`u${i + 1}`, i + 1, a)) },
      { occurredAt: t0 },
    ),
    event(
      stream,
      VotingOpened,
      { voteId: 'v1', closesAt, unitCount: 3, totalAreaM2Hundredths: areas[0] + areas[1] + areas[2], totalOwners: 3 },
      { occurredAt: t0 },
    ),
    event(
      stream,
      BallotCast,
      {
        voteId: 'v1',
        ownerId: 'person-1',
        choice: 'approve',
        previousChoice: null,
        areaM2Hundredths: areas[0],
        unitCount: 1,
      },
      { actor: owner(1), occurredAt: during },
    ),
    event(
      stream,
      BallotCast,
      {
        voteId: 'v1',
        ownerId: 'person-2',
        choice: 'approve',
        previousChoice: null,
        areaM2Hundredths: areas[1],
        unitCount: 1,
      },
      { actor: owner(2), occurredAt: during },
    ),
    event(
      stream,
      VotingClosed,
      { voteId: 'v1', tally: tallyOf([areas[0] + areas[1], 2], [0, 0], [areas[0] + areas[1] + areas[2], 3]) },
      { actor: committee, occurredAt: after },
    ),
  ];

  it('certifies a pass at exactly two thirds of the area and of the owners taking part', async () => {
    const [certified] = await given(...threeOwners([10_000, 10_000, 10_000]))
      .when(CertifyResult, { data: { voteId: 'v1', expectedOutcome: 'passed' }, actor: street, occurredAt: after })
      .thenAccepted();
    expect(certified?.type).toBe(ResultCertified.type);
    expect(certified?.data).toMatchObject({
      voteId: 'v1',
      passed: true,
      outcome: { participationMet: true, reasons: [] },
    });
  });

  it('certifies a failure when the participating area is one hundredth of a square metre below two thirds', async () => {
    const [certified] = await given(...threeOwners([10_000, 10_000, 10_001]))
      .when(CertifyResult, { data: { voteId: 'v1', expectedOutcome: 'failed' }, actor: committee, occurredAt: after })
      .thenAccepted();
    expect(certified?.data).toMatchObject({ passed: false, outcome: { participationMet: false } });
  });

  it('refuses certification by a committee whose electing decision was revoked (ElectionRevoked); the street office or a newly elected committee certifies', async () => {
    const revoked = [...committeeElectedBy('v3'), revokedByCourt('v3')];
    const certify = { voteId: 'v1', expectedOutcome: 'passed' as const };
    await given(...threeOwners([10_000, 10_000, 10_000]), ...revoked)
      .when(CertifyResult, { data: certify, actor: committee, occurredAt: after })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
    await given(...threeOwners([10_000, 10_000, 10_000]), ...revoked)
      .when(CertifyResult, { data: certify, actor: street, occurredAt: after })
      .thenAccepted();
    await given(...threeOwners([10_000, 10_000, 10_000]), ...revoked, ...committeeElectedBy('v3b'))
      .when(CertifyResult, { data: certify, actor: committee, occurredAt: after })
      .thenAccepted();
  });

  it('refuses to certify a result the certifier expected differently', async () => {
    await given(...threeOwners([10_000, 10_000, 10_001]))
      .when(CertifyResult, { data: { voteId: 'v1', expectedOutcome: 'passed' }, actor: committee, occurredAt: after })
      .thenError('OutcomeMismatch', 'computes as failed');
  });

  it('refuses to certify while voting is open', async () => {
    await given(...open)
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: committee, occurredAt: after })
      .thenError('VoteStatusForbids', 'while it is open');
  });

  it('refuses certification by a property company', async () => {
    await given(...threeOwners([100, 100, 100]))
      .when(CertifyResult, { data: { voteId: 'v1' }, actor: { id: 'pc', role: 'property-company' }, occurredAt: after })
      .thenError('Forbidden');
  });
});

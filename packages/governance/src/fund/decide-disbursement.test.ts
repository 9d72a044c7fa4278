import { describe, expect, it } from 'vitest';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import { ApproveDisbursement, ConfirmEmergency, DisburseFunds, RequestDisbursement } from './commands.ts';
import {
  DisbursementApportioned,
  DisbursementApproved,
  DisbursementRequested,
  EmergencyConfirmed,
  FundAccountOpened,
  FundDeposited,
  FundsDisbursed,
} from './events.ts';
import {
  at,
  community,
  deposited,
  fundCentre,
  fundStream,
  opened,
  ownersCommittee,
  streetOffice,
  voteHistory,
  placed,
} from './test-fixtures.ts';

const byVote = { kind: 'vote' as const, voteId: 'v5' };
const emergency = {
  kind: 'emergency' as const,
  emergency: 'lift-failure',
  evidence: { kind: 'inspection-notice' as const, sha256: 'a'.repeat(64) },
};
const request = (amountFen: number, authority: typeof byVote | typeof emergency = byVote, disbursementId = 'x1') => ({
  communityId: community,
  disbursementId,
  purpose: 'Replace the roof membrane of building 2',
  amountFen,
  authority,
});
const requested = (amountFen: number, authority: typeof byVote | typeof emergency = byVote, disbursementId = 'x1') =>
  event(
    fundStream,
    DisbursementRequested,
    { ...request(amountFen, authority, disbursementId), chargedUnitIds: null },
    { actor: ownersCommittee, occurredAt: at },
  );
const approved = (amountFen: number, disbursementId = 'x1') =>
  event(
    fundStream,
    DisbursementApproved,
    { communityId: community, disbursementId, amountFen },
    { actor: fundCentre, occurredAt: at },
  );
const ref = { communityId: community, disbursementId: 'x1' };

describe('RequestDisbursement under a vote', () => {
  it('records a request within the amount a certified passing matter-5 vote approved', async () => {
    await given(...placed, opened, ...voteHistory('v5', { amountFen: 100_000 }))
      .when(RequestDisbursement, { data: request(100_000), actor: ownersCommittee, occurredAt: at })
      .thenEvents(emitted(DisbursementRequested, { ...request(100_000), chargedUnitIds: null }));
  });

  it('refuses a request under a vote by anyone but the owners’ committee', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}))
      .when(RequestDisbursement, { data: request(1), actor: { id: 'pc', role: 'property-company' }, occurredAt: at })
      .thenError('CommitteeMustRequest');
    await given(...placed, opened, ...voteHistory('v5', {}))
      .when(RequestDisbursement, { data: request(1), actor: fundCentre, occurredAt: at })
      .thenError('Forbidden');
  });

  it('refuses a vote whose result is not yet certified', async () => {
    await given(...placed, opened, ...voteHistory('v5', { status: 'closed' }))
      .when(RequestDisbursement, { data: request(1), actor: ownersCommittee, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'not certified');
  });

  it('refuses a vote that failed', async () => {
    await given(...placed, opened, ...voteHistory('v5', { passes: false }))
      .when(RequestDisbursement, { data: request(1), actor: ownersCommittee, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'did not pass');
  });

  it('refuses a vote on another matter', async () => {
    await given(...placed, opened, ...voteHistory('v5', { matter: 4 }))
      .when(RequestDisbursement, { data: request(1), actor: ownersCommittee, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'not matter 5');
  });

  it('refuses a vote of another community', async () => {
    await given(...placed, opened, ...voteHistory('v5', { communityId: 'jinxiang' }))
      .when(RequestDisbursement, { data: request(1), actor: ownersCommittee, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'vote of jinxiang');
  });

  it('refuses a vote that was never proposed', async () => {
    await given(...placed, opened)
      .when(RequestDisbursement, { data: request(1), actor: ownersCommittee, occurredAt: at })
      .thenError('VoteDoesNotAuthorise', 'no such vote');
  });

  it('refuses a request that with earlier requests under the same vote exceeds the approved amount', async () => {
    await given(...placed, opened, ...voteHistory('v5', { amountFen: 100_000 }), requested(60_000))
      .when(RequestDisbursement, { data: request(40_001, byVote, 'x2'), actor: ownersCommittee, occurredAt: at })
      .thenError('AmountExceedsVote', '60000 fen is already requested');
  });

  it('refuses charging a unit without an account', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}))
      .when(RequestDisbursement, {
        data: { ...request(1), chargedUnitIds: ['a', 'q'] },
        actor: ownersCommittee,
        occurredAt: at,
      })
      .thenError('InvalidUnitList', 'unit q has no account');
  });
});

describe('the emergency procedure', () => {
  it('records an emergency request without a vote', async () => {
    await given(...placed, opened)
      .when(RequestDisbursement, { data: request(5_000, emergency), actor: ownersCommittee, occurredAt: at })
      .thenEvents(emitted(DisbursementRequested, { ...request(5_000, emergency), chargedUnitIds: null }));
  });

  it('refuses to approve an emergency use the street office has not confirmed', async () => {
    await given(...placed, opened, requested(5_000, emergency))
      .when(ApproveDisbursement, { data: ref, actor: fundCentre, occurredAt: at })
      .thenError('EmergencyNotConfirmed');
  });

  it('lets the street office confirm the emergency', async () => {
    await given(...placed, opened, requested(5_000, emergency))
      .when(ConfirmEmergency, { data: ref, actor: streetOffice, occurredAt: at })
      .thenEvents(emitted(EmergencyConfirmed, { ...ref, emergency: 'lift-failure' }));
  });

  it('refuses confirmation by the fund centre', async () => {
    await given(...placed, opened, requested(5_000, emergency))
      .when(ConfirmEmergency, { data: ref, actor: fundCentre, occurredAt: at })
      .thenError('Forbidden');
  });

  it('refuses to confirm a request made under a vote', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}), requested(5_000))
      .when(ConfirmEmergency, { data: ref, actor: streetOffice, occurredAt: at })
      .thenError('NotAnEmergency');
  });

  it('approves a confirmed emergency use', async () => {
    const confirmed = event(
      fundStream,
      EmergencyConfirmed,
      { ...ref, emergency: 'lift-failure' },
      { actor: streetOffice, occurredAt: at },
    );
    await given(...placed, opened, requested(5_000, emergency), confirmed)
      .when(ApproveDisbursement, { data: ref, actor: { id: 'hb-zjg', role: 'housing-bureau' }, occurredAt: at })
      .thenEvents(emitted(DisbursementApproved, { ...ref, amountFen: 5_000 }));
  });
});

describe('DisburseFunds', () => {
  const history = [
    ...placed,
    opened,
    deposited('d1', [10_000, 10_000, 10_000]),
    ...voteHistory('v5', {}),
    requested(10_001),
    approved(10_001),
  ];

  it('pays an approved disbursement and charges the units by area to the last fen', async () => {
    await given(...history)
      .when(DisburseFunds, { data: { ...ref, payeeId: 'contractor-7' }, actor: fundCentre, occurredAt: at })
      .thenEvents(
        emitted(FundsDisbursed, { ...ref, amountFen: 10_001, payeeId: 'contractor-7', chargedUnitCount: 3 }),
        emitted(DisbursementApportioned, {
          ...ref,
          charges: [
            { unitId: 'a', amountFen: 1_667 },
            { unitId: 'b', amountFen: 3_334 },
            { unitId: 'c', amountFen: 5_000 },
          ],
        }),
      );
  });

  it('refuses a disbursement that would overdraw a unit, naming it', async () => {
    const thin = [
      ...placed,
      opened,
      deposited('d1', [1_000, 10_000, 10_000]),
      ...voteHistory('v5', {}),
      requested(10_001),
      approved(10_001),
    ];
    await given(...thin)
      .when(DisburseFunds, { data: { ...ref, payeeId: 'contractor-7' }, actor: fundCentre, occurredAt: at })
      .thenError('InsufficientBalance', 'unit a holds 1000 fen but its share is 1667 fen');
  });

  it('refuses to disburse before approval', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}), requested(1))
      .when(DisburseFunds, { data: { ...ref, payeeId: 'p' }, actor: fundCentre, occurredAt: at })
      .thenError('DisbursementStatusForbids', 'while it is requested');
  });

  it('refuses to disburse the same request twice', async () => {
    const paid = event(
      fundStream,
      FundsDisbursed,
      { ...ref, amountFen: 10_001, payeeId: 'p', chargedUnitCount: 3 },
      { actor: fundCentre, occurredAt: at },
    );
    await given(...history, paid)
      .when(DisburseFunds, { data: { ...ref, payeeId: 'p' }, actor: fundCentre, occurredAt: at })
      .thenError('DisbursementStatusForbids', 'while it is disbursed');
  });

  it('refuses disbursement by the housing bureau', async () => {
    await given(...history)
      .when(DisburseFunds, {
        data: { ...ref, payeeId: 'p' },
        actor: { id: 'hb', role: 'housing-bureau' },
        occurredAt: at,
      })
      .thenError('Forbidden');
  });

  it('splits the charges of more than 500 units over several events', async () => {
    const many = Array.from({ length: 1_001 }, (_, i) => ({
      unitId: `u${String(i).padStart(4, '0')}`,
      areaM2Hundredths: 10_000,
    }));
    const big = [
      ...placed,
      event(fundStream, FundAccountOpened, { communityId: community, units: many }, { actor: fundCentre }),
      event(
        fundStream,
        FundDeposited,
        {
          communityId: community,
          depositId: 'd',
          kind: 'initial',
          deposits: many.map((u) => ({ unitId: u.unitId, amountFen: 100 })),
          totalFen: 100_100,
        },
        { actor: fundCentre },
      ),
      requested(100_100, emergency),
      event(fundStream, EmergencyConfirmed, { ...ref, emergency: 'lift-failure' }, { actor: streetOffice }),
      approved(100_100),
    ];
    const events = await given(...big)
      .when(DisburseFunds, { data: { ...ref, payeeId: 'p' }, actor: fundCentre, occurredAt: at })
      .thenAccepted();
    expect(events.map((e) => e.type)).toEqual([
      'FundsDisbursed',
      'DisbursementApportioned',
      'DisbursementApportioned',
      'DisbursementApportioned',
    ]);
    expect(events.slice(1).map((e) => (e.data as { charges: unknown[] }).charges.length)).toEqual([500, 500, 1]);
  });
});

describe('ElectionRevoked: a committee whose electing decision was revoked may not request the use of the fund', () => {
  const sitting = committeeElectedBy('v3', community);
  const revoked = [...sitting, revokedByCourt('v3')];

  it('refuses a request under a vote by a committee whose electing decision a court revoked, naming the judgment', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}), ...revoked)
      .when(RequestDisbursement, { data: request(1_000), actor: ownersCommittee, occurredAt: at })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
  });

  it('refuses an emergency request by that committee too', async () => {
    await given(...placed, opened, ...revoked)
      .when(RequestDisbursement, { data: request(1_000, emergency), actor: ownersCommittee, occurredAt: at })
      .thenError('ElectionRevoked', 'only a new election may seat a committee');
  });

  it('accepts the request of a committee whose electing decision stands', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}), ...sitting)
      .when(RequestDisbursement, { data: request(1_000), actor: ownersCommittee, occurredAt: at })
      .thenAccepted();
  });

  it('lets the committee a new election seated after the revocation request again', async () => {
    await given(...placed, opened, ...voteHistory('v5', {}), ...revoked, ...committeeElectedBy('v3b', community))
      .when(RequestDisbursement, { data: request(1_000), actor: ownersCommittee, occurredAt: at })
      .thenEvents(emitted(DisbursementRequested, { ...request(1_000), chargedUnitIds: null }));
  });

  it('counts a community whose only committee was unseated by the revocation as having none: the property company may request an emergency use', async () => {
    const propertyCompany = { id: 'co-lvcheng', role: 'property-company' };
    await given(...placed, opened, ...sitting)
      .when(RequestDisbursement, { data: request(1_000, emergency), actor: propertyCompany, occurredAt: at })
      .thenError('CommitteeMustRequest');
    await given(...placed, opened, ...revoked)
      .when(RequestDisbursement, { data: request(1_000, emergency), actor: propertyCompany, occurredAt: at })
      .thenAccepted();
  });
});

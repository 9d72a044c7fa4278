import { describe, expect, it } from 'vitest';
import { committeeStreamId } from '../committees/events.ts';
import { CommitteeElected } from '../committees/events.ts';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';
import { TestLedger } from '../test-support/test-ledger.ts';
import { emitted, event, given } from '../test-support/scenario.ts';
import {
  ConfirmEmergency,
  disburseFundsSpec,
  DisburseFunds,
  PublicizeEmergencyRepair,
  RequestDisbursement,
  requestDisbursementSpec,
  ApproveDisbursement,
  DepositToFund,
  OpenFundAccount,
} from './commands.ts';
import {
  DisbursementApproved,
  DisbursementRequested,
  EmergencyConfirmed,
  EmergencyRepairPublicised,
  FundsDisbursed,
  fundEvents,
} from './events.ts';
import { FUND_POLICY_PRESETS, makeFundPolicy } from './policy.ts';
import { fundLedger, publicityFailures } from './project.ts';
import {
  at,
  community,
  deposited,
  fundCentre,
  fundStream,
  opened,
  ownersCommittee,
  placed,
  recordPlaced,
  streetOffice,
  units,
} from './test-fixtures.ts';

const propertyCompany = { id: 'co-lvcheng', role: 'property-company' };
const evidence = { kind: 'fire-department-notice' as const, sha256: 'd'.repeat(64) };
const emergency = (category = 'fire-safety-equipment', withEvidence = true) => ({
  kind: 'emergency' as const,
  emergency: category,
  ...(withEvidence ? { evidence } : {}),
});
const request = (amountFen: number, authority = emergency()) => ({
  communityId: community,
  disbursementId: 'e1',
  purpose: '消防水泵损坏，应急维修',
  amountFen,
  authority,
});
const committeeElected = event(committeeStreamId(community), CommitteeElected, {
  communityId: community,
  voteId: 'v3',
  members: [],
  memberCount: 0,
  partyMemberCount: 0,
});
const ref = { communityId: community, disbursementId: 'e1' };

describe('Emergency requests where no owners’ committee exists (2007 fund rule arts. 22 and 24)', () => {
  it('given no owners’ committee, when the property company requests an emergency use, then it is recorded', async () => {
    await given(...placed, opened)
      .when(RequestDisbursement, { data: request(1_000), actor: propertyCompany, occurredAt: at })
      .thenEvents(emitted(DisbursementRequested, { ...request(1_000), chargedUnitIds: null }));
  });

  it('given no owners’ committee, an owner concerned may request an emergency use too', async () => {
    await given(...placed, opened)
      .when(RequestDisbursement, { data: request(1_000), actor: { id: 'person-1', role: 'owner' }, occurredAt: at })
      .thenAccepted();
  });

  it('given an owners’ committee, when the property company requests, then CommitteeMustRequest refuses it', async () => {
    await given(...placed, opened, committeeElected)
      .when(RequestDisbursement, { data: request(1_000), actor: propertyCompany, occurredAt: at })
      .thenError('CommitteeMustRequest', 'has an owners');
  });
});

describe('Emergency categories, evidence and cap come from the fund policy', () => {
  it('refuses a category the default policy does not list (EmergencyNotListed), and accepts it under the Shanghai preset', async () => {
    const pump = request(1_000, emergency('water-pump-or-tank'));
    await given(...placed, opened)
      .when(RequestDisbursement, { data: pump, actor: ownersCommittee, occurredAt: at })
      .thenError('EmergencyNotListed', 'water-pump-or-tank');
    await given(...placed, opened)
      .when(requestDisbursementSpec(makeFundPolicy(FUND_POLICY_PRESETS.shanghai)), {
        data: pump,
        actor: ownersCommittee,
        occurredAt: at,
      })
      .thenAccepted();
  });

  it('accepts blocked drains under the Hangzhou preset only', async () => {
    const drains = request(1_000, emergency('drain-failure'));
    await given(...placed, opened)
      .when(requestDisbursementSpec(makeFundPolicy(FUND_POLICY_PRESETS.hangzhou)), {
        data: drains,
        actor: ownersCommittee,
        occurredAt: at,
      })
      .thenAccepted();
  });

  it('refuses an emergency request that names no evidence document (EmergencyEvidenceRequired)', async () => {
    await given(...placed, opened)
      .when(RequestDisbursement, {
        data: request(1_000, emergency('fire-safety-equipment', false)),
        actor: ownersCommittee,
        occurredAt: at,
      })
      .thenError('EmergencyEvidenceRequired');
  });

  it('under the Huzhou preset, refuses emergency uses beyond 10% of the initial deposits (EmergencyCapExceeded)', async () => {
    const huzhou = requestDisbursementSpec(makeFundPolicy(FUND_POLICY_PRESETS.huzhou));
    // Initial deposits of 30 000 fen: the cap is 3 000 fen for all emergency uses together.
    await given(...placed, opened, deposited('d1', [10_000, 10_000, 10_000]))
      .when(huzhou, { data: request(3_000), actor: ownersCommittee, occurredAt: at })
      .thenAccepted();
    await given(...placed, opened, deposited('d1', [10_000, 10_000, 10_000]))
      .when(huzhou, { data: request(3_001), actor: ownersCommittee, occurredAt: at })
      .thenError('EmergencyCapExceeded', 'capped at 3000 fen');
  });

  it('refuses a policy that lists no emergency', () => {
    expect(() => makeFundPolicy({ emergencyCategories: [] })).toThrow(/no emergency category/);
    expect(() => makeFundPolicy({ publicityDays: 0 })).toThrow(/invalid fund policy/);
  });
});

describe('Publicity of an emergency repair and its cost', () => {
  const paidHistory = [
    ...placed,
    opened,
    deposited('d1', [10_000, 10_000, 10_000]),
    event(fundStream, DisbursementRequested, { ...request(3_000), chargedUnitIds: null }, { actor: ownersCommittee }),
    event(fundStream, EmergencyConfirmed, { ...ref, emergency: 'fire-safety-equipment' }, { actor: streetOffice }),
    event(fundStream, DisbursementApproved, { ...ref, amountFen: 3_000 }, { actor: fundCentre }),
  ];

  it('given an approved emergency use, when it is paid, then the payment names when its publicity is due', async () => {
    const events = await given(...paidHistory)
      .when(disburseFundsSpec(makeFundPolicy({ publicityDays: 7 })), {
        data: { ...ref, payeeId: 'contractor-1' },
        actor: fundCentre,
        occurredAt: at,
      })
      .thenAccepted();
    expect(events[0]?.data).toMatchObject({ publicityDueBy: '2024-06-08T00:00:00.000Z' });
  });

  it('records the publicity once, after the payment, and only of an emergency use', async () => {
    const publicised = { ...ref, costFen: 2_980, documentSha256: 'e'.repeat(64) };
    await given(...paidHistory)
      .when(PublicizeEmergencyRepair, { data: publicised, actor: propertyCompany, occurredAt: at })
      .thenError('DisbursementStatusForbids', 'while it is approved');
    const paid = event(fundStream, FundsDisbursed, {
      ...ref,
      amountFen: 3_000,
      payeeId: 'c',
      chargedUnitCount: 3,
      publicityDueBy: '2024-06-16T00:00:00Z',
    });
    await given(...paidHistory, paid)
      .when(PublicizeEmergencyRepair, { data: publicised, actor: propertyCompany, occurredAt: at })
      .thenEvents(emitted(EmergencyRepairPublicised, publicised));
    await given(...paidHistory, paid, event(fundStream, EmergencyRepairPublicised, publicised))
      .when(PublicizeEmergencyRepair, { data: publicised, actor: propertyCompany, occurredAt: at })
      .thenError('PublicityAlreadyRecorded');
  });

  it('ElectionRevoked: refuses the publicity from the committee elected by v3 once a court revoked v3; a newly elected committee or the street office records it', async () => {
    const publicised = { ...ref, costFen: 2_980, documentSha256: 'e'.repeat(64) };
    const paid = event(fundStream, FundsDisbursed, {
      ...ref,
      amountFen: 3_000,
      payeeId: 'c',
      chargedUnitCount: 3,
      publicityDueBy: '2024-06-16T00:00:00Z',
    });
    const revoked = [...committeeElectedBy('v3'), revokedByCourt('v3')];
    await given(...paidHistory, paid, ...revoked)
      .when(PublicizeEmergencyRepair, { data: publicised, actor: ownersCommittee, occurredAt: at })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
    await given(...paidHistory, paid, ...revoked, ...committeeElectedBy('v3b'))
      .when(PublicizeEmergencyRepair, { data: publicised, actor: ownersCommittee, occurredAt: at })
      .thenEvents(emitted(EmergencyRepairPublicised, publicised));
    await given(...paidHistory, paid, ...revoked)
      .when(PublicizeEmergencyRepair, { data: publicised, actor: streetOffice, occurredAt: at })
      .thenEvents(emitted(EmergencyRepairPublicised, publicised));
  });

  it('shows a publicity as missing once its due time passed, and as late when it came after it', async () => {
    const ledger = new TestLedger(fundEvents);
    await recordPlaced(ledger, units);
    const act = (occurredAt: string) => ({ occurredAt, recordedAt: occurredAt });
    await ledger.accept(OpenFundAccount, {
      actor: fundCentre,
      ...act('2024-01-01T00:00:00Z'),
      data: { communityId: community, units },
    });
    await ledger.accept(DepositToFund, {
      actor: fundCentre,
      ...act('2024-01-01T00:00:00Z'),
      data: {
        communityId: community,
        depositId: 'd1',
        kind: 'initial',
        deposits: units.map((u) => ({ unitId: u.unitId, amountFen: 10_000 })),
      },
    });
    await ledger.accept(RequestDisbursement, {
      actor: ownersCommittee,
      ...act('2024-03-01T00:00:00Z'),
      data: request(3_000),
    });
    await ledger.accept(ConfirmEmergency, { actor: streetOffice, ...act('2024-03-01T01:00:00Z'), data: ref });
    await ledger.accept(ApproveDisbursement, { actor: fundCentre, ...act('2024-03-01T02:00:00Z'), data: ref });
    await ledger.accept(DisburseFunds, {
      actor: fundCentre,
      ...act('2024-03-02T00:00:00Z'),
      data: { ...ref, payeeId: 'c' },
    });
    const state = () => ledger.project(fundLedger);
    expect(publicityFailures(state(), '2024-03-17T00:00:00Z')).toEqual([]);
    expect(publicityFailures(state(), '2024-03-17T00:00:01Z')).toEqual([
      {
        communityId: community,
        disbursementId: 'e1',
        dueBy: '2024-03-17T00:00:00.000Z',
        publicisedAt: null,
        standing: 'missing',
      },
    ]);
    await ledger.accept(PublicizeEmergencyRepair, {
      actor: ownersCommittee,
      ...act('2024-03-20T00:00:00Z'),
      data: { ...ref, costFen: 3_000, documentSha256: 'f'.repeat(64) },
    });
    expect(publicityFailures(state(), '2024-04-01T00:00:00Z')).toMatchObject([
      { disbursementId: 'e1', publicisedAt: '2024-03-20T00:00:00.000Z', standing: 'late' },
    ]);
  });
});

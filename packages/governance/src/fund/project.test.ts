import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { DecisionRevoked, voteEvents } from '../votes/events.ts';
import {
  ApproveDisbursement,
  ConfirmEmergency,
  DepositToFund,
  DisburseFunds,
  OpenFundAccount,
  RefundToOwners,
  RequestDisbursement,
} from './commands.ts';
import { fundEvents } from './events.ts';
import { fundLedger } from './project.ts';
import {
  community,
  fundCentre,
  ownersCommittee,
  recordPlaced,
  streetOffice,
  units,
  voteHistory,
} from './test-fixtures.ts';
import { unitFundBalances } from './unit-balances.ts';

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger([...fundEvents, ...voteEvents]);
  await recordPlaced(ledger, units);
  for (const g of voteHistory('v5', { amountFen: 6_000 })) await ledger.record(g.streamId, g.event, g.act);
  const c = { communityId: community };
  await ledger.accept(OpenFundAccount, {
    actor: fundCentre,
    occurredAt: '2024-01-01T00:00:00Z',
    data: { ...c, units },
  });
  await ledger.accept(DepositToFund, {
    actor: fundCentre,
    occurredAt: '2024-01-02T00:00:00Z',
    data: {
      ...c,
      depositId: 'd1',
      kind: 'initial',
      deposits: units.map((u) => ({ unitId: u.unitId, amountFen: 10_000 })),
    },
  });
  await ledger.accept(RequestDisbursement, {
    actor: ownersCommittee,
    occurredAt: '2024-02-01T00:00:00Z',
    data: {
      ...c,
      disbursementId: 'roof',
      purpose: 'Roof',
      amountFen: 6_000,
      authority: { kind: 'vote', voteId: 'v5' },
    },
  });
  await ledger.accept(ApproveDisbursement, {
    actor: fundCentre,
    occurredAt: '2024-02-02T00:00:00Z',
    data: { ...c, disbursementId: 'roof' },
  });
  await ledger.accept(DisburseFunds, {
    actor: fundCentre,
    occurredAt: '2024-02-03T00:00:00Z',
    data: { ...c, disbursementId: 'roof', payeeId: 'builder' },
  });
  await ledger.accept(RequestDisbursement, {
    actor: ownersCommittee,
    occurredAt: '2024-03-01T00:00:00Z',
    data: {
      ...c,
      disbursementId: 'lift',
      purpose: 'Lift',
      amountFen: 300,
      authority: {
        kind: 'emergency',
        emergency: 'lift-failure',
        evidence: { kind: 'inspection-notice', sha256: 'c'.repeat(64) },
      },
      chargedUnitIds: ['c'],
    },
  });
  await ledger.accept(ConfirmEmergency, {
    actor: streetOffice,
    occurredAt: '2024-03-01T01:00:00Z',
    data: { ...c, disbursementId: 'lift' },
  });
  await ledger.accept(RefundToOwners, {
    actor: fundCentre,
    occurredAt: '2024-04-01T00:00:00Z',
    data: { ...c, refundId: 'r1', reason: 'Demolished', refunds: [{ unitId: 'a', amountFen: 500 }] },
  });
  return ledger;
}

describe('fundLedger', () => {
  it('records a balance point after each deposit, disbursement and refund', async () => {
    const fund = (await history()).project(fundLedger).communities[community];
    expect(fund?.history.map((p) => [p.kind, p.ref, p.changeFen, p.balanceFen])).toEqual([
      ['deposit', 'd1', 30_000, 30_000],
      ['disbursement', 'roof', -6_000, 24_000],
      ['refund', 'r1', -500, 23_500],
    ]);
    expect(fund).toMatchObject({
      balanceFen: 23_500,
      depositedFen: 30_000,
      disbursedFen: 6_000,
      refundedFen: 500,
      unitCount: 3,
    });
  });

  it('shows each disbursement with the vote or confirmed emergency that authorised it', async () => {
    const fund = (await history()).project(fundLedger).communities[community];
    expect(fund?.disbursementOrder).toEqual(['roof', 'lift']);
    expect(fund?.disbursements.roof).toMatchObject({
      authority: { kind: 'vote', voteId: 'v5' },
      status: 'disbursed',
      approvedAt: '2024-02-02T00:00:00Z',
      disbursedAt: '2024-02-03T00:00:00Z',
      payeeId: 'builder',
    });
    expect(fund?.disbursements.lift).toMatchObject({
      authority: {
        kind: 'emergency',
        emergency: 'lift-failure',
        evidence: { kind: 'inspection-notice', sha256: 'c'.repeat(64) },
      },
      status: 'requested',
      emergencyConfirmedAt: '2024-03-01T01:00:00Z',
    });
  });
});

describe('unitFundBalances', () => {
  it('keeps each unit’s deposits, charges by area and refunds', async () => {
    const balances = (await history()).project(unitFundBalances).communities[community];
    expect(balances).toEqual({
      a: { areaM2Hundredths: 5_000, balanceFen: 8_500, depositedFen: 10_000, chargedFen: 1_000, refundedFen: 500 },
      b: { areaM2Hundredths: 10_000, balanceFen: 8_000, depositedFen: 10_000, chargedFen: 2_000, refundedFen: 0 },
      c: { areaM2Hundredths: 15_000, balanceFen: 7_000, depositedFen: 10_000, chargedFen: 3_000, refundedFen: 0 },
    });
  });
});

describe('fundLedger and a revoked authorising decision', () => {
  it('shows on every disbursement that rested on a vote that the vote’s decision was revoked', async () => {
    const ledger = await history();
    await ledger.record(
      'vote-v5',
      {
        type: DecisionRevoked.type,
        data: { voteId: 'v5', revokedBy: 'court', reference: '(2024)苏0582民初9号', grounds: '违反法定程序' },
      },
      { actor: { id: 'court-zjg', role: 'court' }, occurredAt: '2024-06-04T00:00:00Z' },
    );
    const fund = ledger.project(fundLedger).communities[community];
    expect(fund?.disbursements.roof?.authorisingDecisionRevoked).toEqual({
      revokedBy: 'court',
      reference: '(2024)苏0582民初9号',
      revokedAt: '2024-06-04T00:00:00Z',
    });
    expect(fund?.disbursements.lift?.authorisingDecisionRevoked).toBeNull();
  });
});

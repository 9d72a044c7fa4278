import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { publicIncomeAggregate } from './aggregate.ts';
import { AllocatePublicIncome, DisclosePublicIncome, RecordPublicIncome } from './commands.ts';
import { publicIncomeEvents } from './events.ts';
import { publicIncome } from './project.ts';
import { registryEvents } from '../registry/index.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';

const company = { id: 'pc-green', role: 'property-company' };
const committee = { id: 'oc', role: 'owners-committee' };
const c = { communityId: 'jinxiang' };

function record(
  ledger: TestLedger,
  incomeId: string,
  amountFen: number,
  period: string,
  source: 'advertising' | 'parking' = 'parking',
) {
  ledger.accept(RecordPublicIncome, {
    actor: company,
    occurredAt: '2024-05-01T00:00:00Z',
    data: { ...c, incomeId, source, amountFen, period, description: 'x' },
  });
}

describe('publicIncome', () => {
  it('totals income by source and month and allocations by target', () => {
    const ledger = new TestLedger([...publicIncomeEvents, ...registryEvents]);
    recordRegistered(ledger, { communities: ['jinxiang'] });
    record(ledger, 'i1', 10_000, '2024-01', 'advertising');
    record(ledger, 'i2', 5_000, '2024-02');
    ledger.accept(AllocatePublicIncome, {
      actor: committee,
      occurredAt: '2024-05-02T00:00:00Z',
      data: { ...c, allocationId: 'a1', target: 'owners', amountFen: 4_000, purpose: 'Festival gifts' },
    });
    expect(ledger.project(publicIncome).communities.jinxiang).toMatchObject({
      totalIncomeFen: 15_000,
      bySource: { advertising: 10_000, parking: 5_000, 'venue-rental': 0, other: 0 },
      byMonth: { '2024-01': { incomeFen: 10_000 }, '2024-02': { incomeFen: 5_000 } },
      allocatedByTarget: { 'maintenance-fund': 0, owners: 4_000, expenses: 0 },
      unallocatedFen: 11_000,
    });
  });

  it('counts income booked to a month after it was disclosed as undisclosed until disclosed again', () => {
    const ledger = new TestLedger([...publicIncomeEvents, ...registryEvents]);
    recordRegistered(ledger, { communities: ['jinxiang'] });
    record(ledger, 'i1', 10_000, '2024-01');
    record(ledger, 'i2', 3_000, '2024-03');
    const disclose = (disclosureId: string) =>
      ledger.accept(DisclosePublicIncome, {
        actor: committee,
        occurredAt: '2024-05-03T00:00:00Z',
        data: { ...c, disclosureId, periodFrom: '2024-01', periodTo: '2024-02' },
      });
    disclose('q1');
    expect(ledger.project(publicIncome).communities.jinxiang?.undisclosedIncomeFen).toBe(3_000);
    record(ledger, 'i3', 2_000, '2024-02');
    expect(ledger.project(publicIncome).communities.jinxiang?.undisclosedIncomeFen).toBe(5_000);
    disclose('q2');
    const state = ledger.project(publicIncome).communities.jinxiang;
    expect(state?.undisclosedIncomeFen).toBe(3_000);
    expect(state?.disclosures.map((d) => [d.disclosureId, d.incomeFen])).toEqual([
      ['q1', 10_000],
      ['q2', 12_000],
    ]);
  });

  it('never allocates more than was recorded, whatever the order of acts', () => {
    const act = fc.oneof(
      fc.record({ kind: fc.constant('income' as const), fen: fc.integer({ min: 1, max: 10_000 }) }),
      fc.record({ kind: fc.constant('allocate' as const), fen: fc.integer({ min: 1, max: 15_000 }) }),
    );
    fc.assert(
      fc.property(fc.array(act, { maxLength: 30 }), (acts) => {
        const ledger = new TestLedger([...publicIncomeEvents, ...registryEvents]);
        recordRegistered(ledger, { communities: ['jinxiang'] });
        acts.forEach((a, k) => {
          if (a.kind === 'income') record(ledger, `i${k}`, a.fen, '2024-01');
          else
            ledger.submit(AllocatePublicIncome, {
              actor: committee,
              occurredAt: '2024-05-02T00:00:00Z',
              data: { ...c, allocationId: `a${k}`, target: 'expenses', amountFen: a.fen, purpose: 'x' },
            });
        });
        const state = ledger.state('public-income-jinxiang', publicIncomeAggregate);
        expect(state.allocatedFen).toBeLessThanOrEqual(state.totalIncomeFen);
        const projected = ledger.project(publicIncome).communities.jinxiang;
        expect(projected?.unallocatedFen ?? 0).toBe(state.totalIncomeFen - state.allocatedFen);
      }),
    );
  });
});

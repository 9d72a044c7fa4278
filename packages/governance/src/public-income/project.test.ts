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

async function record(
  ledger: TestLedger,
  incomeId: string,
  amountFen: number,
  period: string,
  source: 'advertising' | 'parking' = 'parking',
) {
  await ledger.accept(RecordPublicIncome, {
    actor: company,
    occurredAt: '2024-05-01T00:00:00Z',
    data: { ...c, incomeId, source, amountFen, period, description: 'x' },
  });
}

describe('publicIncome', () => {
  it('totals income by source and month and allocations by target', async () => {
    const ledger = new TestLedger([...publicIncomeEvents, ...registryEvents]);
    await recordRegistered(ledger, { communities: ['jinxiang'] });
    await record(ledger, 'i1', 10_000, '2024-01', 'advertising');
    await record(ledger, 'i2', 5_000, '2024-02');
    await ledger.accept(AllocatePublicIncome, {
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

  it('counts income booked to a month after it was disclosed as undisclosed until disclosed again', async () => {
    const ledger = new TestLedger([...publicIncomeEvents, ...registryEvents]);
    await recordRegistered(ledger, { communities: ['jinxiang'] });
    await record(ledger, 'i1', 10_000, '2024-01');
    await record(ledger, 'i2', 3_000, '2024-03');
    const disclose = async (disclosureId: string) =>
      await ledger.accept(DisclosePublicIncome, {
        actor: committee,
        occurredAt: '2024-05-03T00:00:00Z',
        data: { ...c, disclosureId, periodFrom: '2024-01', periodTo: '2024-02' },
      });
    await disclose('q1');
    expect(ledger.project(publicIncome).communities.jinxiang?.undisclosedIncomeFen).toBe(3_000);
    await record(ledger, 'i3', 2_000, '2024-02');
    expect(ledger.project(publicIncome).communities.jinxiang?.undisclosedIncomeFen).toBe(5_000);
    await disclose('q2');
    const state = ledger.project(publicIncome).communities.jinxiang;
    expect(state?.undisclosedIncomeFen).toBe(3_000);
    expect(state?.disclosures.map((d) => [d.disclosureId, d.incomeFen])).toEqual([
      ['q1', 10_000],
      ['q2', 12_000],
    ]);
  });

  it('never allocates more than was recorded, whatever the order of acts', async () => {
    const act = fc.oneof(
      fc.record({ kind: fc.constant('income' as const), fen: fc.integer({ min: 1, max: 10_000 }) }),
      fc.record({ kind: fc.constant('allocate' as const), fen: fc.integer({ min: 1, max: 15_000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(act, { maxLength: 30 }), async (acts) => {
        const ledger = new TestLedger([...publicIncomeEvents, ...registryEvents]);
        await recordRegistered(ledger, { communities: ['jinxiang'] });
        for (const [k, a] of acts.entries()) {
          if (a.kind === 'income') await record(ledger, `i${k}`, a.fen, '2024-01');
          else
            await ledger.submit(AllocatePublicIncome, {
              actor: committee,
              occurredAt: '2024-05-02T00:00:00Z',
              data: { ...c, allocationId: `a${k}`, target: 'expenses', amountFen: a.fen, purpose: 'x' },
            });
        }
        const state = ledger.state('public-income-jinxiang', publicIncomeAggregate);
        expect(state.allocatedFen).toBeLessThanOrEqual(state.totalIncomeFen);
        const projected = ledger.project(publicIncome).communities.jinxiang;
        expect(projected?.unallocatedFen ?? 0).toBe(state.totalIncomeFen - state.allocatedFen);
      }),
    );
  });
});

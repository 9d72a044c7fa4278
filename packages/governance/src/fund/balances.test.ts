import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/test-ledger.ts';
import { voteEvents } from '../votes/events.ts';
import { fundAggregate } from './aggregate.ts';
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
  at,
  community,
  fundCentre,
  fundStream,
  ownersCommittee,
  recordPlaced,
  streetOffice,
  voteHistory,
} from './test-fixtures.ts';
import { unitFundBalances } from './unit-balances.ts';

const step = fc.oneof(
  fc.record({
    kind: fc.constant('deposit' as const),
    amounts: fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('use' as const),
    amountFen: fc.integer({ min: 1, max: 80_000 }),
    byVote: fc.boolean(),
    confirm: fc.boolean(),
    charged: fc.option(fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 6 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('disburse-again' as const), n: fc.nat(40) }),
  fc.record({ kind: fc.constant('refund' as const), unit: fc.nat(5), amountFen: fc.integer({ min: 1, max: 60_000 }) }),
);

describe('fund balances', () => {
  it('never lets a unit’s or the community’s balance go negative, and the projections agree with the rules', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(step, { minLength: 5, maxLength: 40, size: 'medium' }),
        async (areas, steps) => {
          const ledger = new TestLedger([...fundEvents, ...voteEvents]);
          const unitIds = areas.map((_, i) => `u${i}`);
          await recordPlaced(
            ledger,
            areas.map((a, i) => ({ unitId: `u${i}`, areaM2Hundredths: a })),
          );
          const vote = voteHistory('v5', { amountFen: 150_000, unitIds });
          for (const g of vote) await ledger.record(g.streamId, g.event, g.act);
          await ledger.accept(OpenFundAccount, {
            actor: fundCentre,
            occurredAt: at,
            data: { communityId: community, units: areas.map((a, i) => ({ unitId: `u${i}`, areaM2Hundredths: a })) },
          });
          for (const [k, s] of steps.entries()) {
            const base = { communityId: community };
            if (s.kind === 'deposit') {
              const deposits = s.amounts
                .slice(0, unitIds.length)
                .map((amountFen, i) => ({ unitId: unitIds[i]!, amountFen }));
              await ledger.submit(DepositToFund, {
                actor: fundCentre,
                occurredAt: at,
                data: { ...base, depositId: `d${k}`, kind: 'initial', deposits },
              });
            } else if (s.kind === 'use') {
              // Request, confirm (emergencies, when the street office agrees), approve and disburse
              // one use of the fund; any step may be refused, e.g. for want of balance.
              const ref = { ...base, disbursementId: `x${k}` };
              const authority = s.byVote
                ? { kind: 'vote' as const, voteId: 'v5' }
                : {
                    kind: 'emergency' as const,
                    emergency: 'leaking-roof-or-pipes',
                    evidence: { kind: 'safety-appraisal' as const, sha256: 'b'.repeat(64) },
                  };
              const charged = s.charged?.map((i) => unitIds[i % unitIds.length]!);
              await ledger.submit(RequestDisbursement, {
                actor: ownersCommittee,
                occurredAt: at,
                data: {
                  ...ref,
                  purpose: 'Repairs',
                  amountFen: s.amountFen,
                  authority,
                  ...(charged ? { chargedUnitIds: [...new Set(charged)] } : {}),
                },
              });
              if (s.confirm) await ledger.submit(ConfirmEmergency, { actor: streetOffice, occurredAt: at, data: ref });
              await ledger.submit(ApproveDisbursement, { actor: fundCentre, occurredAt: at, data: ref });
              await ledger.submit(DisburseFunds, { actor: fundCentre, occurredAt: at, data: { ...ref, payeeId: 'p' } });
            } else if (s.kind === 'disburse-again') {
              await ledger.submit(DisburseFunds, {
                actor: fundCentre,
                occurredAt: at,
                data: { ...base, disbursementId: `x${s.n}`, payeeId: 'p' },
              });
            } else if (s.kind === 'refund') {
              const refunds = [{ unitId: unitIds[s.unit % unitIds.length]!, amountFen: s.amountFen }];
              await ledger.submit(RefundToOwners, {
                actor: fundCentre,
                occurredAt: at,
                data: { ...base, refundId: `r${k}`, reason: 'Sold', refunds },
              });
            }

            const state = ledger.state(fundStream, fundAggregate);
            const balances = Object.values(state.units).map((u) => u.balanceFen);
            for (const b of balances) expect(b).toBeGreaterThanOrEqual(0);
            expect(state.balanceFen).toBe(balances.reduce((a, b) => a + b, 0));
            const projected = ledger.project(unitFundBalances).communities[community]!;
            for (const [id, unit] of Object.entries(state.units))
              expect(projected[id]?.balanceFen).toBe(unit.balanceFen);
            expect(ledger.project(fundLedger).communities[community]?.balanceFen).toBe(state.balanceFen);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

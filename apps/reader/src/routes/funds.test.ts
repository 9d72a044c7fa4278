import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/funds', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it("lists each community's fund in brief", async () => {
    const { funds } = (await get(reader.app, '/v1/funds')).json();
    expect(funds).toEqual([
      {
        communityId: 'cm-1',
        openedAt: '2024-01-03T01:00:00Z',
        unitCount: 4,
        totalAreaM2Hundredths: 39920,
        balanceFen: 2_110_000,
        depositedFen: 2_230_000,
        disbursedFen: 120_000,
        refundedFen: 0,
      },
    ]);
  });

  it('shows a fund with its balance history, deposits and each disbursement with its authority', async () => {
    const { fund } = (await get(reader.app, '/v1/funds/cm-1')).json();
    expect(
      fund.history.map((p: { kind: string; changeFen: number; balanceFen: number }) => [
        p.kind,
        p.changeFen,
        p.balanceFen,
      ]),
    ).toEqual([
      ['deposit', 2_230_000, 2_230_000],
      ['disbursement', -120_000, 2_110_000],
    ]);
    expect(fund.deposits).toEqual([
      { depositId: 'd-1', at: '2024-01-04T01:00:00Z', kind: 'initial', totalFen: 2_230_000, unitCount: 4 },
    ]);
    expect(fund.disbursements).toEqual([
      {
        disbursementId: 'db-1',
        purpose: '电梯紧急维修',
        amountFen: 120_000,
        authority: 'emergency',
        voteId: null,
        emergency: 'lift-failure',
        status: 'disbursed',
        requestedAt: '2024-04-10T01:00:00Z',
        emergencyConfirmedAt: '2024-04-10T03:00:00Z',
        approvedAt: '2024-04-11T01:00:00Z',
        disbursedAt: '2024-04-12T01:00:00Z',
        payeeId: 'co-a',
      },
    ]);
  });

  it('shows the fund as it stood before the disbursement', async () => {
    const { fund } = (await get(reader.app, '/v1/funds/cm-1?asOf=2024-04-11')).json();
    expect(fund.balanceFen).toBe(2_230_000);
    expect(fund.disbursements[0]).toMatchObject({ status: 'approved', disbursedAt: null });
  });

  it('pages the unit accounts in unit-id order, each charged its share by area', async () => {
    const first = (await get(reader.app, '/v1/funds/cm-1/units?limit=3')).json();
    expect(first.units.map((u: { unitId: string }) => u.unitId)).toEqual(['1-1-101', '1-1-102', '1-1-201']);
    const rest = (await get(reader.app, `/v1/funds/cm-1/units?limit=3&cursor=${first.nextCursor}`)).json();
    expect(rest.units.map((u: { unitId: string }) => u.unitId)).toEqual(['1-1-202']);
    expect(rest.nextCursor).toBeNull();
    const all = [...first.units, ...rest.units] as { chargedFen: number; balanceFen: number; depositedFen: number }[];
    expect(all.reduce((sum, u) => sum + u.chargedFen, 0)).toBe(120_000);
    for (const u of all) expect(u.balanceFen).toBe(u.depositedFen - u.chargedFen);
  });

  it("serves one unit's account and 404 for an unknown community or unit", async () => {
    const { unit } = (await get(reader.app, '/v1/funds/cm-1/units/1-1-101')).json();
    expect(unit).toMatchObject({ unitId: '1-1-101', areaM2Hundredths: 8950, depositedFen: 500_000 });
    expect((await get(reader.app, '/v1/funds/cm-9')).statusCode).toBe(404);
    expect((await get(reader.app, '/v1/funds/cm-9/units')).statusCode).toBe(404);
    expect((await get(reader.app, '/v1/funds/cm-1/units/9-9-999')).json().error.message).toBe(
      'no unit account "cm-1/9-9-999"',
    );
  });
});

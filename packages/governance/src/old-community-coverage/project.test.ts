import { EventCatalogue } from '@govledger/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManagementAreaRegistered, PropertyCompanyRegistered } from '../registry/events.ts';
import { TestLedger } from '../test-support/index.ts';
import { AssignCoverageMode, DesignateManagementArea, RegisterOldCommunity, WithdrawCoverage } from './commands.ts';
import { COVERAGE_MODES, type CoverageMode } from './events.ts';
import { coverageEvents } from './index.ts';
import { coverage, exactRate } from './project.ts';

const street = { id: 'street-yangshe', role: 'street-office' };
const at = { actor: street, occurredAt: '2024-03-01T02:00:00Z' };

/** Three old communities in one area: one covered by a company, one self-managed, one uncovered. */
async function history(): Promise<TestLedger> {
  const ledger = new TestLedger(coverageEvents);
  await ledger.record('company-pc-1', {
    type: PropertyCompanyRegistered.type,
    data: { companyId: 'pc-1', name: '城投物业' },
  });
  for (const [areaId, town] of [
    ['a-1', '杨舍镇'],
    ['a-2', '金港镇'],
    ['a-9', '杨舍镇'],
  ]) {
    await ledger.record(`management-area-${areaId}`, {
      type: ManagementAreaRegistered.type,
      data: { areaId, name: `${town}${areaId}物业管理区域`, town },
    });
  }
  await ledger.accept(DesignateManagementArea, {
    data: { areaId: 'a-1', town: '杨舍镇', communityIds: ['oc-1', 'oc-2', 'oc-3'] },
    ...at,
  });
  await ledger.accept(DesignateManagementArea, {
    data: { areaId: 'a-2', town: '金港镇', communityIds: ['oc-9'] },
    ...at,
  });
  for (const id of ['oc-1', 'oc-2', 'oc-3']) {
    await ledger.accept(RegisterOldCommunity, { data: { communityId: id, name: id, town: '杨舍镇' }, ...at });
  }
  await ledger.accept(AssignCoverageMode, {
    data: { communityId: 'oc-1', areaId: 'a-1', mode: 'state-owned-company', companyId: 'pc-1' },
    ...at,
  });
  await ledger.accept(AssignCoverageMode, {
    data: { communityId: 'oc-2', areaId: 'a-1', mode: 'owner-self-management' },
    ...at,
  });
  return ledger;
}

describe('the coverage read model', () => {
  it('counts areas, old communities, covered communities and each mode, with the exact rate', async () => {
    const state = (await history()).project(coverage);
    expect(state).toMatchObject({
      managementAreas: 2,
      oldCommunities: 3,
      covered: 2,
      rate: { numerator: 2, denominator: 3, basisPoints: 6666 },
      byMode: { 'market-company': 0, 'state-owned-company': 1, 'shared-service': 0, 'owner-self-management': 1 },
    });
    expect(state.communities['oc-1']).toMatchObject({ areaId: 'a-1', mode: 'state-owned-company', companyId: 'pc-1' });
  });

  it('moves a community between modes and out of coverage without double counting', async () => {
    const ledger = await history();
    await ledger.accept(AssignCoverageMode, {
      data: { communityId: 'oc-2', areaId: 'a-1', mode: 'shared-service' },
      ...at,
    });
    await ledger.accept(WithdrawCoverage, { data: { communityId: 'oc-1', reason: '国企退出' }, ...at });
    const state = ledger.project(coverage);
    expect(state.covered).toBe(1);
    expect(state.byMode).toEqual({
      'market-company': 0,
      'state-owned-company': 0,
      'shared-service': 1,
      'owner-self-management': 0,
    });
    expect(state.communities['oc-1']?.mode).toBeNull();
  });

  it('reports 100% only when every old community is covered, as in Zhangjiagang 363 of 363', () => {
    expect(exactRate(363, 363).basisPoints).toBe(10_000);
    expect(exactRate(362, 363).basisPoints).toBe(9972);
    expect(exactRate(0, 0).basisPoints).toBeNull();
  });

  it('keeps covered equal to the sum of the per-mode counts and within the number of old communities', async () => {
    const modes = Object.keys(COVERAGE_MODES) as CoverageMode[];
    const act = fc.oneof(
      fc.record({
        kind: fc.constant('assign' as const),
        community: fc.integer({ min: 0, max: 4 }),
        mode: fc.constantFrom(...modes),
      }),
      fc.record({ kind: fc.constant('withdraw' as const), community: fc.integer({ min: 0, max: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(act, { maxLength: 40 }), async (acts) => {
        const ledger = await history();
        await ledger.accept(DesignateManagementArea, {
          data: { areaId: 'a-9', town: '杨舍镇', communityIds: ['oc-1', 'oc-2', 'oc-3', 'oc-4', 'oc-5'] },
          ...at,
        });
        for (const id of ['oc-4', 'oc-5'])
          await ledger.accept(RegisterOldCommunity, { data: { communityId: id, name: id, town: '杨舍镇' }, ...at });
        for (const a of acts) {
          const communityId = `oc-${a.community + 1}`;
          if (a.kind === 'withdraw')
            await ledger.submit(WithdrawCoverage, { data: { communityId, reason: '调整' }, ...at });
          else {
            const company =
              a.mode === 'market-company' || a.mode === 'state-owned-company' ? { companyId: 'pc-1' } : {};
            await ledger.submit(AssignCoverageMode, {
              data: { communityId, areaId: 'a-9', mode: a.mode, ...company },
              ...at,
            });
          }
        }
        const state = ledger.project(coverage);
        const sum = Object.values(state.byMode).reduce((s, n) => s + n, 0);
        const modesNow = Object.values(state.communities).filter((c) => c.mode !== null).length;
        expect(sum).toBe(state.covered);
        expect(modesNow).toBe(state.covered);
        expect(state.covered).toBeLessThanOrEqual(state.oldCommunities);
      }),
      { numRuns: 50 },
    );
  });
  it('records only event types of the area catalogue, each defined once', async () => {
    const known = new Set([
      ...new EventCatalogue(coverageEvents).definitions().map((d) => d.type),
      PropertyCompanyRegistered.type,
      ManagementAreaRegistered.type,
    ]);
    expect((await history()).events.filter((e) => !known.has(e.type))).toEqual([]);
  });
});

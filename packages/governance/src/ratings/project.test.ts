import { EventCatalogue } from '@govledger/core';
import type { AnyProjection } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/index.ts';
import { CorrectRating, publishRedBlackListWith, RateProject, RecordTenderAward } from './commands.ts';
import { RegisterProject, RegisterPropertyCompany } from '../registry/commands.ts';
import { awardEligibleIn, companyCreditFiles, tenderEligibleIn } from './credit-file.ts';
import { ratingsEvents } from './index.ts';
import { registryEvents } from '../registry/index.ts';
import { DEFAULT_CREDIT_POLICY } from './policy.ts';
import { quarterlyRatings, redBlackList } from './project.ts';
import type { Grade } from './score.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const PublishRedBlackList = publishRedBlackListWith(DEFAULT_CREDIT_POLICY);

/** Two companies and three projects; 港城物业 (pc-2) is black-listed in 2024Q1 and 2024Q2. */
async function history(): Promise<TestLedger> {
  const ledger = new TestLedger([...registryEvents, ...ratingsEvents]);
  const at = (occurredAt: string) => ({ actor: bureau, occurredAt });
  await ledger.accept(RegisterPropertyCompany, {
    data: { companyId: 'pc-1', name: '悦盛物业' },
    ...at('2024-01-02T00:00:00Z'),
  });
  await ledger.accept(RegisterPropertyCompany, {
    data: { companyId: 'pc-2', name: '港城物业' },
    ...at('2024-01-02T00:00:00Z'),
  });
  for (const [projectId, companyId] of [
    ['p-1', 'pc-1'],
    ['p-2', 'pc-2'],
    ['p-3', 'pc-2'],
  ] as const) {
    await ledger.accept(RegisterProject, {
      data: { projectId, name: projectId, communityId: `c-${projectId}`, town: '杨舍镇', companyId },
      ...at('2024-01-03T00:00:00Z'),
    });
  }
  const rate = async (quarter: string, projectId: string, score: number, grade: Grade, occurredAt: string) =>
    await ledger.accept(RateProject, { data: { quarter, projectId, score, grade }, ...at(occurredAt) });
  await rate('2024Q1', 'p-1', 93, 'excellent', '2024-04-02T00:00:00Z');
  await rate('2024Q1', 'p-2', 58, 'unqualified', '2024-04-02T00:00:00Z');
  await rate('2024Q1', 'p-3', 75, 'qualified', '2024-04-02T00:00:00Z');
  await ledger.accept(CorrectRating, {
    data: { quarter: '2024Q1', projectId: 'p-1', score: 96, grade: 'excellent' as const, reason: '补录业主满意度调查' },
    ...at('2024-04-03T00:00:00Z'),
  });
  await ledger.accept(PublishRedBlackList, { data: { quarter: '2024Q1' }, ...at('2024-04-08T00:00:00Z') });
  await rate('2024Q2', 'p-1', 85, 'good', '2024-07-02T00:00:00Z');
  await rate('2024Q2', 'p-3', 40, 'unqualified', '2024-07-02T00:00:00Z');
  await ledger.accept(PublishRedBlackList, { data: { quarter: '2024Q2' }, ...at('2024-07-08T00:00:00Z') });
  return ledger;
}

describe('the ratings read models', () => {
  it('keeps each quarter rating with its corrections and whether the quarter is published', async () => {
    const state = (await history()).project(quarterlyRatings);
    expect(state['2024Q1']?.published).toBe(true);
    expect(state['2024Q1']?.ratings['p-1']).toMatchObject({
      score: 96,
      grade: 'excellent',
      corrections: [{ previousScore: 93, previousGrade: 'excellent', reason: '补录业主满意度调查' }],
    });
    expect(Object.keys(state['2024Q2']?.ratings ?? {})).toEqual(['p-1', 'p-3']);
  });

  it('shows each published quarter red and black entries with their ratings', async () => {
    const lists = (await history()).project(redBlackList);
    expect(lists['2024Q1']?.red).toEqual([{ projectId: 'p-1', companyId: 'pc-1', score: 96, grade: 'excellent' }]);
    expect(lists['2024Q1']?.black).toEqual([{ projectId: 'p-2', companyId: 'pc-2', score: 58, grade: 'unqualified' }]);
    expect(lists['2024Q2']?.black.map((e) => e.projectId)).toEqual(['p-3']);
    expect(lists['2024Q2']?.publishedAt).toBe('2024-07-08T00:00:00Z');
  });

  it('keeps in the credit file the points, the eligibility periods and until which quarter they run', async () => {
    const files = (await history()).project(companyCreditFiles);
    expect(files['pc-1']).toMatchObject({ name: '悦盛物业', creditPoints: 2, tenderSuspendedThrough: null });
    const pc2 = files['pc-2']!;
    expect(pc2.creditPoints).toBe(-4);
    expect(pc2.listings.map((l) => `${l.quarter}:${l.listing}:${l.projectId}`)).toEqual([
      '2024Q1:black:p-2',
      '2024Q2:black:p-3',
    ]);
    expect(pc2.tenderSuspendedThrough).toBe('2025Q2');
    expect(pc2.awardBlockedThrough).toBe('2024Q4');
    expect([tenderEligibleIn(pc2, '2024Q2'), tenderEligibleIn(pc2, '2024Q3'), tenderEligibleIn(pc2, '2025Q3')]).toEqual(
      [true, false, true],
    );
    expect([awardEligibleIn(pc2, '2024Q2'), awardEligibleIn(pc2, '2024Q4'), awardEligibleIn(pc2, '2025Q1')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('refuses the suspended company a tender the credit file shows it may not win, and records a permitted one', async () => {
    const ledger = await history();
    await ledger.accept(RegisterProject, {
      data: { projectId: 'p-9', name: '君临新城二期', communityId: 'c-9', town: '杨舍镇' },
      actor: bureau,
      occurredAt: '2024-08-01T00:00:00Z',
    });
    const award = async (companyId: string) =>
      await ledger.submit(RecordTenderAward, {
        data: { projectId: 'p-9', companyId, awardedAt: '2024-08-15T00:00:00Z' },
        actor: { id: 'dev-1', role: 'developer' },
        occurredAt: '2024-08-16T00:00:00Z',
      });
    const refused = await award('pc-2');
    expect(isLeft(refused) && refused.left._tag).toBe('TenderEligibilitySuspended');
    expect(isLeft(await award('pc-1'))).toBe(false);
    expect(ledger.project(companyCreditFiles)['pc-1']?.awards).toEqual([
      { projectId: 'p-9', awardedAt: '2024-08-15T00:00:00Z', quarter: '2024Q3' },
    ]);
  });

  it('reaches the same states folding the log in one pass or resuming from a copied state', async () => {
    const ledger = await history();
    const all: AnyProjection[] = [quarterlyRatings, redBlackList, companyCreditFiles];
    for (const projection of all) {
      const half = Math.floor(ledger.events.length / 2);
      let state = JSON.parse(JSON.stringify(ledger.project(projection, half)));
      for (const e of ledger.events.slice(half)) state = projection.evolve(state, e);
      expect(state).toEqual(JSON.parse(JSON.stringify(ledger.project(projection))));
    }
  });
  it('records only event types of the area and registry catalogues, each defined once', async () => {
    const known = new Set([
      ...new EventCatalogue([...registryEvents, ...ratingsEvents]).definitions().map((d) => d.type),
    ]);
    expect((await history()).events.filter((e) => !known.has(e.type))).toEqual([]);
  });
});

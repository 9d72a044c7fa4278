import { describe, expect, it } from 'vitest';
import { emitted, event, given } from '../test-support/index.ts';
import { publishRedBlackListWith, RecordTenderAward } from './commands.ts';
import { type CreditConsequence, ProjectRated, RedBlackListPublished, TenderAwardRecorded } from './events.ts';
import { PropertyCompanyRegistered, PropertyProjectRegistered } from '../registry/events.ts';
import { DEFAULT_CREDIT_POLICY, makeCreditPolicy } from './policy.ts';
import type { Grade } from './score.ts';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const PublishRedBlackList = publishRedBlackListWith(DEFAULT_CREDIT_POLICY);

const rating = (quarter: string, projectId: string, companyId: string, score: number, grade: Grade) =>
  event(`ratings-${quarter}`, ProjectRated, { quarter, projectId, companyId, score, grade });

/** A published list of `quarter` in which `companyId` was black-listed with the given consequence. */
const blackListed = (quarter: string, companyId: string, consequence: Partial<CreditConsequence> = {}) =>
  event(`ratings-${quarter}`, RedBlackListPublished, {
    quarter,
    policy: DEFAULT_CREDIT_POLICY,
    red: [],
    black: [{ projectId: `p-${companyId}`, companyId, score: 50, grade: 'unqualified' }],
    consequences: [
      { companyId, creditPoints: -2, tenderSuspendedThrough: null, awardBlockedThrough: null, ...consequence },
    ],
  });

const publish = (quarter: string, occurredAt = '2024-07-05T02:00:00Z') => ({
  data: { quarter },
  actor: bureau,
  occurredAt,
});

const q2Ratings = [
  rating('2024Q2', 'p-1', 'pc-1', 95, 'excellent'),
  rating('2024Q2', 'p-2', 'pc-1', 92, 'excellent'),
  rating('2024Q2', 'p-3', 'pc-2', 55, 'qualified'),
  rating('2024Q2', 'p-4', 'pc-2', 70, 'unqualified'),
  rating('2024Q2', 'p-5', 'pc-3', 89, 'excellent'),
  rating('2024Q2', 'p-6', 'pc-3', 80, 'good'),
];

describe('publishing a quarter red-black list', () => {
  it('lists red best first and black worst first, with each listed company consequence', async () => {
    await given(...q2Ratings)
      .when(PublishRedBlackList, publish('2024Q2'))
      .thenEvents(
        emitted(RedBlackListPublished, {
          quarter: '2024Q2',
          policy: DEFAULT_CREDIT_POLICY,
          red: [
            { projectId: 'p-1', companyId: 'pc-1', score: 95, grade: 'excellent' },
            { projectId: 'p-2', companyId: 'pc-1', score: 92, grade: 'excellent' },
          ],
          black: [
            { projectId: 'p-3', companyId: 'pc-2', score: 55, grade: 'qualified' },
            { projectId: 'p-4', companyId: 'pc-2', score: 70, grade: 'unqualified' },
          ],
          consequences: [
            { companyId: 'pc-1', creditPoints: 4, tenderSuspendedThrough: null, awardBlockedThrough: null },
            { companyId: 'pc-2', creditPoints: -4, tenderSuspendedThrough: null, awardBlockedThrough: '2024Q4' },
          ],
        }),
      );
  });

  it('suspends tender eligibility for four quarters on a second black-listed quarter within four quarters', async () => {
    const [published] = await given(blackListed('2023Q3', 'pc-2'), ...q2Ratings)
      .when(PublishRedBlackList, publish('2024Q2'))
      .thenAccepted();
    const consequences = (published!.data as { consequences: CreditConsequence[] }).consequences;
    expect(consequences.find((c) => c.companyId === 'pc-2')?.tenderSuspendedThrough).toBe('2025Q2');
  });

  it('does not suspend tender eligibility when the earlier black listing is five quarters back', async () => {
    const [published] = await given(blackListed('2023Q1', 'pc-2'), ...q2Ratings)
      .when(PublishRedBlackList, publish('2024Q2'))
      .thenAccepted();
    const consequences = (published!.data as { consequences: CreditConsequence[] }).consequences;
    expect(consequences.find((c) => c.companyId === 'pc-2')?.tenderSuspendedThrough).toBeNull();
  });

  it('draws the list under a configured policy and stamps that policy on it', async () => {
    const lenient = makeCreditPolicy({ redMinScore: 85 });
    const [published] = await given(...q2Ratings)
      .when(publishRedBlackListWith(lenient), publish('2024Q2'))
      .thenAccepted();
    const data = published!.data as { policy: { redMinScore: number }; red: { projectId: string }[] };
    expect(data.policy.redMinScore).toBe(85);
    expect(data.red.map((e) => e.projectId)).toEqual(['p-1', 'p-2', 'p-5']);
  });

  it('publishes a quarter list only once', async () => {
    await given(...q2Ratings, blackListed('2024Q2', 'pc-2'))
      .when(PublishRedBlackList, publish('2024Q2'))
      .thenError('ListAlreadyPublished');
  });

  it('refuses to publish a quarter nobody rated', async () => {
    await given().when(PublishRedBlackList, publish('2024Q2')).thenError('NoRatingsToPublish');
  });

  it('lets only the housing bureau publish the list', async () => {
    await given(...q2Ratings)
      .when(PublishRedBlackList, { ...publish('2024Q2'), actor: { id: 'sto-1', role: 'street-office' } })
      .thenError('Forbidden');
  });
});

describe('recording a 前期物业管理 tender award', () => {
  const registered = [
    event('company-pc-2', PropertyCompanyRegistered, { companyId: 'pc-2', name: '港城物业' }),
    event('project-p-9', PropertyProjectRegistered, {
      projectId: 'p-9',
      name: '君临新城二期',
      communityId: 'c-9',
      town: '杨舍镇',
      companyId: null,
    }),
  ];
  const award = (awardedAt: string, occurredAt = awardedAt, role = 'developer') => ({
    data: { projectId: 'p-9', companyId: 'pc-2', awardedAt },
    actor: { id: 'dev-1', role },
    occurredAt,
  });
  const suspended = blackListed('2024Q2', 'pc-2', { tenderSuspendedThrough: '2025Q2' });

  it('records the award and the company it replaces', async () => {
    await given(...registered)
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z'))
      .thenEvents(
        emitted(TenderAwardRecorded, {
          projectId: 'p-9',
          companyId: 'pc-2',
          awardedAt: '2024-05-01T00:00:00Z',
          quarter: '2024Q2',
          previousCompanyId: null,
        }),
      );
  });

  it('refuses an award to a company whose tender eligibility is suspended in the award quarter', async () => {
    await given(...registered, suspended)
      .when(RecordTenderAward, award('2025-02-01T00:00:00Z'))
      .thenError('TenderEligibilitySuspended', 'suspended through 2025Q2');
  });

  it('accepts an award in the listed quarter itself and after the suspension ends', async () => {
    await given(...registered, suspended)
      .when(RecordTenderAward, award('2024-06-01T00:00:00Z'))
      .thenAccepted();
    // 2025-06-30T16:00:00Z is 1 July 2025 in China Standard Time: 2025Q3.
    await given(...registered, suspended)
      .when(RecordTenderAward, award('2025-06-30T16:00:00Z'))
      .thenAccepted();
  });

  it('reads suspensions as long as any policy allows, eight quarters back', async () => {
    const long = blackListed('2024Q1', 'pc-2', { tenderSuspendedThrough: '2026Q1' });
    await given(...registered, long)
      .when(RecordTenderAward, award('2026-03-01T00:00:00Z'))
      .thenError('TenderEligibilitySuspended', '2026Q1');
  });

  it('refuses an award recorded in a quarter of suspension even when it is dated before the suspension (AwardRecordedDuringSuspension)', async () => {
    await given(...registered, suspended)
      .when(RecordTenderAward, { ...award('2024-06-01T00:00:00Z'), recordedAt: '2024-08-01T00:00:00Z' })
      .thenError('AwardRecordedDuringSuspension', '2025Q2');
  });

  it('refuses an award dated after the moment it is recorded', async () => {
    await given(...registered)
      .when(RecordTenderAward, award('2024-05-02T00:00:00Z', '2024-05-01T00:00:00Z'))
      .thenError('AwardAfterRecording');
  });

  it('refuses an award of an unregistered project or to an unregistered company', async () => {
    await given(registered[0]!)
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z'))
      .thenError('ProjectNotRegistered');
    await given(registered[1]!)
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z'))
      .thenError('CompanyNotRegistered');
  });

  it('lets the housing bureau, the developer or the owners committee record an award, and no one else', async () => {
    for (const role of ['housing-bureau', 'developer', 'owners-committee']) {
      await given(...registered)
        .when(RecordTenderAward, award('2024-05-01T00:00:00Z', undefined, role))
        .thenAccepted();
    }
    await given(...registered)
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z', undefined, 'property-company'))
      .thenError('Forbidden');
  });

  it('ElectionRevoked: refuses an award recorded by the committee elected by v3 once a court revoked v3; a newly elected committee or the housing bureau records it', async () => {
    const revoked = [
      ...committeeElectedBy('v3', 'p-9', '2024-03-01T00:00:00Z'),
      revokedByCourt('v3', '2024-04-01T00:00:00Z'),
    ];
    await given(...registered, ...revoked)
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z', undefined, 'owners-committee'))
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
    await given(...registered, ...revoked, ...committeeElectedBy('v3b', 'p-9', '2024-04-02T00:00:00Z'))
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z', undefined, 'owners-committee'))
      .thenAccepted();
    await given(...registered, ...revoked)
      .when(RecordTenderAward, award('2024-05-01T00:00:00Z', undefined, 'housing-bureau'))
      .thenAccepted();
  });
});

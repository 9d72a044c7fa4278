import { describe, it } from 'vitest';
import { RedBlackListPublished } from '../ratings/events.ts';
import { DEFAULT_CREDIT_POLICY } from '../ratings/policy.ts';
import { PropertyProjectRegistered } from '../registry/events.ts';
import { emitted, event, given } from '../test-support/index.ts';
import { AwardDemonstrationSite } from './commands.ts';
import { DemonstrationSiteAwarded } from './events.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const yuesheng = event('project-p-1', PropertyProjectRegistered, {
  projectId: 'p-1',
  name: '悦盛花苑',
  communityId: 'p-1',
  town: '杨舍镇',
  companyId: 'co-a',
});
/** The 2024Q1 list black-lists co-a, blocking it from awards through 2024Q3. */
const blackListed = event('ratings-2024Q1', RedBlackListPublished, {
  quarter: '2024Q1',
  policy: DEFAULT_CREDIT_POLICY,
  red: [],
  black: [{ projectId: 'p-1', companyId: 'co-a', score: 50, grade: 'unqualified' }],
  consequences: [{ companyId: 'co-a', creditPoints: -2, tenderSuspendedThrough: null, awardBlockedThrough: '2024Q3' }],
});
const award = { projectId: 'p-1', level: 'provincial' as const, title: '江苏省红色物业示范点' };

describe('AwardDemonstrationSite and the credit file (评优评先)', () => {
  it('refuses a title for the project of a company black-listed from awards (CompanyIneligibleForAwards)', async () => {
    await given(yuesheng, blackListed)
      .when(AwardDemonstrationSite, { data: award, actor: bureau, occurredAt: '2024-05-10T02:00:00Z' })
      .thenError('CompanyIneligibleForAwards', 'co-a');
  });

  it('judges the block in the quarter the ledger records the award, whatever date it carries', async () => {
    await given(yuesheng, blackListed)
      .when(AwardDemonstrationSite, {
        data: award,
        actor: bureau,
        occurredAt: '2024-03-30T02:00:00Z',
        recordedAt: '2024-04-02T02:00:00Z',
      })
      .thenError('CompanyIneligibleForAwards');
  });

  it('awards the title once the block has run out', async () => {
    await given(yuesheng, blackListed)
      .when(AwardDemonstrationSite, { data: award, actor: bureau, occurredAt: '2024-10-10T02:00:00Z' })
      .thenEvents(emitted(DemonstrationSiteAwarded, award));
  });
});

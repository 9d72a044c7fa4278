import { describe, expect, it } from 'vitest';
import { event, given } from '../test-support/index.ts';
import { PropertyCompanyRegistered, PropertyProjectRegistered, RegistrationEnded } from '../registry/events.ts';
import { publishRedBlackListWith, RecordTenderAward, ratingsCommandsFor } from './commands.ts';
import { ProjectRated, type RedBlackListPublishedData } from './events.ts';
import {
  DEFAULT_RATINGS_POLICY,
  LIANYUNGANG_RATINGS_POLICY,
  RATINGS_POLICY_PRESETS,
  type RatingsPolicy,
  SHANGQIU_RATINGS_POLICY,
} from './policy.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const blackRating = event('ratings-2024Q2', ProjectRated, {
  quarter: '2024Q2',
  projectId: 'p-1',
  companyId: 'pc-1',
  score: 50,
  grade: 'unqualified',
});

/** The consequence for pc-1 of publishing 2024Q2, in which it is black-listed for the first time. */
async function firstBlackListingUnder(policy: RatingsPolicy) {
  const [published] = await given(blackRating)
    .when(publishRedBlackListWith(policy.credit), {
      data: { quarter: '2024Q2' },
      actor: bureau,
      occurredAt: '2024-07-05T02:00:00Z',
    })
    .thenAccepted();
  if (!published) throw new Error('PublishRedBlackList recorded no event');
  return (published.data as RedBlackListPublishedData).consequences[0];
}

describe('the ratings policy presets', () => {
  it('keeps the current policy as the default: one black listing suspends no tender', async () => {
    expect(RATINGS_POLICY_PRESETS.default).toBe(DEFAULT_RATINGS_POLICY);
    expect(await firstBlackListingUnder(DEFAULT_RATINGS_POLICY)).toMatchObject({
      tenderSuspendedThrough: null,
      awardBlockedThrough: '2024Q4',
    });
  });

  it('under Lianyungang bars a black-listed company from every tender after one listing', async () => {
    expect(await firstBlackListingUnder(LIANYUNGANG_RATINGS_POLICY)).toMatchObject({
      tenderSuspendedThrough: '2025Q2',
      awardBlockedThrough: '2024Q4',
    });
  });

  it('under Shangqiu bars a black-listed company from tenders and awards for a year', async () => {
    expect(await firstBlackListingUnder(SHANGQIU_RATINGS_POLICY)).toMatchObject({
      tenderSuspendedThrough: '2025Q2',
      awardBlockedThrough: '2025Q2',
    });
  });

  it('offers each preset as a full command set', () => {
    for (const policy of Object.values(RATINGS_POLICY_PRESETS)) {
      expect(ratingsCommandsFor(policy).map((spec) => spec.name)).toEqual([
        'RateProject',
        'CorrectRating',
        'PublishRedBlackList',
        'RecordTenderAward',
      ]);
    }
  });
});

describe('CompanyNotRegistered: a tender award names a registered, active company', () => {
  it('refuses an award to a company whose registration ended', async () => {
    const history = [
      event('company-pc-1', PropertyCompanyRegistered, { companyId: 'pc-1', name: '悦盛物业' }),
      event('company-pc-1', RegistrationEnded, { kind: 'company', id: 'pc-1', reason: '企业注销' }),
      event('project-p-1', PropertyProjectRegistered, {
        projectId: 'p-1',
        name: '悦盛花苑',
        communityId: 'p-1',
        town: '杨舍镇',
        companyId: null,
      }),
    ];
    await given(...history)
      .when(RecordTenderAward, {
        data: { projectId: 'p-1', companyId: 'pc-1', awardedAt: '2024-05-01T02:00:00Z' },
        actor: bureau,
        occurredAt: '2024-05-01T02:00:00Z',
      })
      .thenError('CompanyNotRegistered', 'registration ended');
  });
});

import { describe, expect, it } from 'vitest';
import { emitted, event, given } from '../test-support/index.ts';
import { RegisterProject, RegisterPropertyCompany } from '../registry/commands.ts';
import { CorrectRating, RateProject } from './commands.ts';
import { ProjectRated, RatingCorrected, RedBlackListPublished, TenderAwardRecorded } from './events.ts';
import { PropertyCompanyRegistered, PropertyProjectRegistered } from '../registry/events.ts';
import { DEFAULT_CREDIT_POLICY } from './policy.ts';
import type { Grade } from './score.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const company = { id: 'pc-yuesheng', role: 'property-company' };
const inQ2 = '2024-04-10T02:00:00Z';

const companyRegistered = event('company-pc-1', PropertyCompanyRegistered, { companyId: 'pc-1', name: '悦盛物业' });
const projectRegistered = event('project-p-1', PropertyProjectRegistered, {
  projectId: 'p-1',
  name: '悦盛花苑',
  communityId: 'c-1',
  town: '杨舍镇',
  companyId: 'pc-1',
});
const rated = event('ratings-2024Q1', ProjectRated, {
  quarter: '2024Q1',
  projectId: 'p-1',
  companyId: 'pc-1',
  score: 88,
  grade: 'good',
});

describe('registering companies and projects', () => {
  it('registers a property company once', async () => {
    await given()
      .when(RegisterPropertyCompany, { data: { companyId: 'pc-1', name: '悦盛物业' }, actor: bureau, occurredAt: inQ2 })
      .thenEvents(emitted(PropertyCompanyRegistered, { companyId: 'pc-1', name: '悦盛物业' }));
    await given(companyRegistered)
      .when(RegisterPropertyCompany, { data: { companyId: 'pc-1', name: '悦盛物业' }, actor: bureau, occurredAt: inQ2 })
      .thenError('CompanyAlreadyRegistered');
  });

  it('lets only the housing bureau register a company', async () => {
    await given()
      .when(RegisterPropertyCompany, {
        data: { companyId: 'pc-1', name: '悦盛物业' },
        actor: company,
        occurredAt: inQ2,
      })
      .thenError('Forbidden', 'housing-bureau');
  });

  it('refuses a project managed by an unregistered company', async () => {
    await given()
      .when(RegisterProject, {
        data: { projectId: 'p-1', name: '悦盛花苑', communityId: 'c-1', town: '杨舍镇', companyId: 'pc-1' },
        actor: bureau,
        occurredAt: inQ2,
      })
      .thenError('CompanyNotRegistered');
  });

  it('registers a project awaiting its tender without a company', async () => {
    await given()
      .when(RegisterProject, {
        data: { projectId: 'p-2', name: '新城一期', communityId: 'c-2', town: '杨舍镇' },
        actor: bureau,
        occurredAt: inQ2,
      })
      .thenEvents(
        emitted(PropertyProjectRegistered, {
          projectId: 'p-2',
          name: '新城一期',
          communityId: 'c-2',
          town: '杨舍镇',
          companyId: null,
        }),
      );
  });
});

describe('rating a project for a quarter', () => {
  const rate = (score: number, grade: Grade, quarter = '2024Q1', occurredAt = inQ2) => ({
    data: { quarter, projectId: 'p-1', score, grade },
    actor: bureau,
    occurredAt,
  });

  it('records the rating against the company managing the project', async () => {
    await given(companyRegistered, projectRegistered)
      .when(RateProject, rate(88, 'good'))
      .thenEvents(
        emitted(ProjectRated, { quarter: '2024Q1', projectId: 'p-1', companyId: 'pc-1', score: 88, grade: 'good' }),
      );
  });

  it('rates against the company that won the tender since registration', async () => {
    const award = event('project-p-1', TenderAwardRecorded, {
      projectId: 'p-1',
      companyId: 'pc-2',
      awardedAt: '2024-02-01T00:00:00Z',
      quarter: '2024Q1',
      previousCompanyId: 'pc-1',
    });
    const [first] = await given(companyRegistered, projectRegistered, award)
      .when(RateProject, rate(70, 'qualified'))
      .thenAccepted();
    expect(first?.data).toMatchObject({ companyId: 'pc-2' });
  });

  it('lets only the housing bureau rate', async () => {
    await given(companyRegistered, projectRegistered)
      .when(RateProject, { ...rate(88, 'good'), actor: company })
      .thenError('Forbidden');
  });

  it('refuses a second rating of the same project in the same quarter', async () => {
    await given(companyRegistered, projectRegistered, rated)
      .when(RateProject, rate(95, 'excellent'))
      .thenError('ProjectAlreadyRated', 'CorrectRating');
  });

  it('accepts the same project rated again in another quarter', async () => {
    await given(companyRegistered, projectRegistered, rated)
      .when(RateProject, rate(95, 'excellent', '2024Q2', '2024-06-20T02:00:00Z'))
      .thenAccepted();
  });

  it('refuses rating a quarter that has not begun in China Standard Time', async () => {
    // 2024-03-31T15:59:59Z is 23:59:59 on 31 March in Zhangjiagang: still 2024Q1.
    await given(companyRegistered, projectRegistered)
      .when(RateProject, rate(90, 'excellent', '2024Q2', '2024-03-31T15:59:59Z'))
      .thenError('QuarterNotBegun');
    await given(companyRegistered, projectRegistered)
      .when(RateProject, rate(90, 'excellent', '2024Q1', '2024-03-31T15:59:59Z'))
      .thenAccepted();
  });

  it('refuses rating an unregistered project or one without a company', async () => {
    await given().when(RateProject, rate(80, 'good')).thenError('ProjectNotRegistered');
    const noCompany = event('project-p-1', PropertyProjectRegistered, {
      projectId: 'p-1',
      name: '新城一期',
      communityId: 'c-1',
      town: '杨舍镇',
      companyId: null,
    });
    await given(noCompany).when(RateProject, rate(80, 'good')).thenError('ProjectHasNoCompany');
  });

  it('refuses a score outside 0 to 100 or an unknown grade before any rule runs', async () => {
    await given(companyRegistered, projectRegistered)
      .when(RateProject, rate(101, 'good'))
      .thenError('DecodeError', 'Score');
    await given(companyRegistered, projectRegistered)
      .when(RateProject, rate(80, 'A' as Grade))
      .thenError('DecodeError');
    await given(companyRegistered, projectRegistered)
      .when(RateProject, rate(80, 'good', '2024Q5'))
      .thenError('DecodeError', 'quarter');
  });

  it('refuses a rating once the quarter list is published', async () => {
    const published = event('ratings-2024Q1', RedBlackListPublished, {
      quarter: '2024Q1',
      policy: DEFAULT_CREDIT_POLICY,
      red: [],
      black: [],
      consequences: [],
    });
    await given(companyRegistered, projectRegistered, published)
      .when(RateProject, rate(80, 'good'))
      .thenError('RatingsFrozen');
  });
});

describe('correcting a rating', () => {
  const correct = (score: number, grade: Grade, reason = '复核发现扣分项计算错误') => ({
    data: { quarter: '2024Q1', projectId: 'p-1', score, grade, reason },
    actor: bureau,
    occurredAt: inQ2,
  });

  it('records the new values beside the previous ones and the reason', async () => {
    await given(rated)
      .when(CorrectRating, correct(91, 'excellent'))
      .thenEvents(
        emitted(RatingCorrected, {
          quarter: '2024Q1',
          projectId: 'p-1',
          score: 91,
          grade: 'excellent',
          previousScore: 88,
          previousGrade: 'good',
          reason: '复核发现扣分项计算错误',
        }),
      );
  });

  it('refuses a correction without a reason', async () => {
    await given(rated)
      .when(CorrectRating, correct(91, 'excellent', ''))
      .thenError('DecodeError', 'reason');
  });

  it('refuses correcting a rating that does not exist', async () => {
    await given().when(CorrectRating, correct(91, 'excellent')).thenError('ProjectNotRated');
  });

  it('refuses a correction that changes nothing', async () => {
    await given(rated).when(CorrectRating, correct(88, 'good')).thenError('RatingUnchanged');
  });

  it('refuses a correction once the quarter list is published', async () => {
    const published = event('ratings-2024Q1', RedBlackListPublished, {
      quarter: '2024Q1',
      policy: DEFAULT_CREDIT_POLICY,
      red: [],
      black: [],
      consequences: [],
    });
    await given(rated, published).when(CorrectRating, correct(91, 'excellent')).thenError('RatingsFrozen');
  });
});

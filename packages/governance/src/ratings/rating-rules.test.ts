import { describe, expect, it } from 'vitest';
import { emitted, event, given } from '../test-support/index.ts';
import { PropertyCompanyRegistered, PropertyProjectRegistered, RegistrationEnded } from '../registry/events.ts';
import { CorrectRating, RateProject, rateProjectWith } from './commands.ts';
import { ProjectRated, RatingCorrected } from './events.ts';
import { DEFAULT_GRADE_SCALE, gradesAllowing, makeGradeScale } from './grade-scale.ts';
import { makeRatingsPolicy } from './policy.ts';
import { ratingWindowOf } from './rating-window.ts';
import type { Grade } from './score.ts';

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const companyRegistered = event('company-pc-1', PropertyCompanyRegistered, { companyId: 'pc-1', name: '悦盛物业' });
const projectRegistered = event('project-p-1', PropertyProjectRegistered, {
  projectId: 'p-1',
  name: '悦盛花苑',
  communityId: 'p-1',
  town: '杨舍镇',
  companyId: 'pc-1',
});
const registered = [companyRegistered, projectRegistered];

/** A rating of 2024Q1 claimed at `occurredAt` and recorded by the ledger at `recordedAt`. */
const rate = (score: number, grade: Grade, occurredAt = '2024-03-20T02:00:00Z', recordedAt = occurredAt) => ({
  data: { quarter: '2024Q1', projectId: 'p-1', score, grade },
  actor: bureau,
  occurredAt,
  recordedAt,
});

describe('ScoreGradeMismatch: a score and its grade agree under the grade scale', () => {
  it('refuses 95 points graded unqualified and 30 points graded excellent, naming the grades allowed', async () => {
    await given(...registered)
      .when(RateProject, rate(95, 'unqualified'))
      .thenError('ScoreGradeMismatch', 'allowed for 95: excellent');
    await given(...registered)
      .when(RateProject, rate(30, 'excellent'))
      .thenError('ScoreGradeMismatch', 'unqualified');
  });

  it('records a score with a grade its band allows, at each band edge', async () => {
    await given(...registered)
      .when(RateProject, rate(90, 'excellent'))
      .thenEvents(
        emitted(ProjectRated, {
          quarter: '2024Q1',
          projectId: 'p-1',
          companyId: 'pc-1',
          score: 90,
          grade: 'excellent',
        }),
      );
    await given(...registered)
      .when(RateProject, rate(89, 'excellent'))
      .thenError('ScoreGradeMismatch');
    await given(...registered)
      .when(RateProject, rate(59, 'unqualified'))
      .thenAccepted();
    await given(...registered)
      .when(RateProject, rate(60, 'unqualified'))
      .thenError('ScoreGradeMismatch');
  });

  it('refuses a correction to a score its new grade does not allow', async () => {
    const rated = event('ratings-2024Q1', ProjectRated, {
      quarter: '2024Q1',
      projectId: 'p-1',
      companyId: 'pc-1',
      score: 88,
      grade: 'good',
    });
    const correct = (score: number, grade: Grade) => ({
      data: { quarter: '2024Q1', projectId: 'p-1', score, grade, reason: '复核更正' },
      actor: bureau,
      occurredAt: '2024-03-25T02:00:00Z',
    });
    await given(rated).when(CorrectRating, correct(95, 'unqualified')).thenError('ScoreGradeMismatch');
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
          reason: '复核更正',
        }),
      );
  });

  it('holds a configured scale instead of the default', async () => {
    const lenient = makeRatingsPolicy({
      gradeScale: makeGradeScale({ excellent: { min: 95, max: 100 }, good: { min: 80, max: 94 } }),
    });
    await given(...registered)
      .when(rateProjectWith(lenient), rate(92, 'good'))
      .thenAccepted();
    await given(...registered)
      .when(RateProject, rate(92, 'good'))
      .thenError('ScoreGradeMismatch', 'excellent');
  });

  it('refuses a 90 graded good under the default scale, whose good band is 80 to 89', async () => {
    await given(...registered)
      .when(RateProject, rate(90, 'good'))
      .thenError('ScoreGradeMismatch');
    await given(...registered)
      .when(RateProject, rate(89, 'good'))
      .thenAccepted();
  });

  it('gives every score from 0 to 100 exactly one grade under the default scale', () => {
    for (let score = 0; score <= 100; score++) expect(gradesAllowing(DEFAULT_GRADE_SCALE, score)).toHaveLength(1);
  });

  it('refuses to configure a scale that leaves a score without a grade, or gives one two', () => {
    expect(() => makeGradeScale({ qualified: { min: 61, max: 79 } })).toThrow(/no grade carries a score of 60/);
    expect(() => makeGradeScale({ good: { min: 90, max: 80 } })).toThrow(/reversed/);
    expect(() => makeGradeScale({ good: { min: 80, max: 100 } })).toThrow(
      /score of 90 is carried by excellent and good/,
    );
  });
});

describe('RatingOutsideWindow: a rating of a quarter is recorded within its rating window', () => {
  it('opens the 2024Q1 window 30 days before the quarter ends in China Standard Time and closes it 30 days after', () => {
    expect(ratingWindowOf('2024Q1', { opensDaysBeforeEnd: 30, closesDaysAfterEnd: 30 })).toEqual({
      opensAt: '2024-03-01T16:00:00.000Z',
      closesAt: '2024-04-30T16:00:00.000Z',
    });
  });

  it('refuses a rating of 2024Q1 recorded on the quarter’s second day', async () => {
    await given(...registered)
      .when(RateProject, rate(88, 'good', '2024-01-01T16:00:00Z'))
      .thenError('RatingOutsideWindow', '2024-03-01T16:00:00.000Z');
  });

  it('refuses a rating recorded after the window closed, whatever date it claims', async () => {
    await given(...registered)
      .when(RateProject, rate(88, 'good', '2024-04-29T02:00:00Z', '2024-05-02T02:00:00Z'))
      .thenError('RatingOutsideWindow');
  });

  it('records a rating at the opening instant and refuses one at the closing instant', async () => {
    await given(...registered)
      .when(RateProject, rate(88, 'good', '2024-03-01T16:00:00Z'))
      .thenAccepted();
    await given(...registered)
      .when(RateProject, rate(88, 'good', '2024-04-30T15:00:00Z', '2024-04-30T16:00:00Z'))
      .thenError('RatingOutsideWindow');
  });

  it('holds a configured window instead of the default', async () => {
    const early = makeRatingsPolicy({ ratingWindow: { opensDaysBeforeEnd: 90, closesDaysAfterEnd: 10 } });
    await given(...registered)
      .when(rateProjectWith(early), rate(88, 'good', '2024-01-05T02:00:00Z'))
      .thenAccepted();
    await given(...registered)
      .when(rateProjectWith(early), rate(88, 'good', '2024-04-15T02:00:00Z'))
      .thenError('RatingOutsideWindow');
  });
});

describe('ProjectNotRegistered: a rating names a registered, active project', () => {
  it('refuses rating a project whose registration ended', async () => {
    const ended = event('project-p-1', RegistrationEnded, { kind: 'project', id: 'p-1', reason: '并入相邻小区' });
    await given(...registered, ended)
      .when(RateProject, rate(88, 'good'))
      .thenError('ProjectNotRegistered');
  });
});

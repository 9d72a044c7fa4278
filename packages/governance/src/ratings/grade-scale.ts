/**
 * The grade scale: which scores each grade of a quarterly rating may carry. A rating whose
 * grade its score does not allow (95 and `unqualified`, 30 and `excellent`) is refused with
 * `ScoreGradeMismatch`. The scale is configuration; the default is the usual 90 / 80 / 60
 * banding of a 100-point rating (the source document names the list, not its bands), and the
 * bands never overlap: a score has exactly one grade.
 */
import * as t from 'io-ts';
import { makePolicy } from '../policy-overrides.ts';
import { GRADES, type Grade, Score } from './score.ts';

/** The scores a grade may carry, both ends inclusive. */
export const ScoreBand = t.type({ min: Score, max: Score }, 'ScoreBand');
export type ScoreBand = t.TypeOf<typeof ScoreBand>;

/** Codec of a grade scale: one band per grade. */
export const GradeScale = t.type(
  { excellent: ScoreBand, good: ScoreBand, qualified: ScoreBand, unqualified: ScoreBand },
  'GradeScale',
);
export type GradeScale = t.TypeOf<typeof GradeScale>;

/**
 * The default scale: `excellent` 90–100, `good` 80–89, `qualified` 60–79, `unqualified`
 * 0–59. Every score from 0 to 100 has exactly one grade.
 */
export const DEFAULT_GRADE_SCALE: GradeScale = {
  excellent: { min: 90, max: 100 },
  good: { min: 80, max: 89 },
  qualified: { min: 60, max: 79 },
  unqualified: { min: 0, max: 59 },
};

/** Whether `grade` may carry `score` under `scale`. */
export function gradeAllows(scale: GradeScale, grade: Grade, score: number): boolean {
  const band = scale[grade];
  return score >= band.min && score <= band.max;
}

/** The grades `score` may carry under `scale`, best first: what a refusal names as allowed. */
export function gradesAllowing(scale: GradeScale, score: number): Grade[] {
  return (Object.keys(GRADES) as Grade[]).filter((grade) => gradeAllows(scale, grade, score));
}

/**
 * A scale built from the default and `overrides`. Throws when a band is empty or reversed,
 * when some score 0–100 has no grade, or when a score has two (overlapping bands would let one
 * score carry contradictory grades): a bad scale is a configuration bug, found when wired.
 */
export function makeGradeScale(overrides: Partial<GradeScale> = {}): GradeScale {
  return makePolicy(
    'grade scale',
    GradeScale,
    DEFAULT_GRADE_SCALE,
    overrides,
    (scale) => {
      const reversed = (Object.keys(GRADES) as Grade[]).find((grade) => scale[grade].min > scale[grade].max);
      return reversed === undefined ? null : `the ${reversed} band is reversed`;
    },
    (scale) => {
      for (let score = 0; score <= 100; score++) {
        const grades = gradesAllowing(scale, score);
        if (grades.length === 0) return `no grade carries a score of ${score}`;
        if (grades.length > 1) return `a score of ${score} is carried by ${grades.join(' and ')}`;
      }
      return null;
    },
  );
}

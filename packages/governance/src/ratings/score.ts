/**
 * What a quarterly property-service rating 物业服务质量评价 says of a project: a score of
 * 0–100 points and a grade. Both are given by the housing bureau; the ledger does not derive
 * one from the other, but the red-black list reads both (see `policy.ts`).
 */
import * as t from 'io-ts';

/**
 * Codec of an integer from `min` to `max` inclusive, keeping the plain `number` type (no brand)
 * so values built in code need no casts.
 */
export function boundedInteger(name: string, min: number, max: number): t.Type<number, number, unknown> {
  const valid = (u: unknown): u is number => typeof u === 'number' && Number.isInteger(u) && u >= min && u <= max;
  return new t.Type<number, number, unknown>(
    name,
    valid,
    (u, c) =>
      valid(u)
        ? t.success(u)
        : t.failure(u, c, `expected ${name}, an integer from ${min} to ${max}, got ${JSON.stringify(u)}`),
    t.identity,
  );
}

/** Codec of a rating score in whole points, 0–100 inclusive. */
export const Score = boundedInteger('Score', 0, 100);

/**
 * The grades of a rating, best first, with the Chinese term each stands for. `excellent` is
 * the top grade (the red list draws from it), `unqualified` the bottom (it always lists black).
 */
export const GRADES = {
  excellent: '优秀 (excellent)',
  good: '良好 (good)',
  qualified: '合格 (qualified)',
  unqualified: '不合格 (unqualified)',
} as const;

/** Codec of a grade name. */
export const Grade = t.keyof(GRADES, 'Grade');
export type Grade = t.TypeOf<typeof Grade>;

/**
 * The rating window of a quarter: the stretch of the ledger's time in which a rating of that
 * quarter may be recorded. A quarter's service is rated once it has mostly been delivered
 * (from `opensDaysBeforeEnd` days before the quarter ends) and promptly after (until
 * `closesDaysAfterEnd` days after it ends), so a rating of 2024Q1 is not recorded on
 * 2 January nor a year later. Days are whole days of 24 h; quarters end at 00:00 China
 * Standard Time of the next quarter's first day.
 */
import * as t from 'io-ts';
import { addQuarters, CHINA_STANDARD_TIME_OFFSET_MS, type Quarter, quarterIndex } from './quarter.ts';
import { boundedInteger } from './score.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const WindowDays = boundedInteger('RatingWindowDays', 0, 366);

/** Codec of a rating window (days before and after the end of the rated quarter). */
export const RatingWindow = t.type({ opensDaysBeforeEnd: WindowDays, closesDaysAfterEnd: WindowDays }, 'RatingWindow');
export type RatingWindow = t.TypeOf<typeof RatingWindow>;

/**
 * The default window: from 30 days before the quarter ends to 30 days after, so the bureau
 * rates in the quarter's last month or the first month of the next, and publishes the list then.
 */
export const DEFAULT_RATING_WINDOW: RatingWindow = { opensDaysBeforeEnd: 30, closesDaysAfterEnd: 30 };

/** The first instant of `quarter` in China Standard Time, in milliseconds since the epoch. */
export function quarterStartMs(quarter: Quarter): number {
  const index = quarterIndex(quarter);
  const year = Math.floor(index / 4);
  return Date.UTC(year, (index - year * 4) * 3, 1) - CHINA_STANDARD_TIME_OFFSET_MS;
}

/** When the window of `quarter` opens and closes (ISO-8601 UTC; `closesAt` is exclusive). */
export function ratingWindowOf(quarter: Quarter, window: RatingWindow): { opensAt: string; closesAt: string } {
  const end = quarterStartMs(addQuarters(quarter, 1));
  return {
    opensAt: new Date(end - window.opensDaysBeforeEnd * DAY_MS).toISOString(),
    closesAt: new Date(end + window.closesDaysAfterEnd * DAY_MS).toISOString(),
  };
}

/** Whether a rating of `quarter` recorded at `recordedAt` falls in its window. */
export function withinRatingWindow(quarter: Quarter, recordedAt: string, window: RatingWindow): boolean {
  const { opensAt, closesAt } = ratingWindowOf(quarter, window);
  const at = Date.parse(recordedAt);
  return at >= Date.parse(opensAt) && at < Date.parse(closesAt);
}

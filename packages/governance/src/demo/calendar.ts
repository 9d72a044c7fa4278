/**
 * The demo's calendar: the simulated period (1 January 2022 to 31 December 2024, China
 * Standard Time, UTC+8), milliseconds as the unit of simulated time, and the working hours
 * in which offices act. Times leave the demo as ISO-8601 UTC strings. Pure: no clock is read.
 */
import type { Random } from './random.ts';

/** One minute, hour and day in milliseconds. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const CST_OFFSET_MS = 8 * HOUR_MS;

/** The instant of a China Standard Time wall-clock time (month 1–12). */
export function cst(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - CST_OFFSET_MS;
}

/** The first instant of the simulated period: 2022-01-01 00:00 CST. */
export const PERIOD_START_MS = cst(2022, 1, 1);
/** The end of the simulated period (exclusive): 2025-01-01 00:00 CST. */
export const PERIOD_END_MS = cst(2025, 1, 1);
/** Number of simulated days. */
export const PERIOD_DAYS = Math.round((PERIOD_END_MS - PERIOD_START_MS) / DAY_MS);

/** The ISO-8601 UTC text of an instant, e.g. `2022-01-04T01:30:00.000Z`. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The simulated day (0-based from 2022-01-01 CST) containing `ms`. */
export function dayOf(ms: number): number {
  return Math.floor((ms - PERIOD_START_MS) / DAY_MS);
}

/** The instant a simulated day begins (00:00 CST). */
export function dayStart(day: number): number {
  return PERIOD_START_MS + day * DAY_MS;
}

/** The CST calendar date of `ms`: year, month (1–12), day of month and weekday (0 = Sunday). */
export function cstDate(ms: number): { year: number; month: number; day: number; weekday: number } {
  const local = new Date(ms + CST_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
  };
}

/** `YYYY-MM` of `ms` in CST. */
export function cstMonth(ms: number): string {
  const { year, month } = cstDate(ms);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A random minute between `fromHour` and `toHour` (CST) of the day containing `ms`. */
export function timeOfDay(rng: Random, ms: number, fromHour = 8.5, toHour = 17.5): number {
  const start = dayStart(dayOf(ms));
  return start + Math.floor(rng.uniform(fromHour, toHour) * 60) * MINUTE_MS;
}

/**
 * The first office moment at or after `ms + delayMs`: a weekday between 08:30 and 17:30 CST
 * (a random minute of the next open day, or a few minutes later when the office is open).
 */
export function officeTimeAfter(rng: Random, ms: number, delayMs: number): number {
  let at = ms + delayMs;
  for (;;) {
    const { weekday } = cstDate(at);
    const open = dayStart(dayOf(at)) + 8.5 * HOUR_MS;
    const close = dayStart(dayOf(at)) + 17.5 * HOUR_MS;
    if (weekday !== 0 && weekday !== 6) {
      if (at < open) return timeOfDay(rng, at);
      if (at < close) return at + rng.between(1, 30) * MINUTE_MS;
    }
    at = dayStart(dayOf(at) + 1);
  }
}

/** The three months (1–12) of a quarter (1–4). */
export function monthsOfQuarter(quarter: number): [number, number, number] {
  const first = (quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** Every quarter of the period as `{ year, quarter, name }`, e.g. `{ 2022, 1, '2022Q1' }`. */
export const PERIOD_QUARTERS: readonly { year: number; quarter: number; name: string }[] = [2022, 2023, 2024].flatMap(
  (year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter, name: `${year}Q${quarter}` })),
);

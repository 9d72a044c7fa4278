/**
 * Calendar periods of a time, reckoned at a fixed offset from UTC: a domain reckons months
 * and quarters in its own time zone (China Standard Time is UTC+8, 480 minutes).
 */

/** The length of a period for counting acts. */
export type PeriodUnit = 'day' | 'month' | 'quarter' | 'year';

/** The period units, for option parsing. */
export const PERIOD_UNITS: readonly PeriodUnit[] = ['day', 'month', 'quarter', 'year'];

/**
 * The period of an ISO-8601 UTC time: `2024-03-05` (day), `2024-03` (month), `2024Q1`
 * (quarter) or `2024` (year), at `offsetMinutes` east of UTC.
 *
 * @example
 * periodOf('2024-03-31T17:00:00Z', 'quarter', 480) // '2024Q2' (01:00 on 1 April in China)
 */
export function periodOf(time: string, unit: PeriodUnit, offsetMinutes = 0): string {
  const local = new Date(Date.parse(time) + offsetMinutes * 60_000).toISOString();
  const year = local.slice(0, 4);
  const month = Number(local.slice(5, 7));
  switch (unit) {
    case 'day':
      return local.slice(0, 10);
    case 'month':
      return local.slice(0, 7);
    case 'quarter':
      return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
    case 'year':
      return year;
  }
}

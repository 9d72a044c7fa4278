/**
 * The checks behind the envelope's string codecs (`IsoTime`, `Id`), as plain predicates: the
 * codecs in `envelope.ts` and the envelope's fast check (`envelope-fast-check.ts`) share them.
 * They run on every event appended or imported, so they read characters instead of building
 * regular-expression matches and dates.
 */

/** The earliest year an `IsoTime` may name. */
export const EARLIEST_YEAR = 1900;
/** The latest year an `IsoTime` may name (9999 is refused: it is a common "no end" sentinel). */
export const LATEST_YEAR = 2999;

const DIGIT_0 = 0x30;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of the `count` decimal digits of `s` from `at`, or -1 when one is not a digit. */
function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * True when `s` is an ISO-8601 UTC time `YYYY-MM-DDTHH:MM:SS[.f…]Z` (one to nine fraction
 * digits, a trailing `Z` required) whose fields name a real instant: a date of the calendar
 * (no 2024-02-30), a clock from 00:00:00 to 23:59:59, in the years {@link EARLIEST_YEAR} to
 * {@link LATEST_YEAR}.
 */
export function isRealIsoTime(s: string): boolean {
  const length = s.length;
  if (length !== 20 && (length < 22 || length > 30)) return false;
  if (
    s.charCodeAt(4) !== 0x2d /* - */ ||
    s.charCodeAt(7) !== 0x2d ||
    s.charCodeAt(10) !== 0x54 /* T */ ||
    s.charCodeAt(13) !== 0x3a /* : */ ||
    s.charCodeAt(16) !== 0x3a ||
    s.charCodeAt(length - 1) !== 0x5a /* Z */
  )
    return false;
  if (length > 20 && (s.charCodeAt(19) !== 0x2e /* . */ || digits(s, 20, length - 21) < 0)) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return false;
  if (month < 1 || month > 12 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return false;
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day >= 1 && day <= daysInMonth;
}

/** C0 and C1 control characters, DEL, and lone surrogates (which no encoding can store). */
const ID_FORBIDDEN =
  /[\u0000-\u001f\u007f-\u009f/\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * True when `s` can be an id: 1 to 512 characters, not blank, no control character, no lone
 * surrogate, no path character (`/`, `\\`, `..`), and not `__proto__`. Ids name streams and
 * files and are compared as keys, so nothing in them may be read as a path or a prototype.
 */
export function isValidId(s: string): boolean {
  return (
    s.length > 0 &&
    s.length <= 512 &&
    s.trim().length > 0 &&
    s !== '__proto__' &&
    !s.includes('..') &&
    !ID_FORBIDDEN.test(s)
  );
}

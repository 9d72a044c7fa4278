/**
 * The query parameters many routes share — `asOf`, `at`, `limit`, `cursor` — as querystring
 * schemas, and the parsing of `asOf` into core's {@link AsOf}.
 */
import { type AsOf, parseAsOf } from '@govledger/core';
import { LEDGER_UTC_OFFSET_MINUTES } from './time-in-question.ts';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type BadParameter, badParameter } from './errors.ts';
import { patterned, type Schema } from './schema.ts';

const AS_OF_PATTERN = '^(0|[1-9][0-9]{0,14}|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+Z)?)$';
const AS_OF_WHAT =
  'a ledger index (0, 1, …), a date such as 2024-06-30 (the end of that day in China Standard Time) or an ISO-8601 UTC time such as 2024-06-30T08:00:00Z';

/** `?asOf=<index|ISO time>`: answer as of after that entry, or after every entry recorded by then. */
export const asOfParam: Schema = patterned(
  AS_OF_PATTERN,
  AS_OF_WHAT,
  'Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time ' +
    '(the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). ' +
    'Default: the current head.',
);

const ISO_UTC = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$';

/** `?at=<ISO time>`: the time in question for answers that depend on time (overdue, on display). */
export const atParam: Schema = patterned(
  ISO_UTC,
  'an ISO-8601 UTC time such as 2024-06-30T08:00:00Z',
  'The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute).',
);

/** `?limit=`: page size from 1 to `max`, `fallback` when absent. */
export function limitParam(max: number, fallback: number): Schema {
  return { type: 'integer', minimum: 1, maximum: max, default: fallback, description: `Page size, 1 to ${max}.` };
}

/** `?cursor=`: the opaque `nextCursor` of the previous page. */
export const cursorParam: Schema = patterned(
  '^[A-Za-z0-9_-]{1,400}$',
  'a cursor returned as nextCursor by the previous page',
  'Opaque cursor: the `nextCursor` of the previous page. Keep the other parameters the same.',
);

/** A calendar quarter such as `2024Q1`. */
export const quarterParam: Schema = patterned('^[0-9]{4}Q[1-4]$', 'a quarter like 2024Q1', 'A quarter such as 2024Q1.');

/** Parses a validated `asOf` value (absent: the head). A date that does not exist is refused. */
export function asOfFrom(text: string | undefined): Either<BadParameter, AsOf | undefined> {
  if (text === undefined) return right(undefined);
  const asOf = parseAsOf(text, LEDGER_UTC_OFFSET_MINUTES);
  if (asOf === null) return left(badParameter('asOf', `must be ${AS_OF_WHAT}`));
  if ('index' in asOf && !Number.isSafeInteger(asOf.index)) return left(badParameter('asOf', 'is too large'));
  if ('time' in asOf && !isRealDate(asOf.time))
    return left(badParameter('asOf', `${text} is not a date of the calendar`));
  return right(asOf);
}

/** Parses a validated `at` value: the time itself, refused when its date does not exist (2024-02-30). */
export function atFrom(text: string | undefined): Either<BadParameter, string | undefined> {
  if (text === undefined) return right(undefined);
  return isRealDate(text) ? right(text) : left(badParameter('at', `${text} is not a time of the calendar`));
}

/** True when the ISO time's date and clock fields name a real instant (no 30 February, no 25:00). */
function isRealDate(iso: string): boolean {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return false;
  const back = new Date(ms).toISOString();
  const clock = iso.slice(11).replace(/Z$/, '').slice(0, 8);
  return back.slice(0, 10) === iso.slice(0, 10) && back.slice(11).startsWith(clock);
}

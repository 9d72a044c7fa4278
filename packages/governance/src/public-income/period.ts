/**
 * Accounting periods of public income: calendar months `YYYY-MM` as reckoned in Zhangjiagang
 * (China Standard Time, UTC+8). Income is booked to a month; a disclosure covers a run of
 * months from `periodFrom` to `periodTo` inclusive.
 */
import { checkedString } from '@govledger/core';

/** The longest run of months one disclosure may cover. */
export const MAX_DISCLOSURE_MONTHS = 36;

/** Codec of a month `YYYY-MM`, e.g. `2024-03`. */
export const Month = checkedString('Month', (s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), 'a month like 2024-03');

const CHINA_STANDARD_TIME_MS = 8 * 3600_000;

/** The month (`YYYY-MM`) in China Standard Time of an ISO-8601 UTC time: `2024-03-31T16:00:00Z` is in `2024-04`. */
export function monthOf(isoTime: string): string {
  return new Date(Date.parse(isoTime) + CHINA_STANDARD_TIME_MS).toISOString().slice(0, 7);
}

function index(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromIndex(i: number): string {
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The number of months from `from` to `to` inclusive (0 or less when `to` is before `from`). */
export function monthSpan(from: string, to: string): number {
  return index(to) - index(from) + 1;
}

/** Every month from `from` to `to` inclusive, in order. */
export function monthsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(fromIndex(i));
  return out;
}

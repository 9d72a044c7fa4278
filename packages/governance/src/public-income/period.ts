/**
 * Accounting periods of public income: calendar months `YYYY-MM` (UTC). Income is booked to
 * a month; a disclosure covers a run of months from `periodFrom` to `periodTo` inclusive.
 */
import { checkedString } from '@govledger/core';

/** The longest run of months one disclosure may cover. */
export const MAX_DISCLOSURE_MONTHS = 36;

/** Codec of a month `YYYY-MM`, e.g. `2024-03`. */
export const Month = checkedString('Month', (s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), 'a month like 2024-03');

/** The month (`YYYY-MM`, UTC) of an ISO-8601 UTC time. */
export function monthOf(isoTime: string): string {
  return isoTime.slice(0, 7);
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

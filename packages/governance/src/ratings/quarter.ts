/**
 * Calendar quarters (`2024Q1`): the period of a property-service rating and of a red-black
 * list, and the unit in which credit consequences run ("suspended for the next four
 * quarters"). Quarters are reckoned in China Standard Time (UTC+8, no daylight saving), the
 * time the housing bureau works in: `2024-03-31T16:00:00Z` is 1 April in Zhangjiagang, so it
 * falls in `2024Q2`.
 */
import { checkedString } from '@govledger/core';

const QUARTER = /^(\d{4})Q([1-4])$/;

/**
 * Codec of a quarter such as `2024Q1` (year, `Q`, 1–4). Quarters of the same four-digit year
 * range compare correctly as strings: `'2024Q4' < '2025Q1'`.
 */
export const Quarter = checkedString('Quarter', (s) => QUARTER.test(s), 'a quarter like 2024Q1');
export type Quarter = string;

/** Offset of China Standard Time from UTC, in milliseconds (UTC+8, no daylight saving). */
export const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The number of quarters since year 0 (`2024Q1` → 8096): quarters as consecutive integers. */
export function quarterIndex(quarter: Quarter): number {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`${JSON.stringify(quarter)} is not a quarter like 2024Q1`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

/** The quarter at a {@link quarterIndex}. */
export function quarterAt(index: number): Quarter {
  const year = Math.floor(index / 4);
  return `${String(year).padStart(4, '0')}Q${index - year * 4 + 1}`;
}

/** The quarter `n` quarters after `quarter` (before it when `n` is negative). */
export function addQuarters(quarter: Quarter, n: number): Quarter {
  return quarterAt(quarterIndex(quarter) + n);
}

/** The quarter, in China Standard Time, containing the ISO-8601 UTC time `isoTime`. */
export function quarterOf(isoTime: string): Quarter {
  const local = new Date(Date.parse(isoTime) + CHINA_STANDARD_TIME_OFFSET_MS);
  return quarterAt(local.getUTCFullYear() * 4 + Math.floor(local.getUTCMonth() / 3));
}

/** The `n` quarters before `quarter`, nearest first (`previousQuarters('2024Q1', 2)` → 2023Q4, 2023Q3). */
export function previousQuarters(quarter: Quarter, n: number): Quarter[] {
  const out: Quarter[] = [];
  for (let k = 1; k <= n; k++) out.push(addQuarters(quarter, -k));
  return out;
}

/**
 * A quarter as the key of its stream's state among a rule's related states: the same text as
 * the quarter, typed so that it cannot be mistaken for another key (`company`, `project`).
 */
export type QuarterKey = `${string}Q${number}`;

/** The related-state key of `quarter` (`2024Q1` → `2024Q1`). */
export function quarterKey(quarter: Quarter): QuarterKey {
  const index = quarterIndex(quarter);
  const year = Math.floor(index / 4);
  return `${String(year).padStart(4, '0')}Q${index - year * 4 + 1}`;
}

/**
 * Parsing option values: integers and "as of" points, with usage errors naming the option.
 */
import { type AsOf, parseAsOf } from '@govledger/core';
import { usageError } from './cli-error.ts';
import { CHINA_STANDARD_TIME_MINUTES } from './local-time.ts';

/** Parses a non-negative integer option such as `--index 12`. */
export function nonNegativeInteger(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw usageError(`${option} must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** Parses `--as-of INDEX|ISO-TIME`. */
export function asOfOption(value: string | undefined): AsOf | undefined {
  if (value === undefined) return undefined;
  const asOf = parseAsOf(value, CHINA_STANDARD_TIME_MINUTES);
  if (!asOf)
    throw usageError(
      `--as-of must be a ledger index (0, 1, …) a date (the end of that day in China Standard Time) or an ISO-8601 UTC time such as 2024-06-30T23:59:59Z, got ${JSON.stringify(value)}`,
    );
  return asOf;
}

/**
 * The ledger's users' time zone: China Standard Time, UTC+8. A bare date given to a command
 * (`--as-of 2024-06-30`, `--from 2024-03-31`) means the end of that day there, as in the read
 * API; times a command prints for people are shown in it.
 */

/** China Standard Time in minutes east of UTC. */
export const CHINA_STANDARD_TIME_MINUTES = 480;

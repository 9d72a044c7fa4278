/**
 * How many cases each fuzz property runs: a few in CI (the suite stays well under a minute),
 * `GOVLEDGER_FUZZ_SCALE` times more in the nightly run (`pnpm fuzz`). Test code only.
 */
const scale = Math.max(1, Number(process.env.GOVLEDGER_FUZZ_SCALE ?? '1') || 1);

/** `ciRuns` scaled for the current run. */
export function fuzzRuns(ciRuns: number): number {
  return Math.round(ciRuns * scale);
}

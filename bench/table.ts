/**
 * Printing benchmark results: each figure beside the limit measured in the same run.
 */

/** One benchmark row: our figure, the machine's limit, and the goal ratio. */
export interface BenchRow {
  readonly name: string;
  readonly ours: string;
  readonly limit: string;
  /** ours ÷ limit for rates (higher is better), or a short verdict. */
  readonly ratio: string;
  readonly goal: string;
}

/** Formats a rate in events per second. */
export function perSecond(count: number, ms: number): string {
  return `${Math.round((count * 1000) / ms).toLocaleString('en-US')}/s`;
}

/** p-th percentile (0–100) of sorted latencies in ms, formatted. */
export function percentile(sortedMs: readonly number[], p: number): number {
  const i = Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length));
  return sortedMs[i] ?? Number.NaN;
}

/** Prints rows as an aligned text table. */
export function printTable(rows: readonly BenchRow[]): void {
  const header: BenchRow = {
    name: 'benchmark',
    ours: 'govledger',
    limit: 'limit (same run)',
    ratio: 'ratio',
    goal: 'goal',
  };
  const all = [header, ...rows];
  const widths = (Object.keys(header) as (keyof BenchRow)[]).map((k) => Math.max(...all.map((r) => r[k].length)));
  for (const [i, row] of all.entries()) {
    const cells = (Object.keys(header) as (keyof BenchRow)[]).map((k, j) => row[k].padEnd(widths[j]!));
    console.log(cells.join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  }
}

/**
 * Serving C2SP tlog-tiles from the benchmark ledger: the time to assemble a full level-0
 * tile (256 leaf hashes) and a full level-1 tile (256 subtree hashes of 256 entries each)
 * through the store's verifiable log, beside the machine limit of reading the same 256 rows'
 * stored hashes with one raw SQL range query in the same run. The two take turns at reading
 * a tile first, since the first pays for bringing its pages in from the file.
 */
import Database from 'better-sqlite3';
import { openSqliteStore } from '@govledger/store-sqlite';
import { type BenchRow, percentile } from './table.ts';

/** Milliseconds `run` takes. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** p50/p99 of `samples` random full tiles of levels 0 and 1 over the ledger at `path`. */
export async function benchTiles(path: string, samples: number): Promise<BenchRow[]> {
  const store = openSqliteStore(path, { readonly: true });
  const raw = new Database(path, { readonly: true });
  const range = raw.prepare('SELECT hashes FROM entries WHERE idx >= ? AND idx < ?').pluck();
  const { size } = await store.head();
  const level0 = Math.floor(size / 256);
  const level1 = Math.floor(size / 65_536);
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const time = async (level: number, tiles: number) => {
    const ours: number[] = [];
    const limit: number[] = [];
    for (let s = 0; s < samples && tiles > 0; s++) {
      const n = next() % tiles;
      // Whichever reads a tile first pays for bringing its pages in: take turns.
      const oursFirst = s % 2 === 0;
      if (!oursFirst) limit.push(await timed(async () => range.all(n * 256, n * 256 + 256)));
      ours.push(await timed(async () => Buffer.concat(await store.log.subtreeHashes(8 * level, n * 256, 256))));
      if (oursFirst) limit.push(await timed(async () => range.all(n * 256, n * 256 + 256)));
    }
    ours.sort((a, b) => a - b);
    limit.sort((a, b) => a - b);
    return { ours, limit };
  };
  const rows: BenchRow[] = [];
  for (const [level, tiles] of [
    [0, level0],
    [1, level1],
  ] as const) {
    if (tiles === 0) continue;
    const { ours, limit } = await time(level, tiles);
    rows.push({
      name: `tlog-tiles: full level-${level} tile (256 hashes) at ${size.toLocaleString('en-US')} entries`,
      ours: `p50 ${percentile(ours, 50).toFixed(3)} ms, p99 ${percentile(ours, 99).toFixed(3)} ms`,
      limit: `raw 256-row range read p50 ${percentile(limit, 50).toFixed(3)} ms, p99 ${percentile(limit, 99).toFixed(3)} ms`,
      ratio: `${(percentile(ours, 50) / percentile(limit, 50)).toFixed(1)}x`,
      goal: 'p99 <= 5 ms (tiles are then cached as immutable)',
    });
  }
  raw.close();
  await store.close();
  return rows;
}

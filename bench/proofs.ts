/**
 * Proof latency at the benchmark ledger's size: inclusion and consistency proofs for random
 * arguments, p50 and p99.
 */
import { openSqliteStore } from '@govledger/store-sqlite';
import { type BenchRow, percentile } from './table.ts';

/** Deterministic pseudo-random integers (xorshift), so runs are comparable. */
function randomInts(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** p50/p99 of `samples` inclusion and consistency proofs over `path`. */
export async function benchProofs(path: string, samples: number): Promise<BenchRow[]> {
  const store = openSqliteStore(path, { readonly: true });
  const { size } = await store.head();
  const next = randomInts(0x9e3779b9);
  const inclusion: number[] = [];
  const consistency: number[] = [];
  for (let i = 0; i < samples; i++) {
    const n = 1 + (next() % size);
    const index = next() % n;
    let t0 = performance.now();
    await store.log.inclusionProof(index, n);
    inclusion.push(performance.now() - t0);
    const m = 1 + (next() % n);
    t0 = performance.now();
    await store.log.consistencyProof(m, n);
    consistency.push(performance.now() - t0);
  }
  await store.close();
  const row = (name: string, l: number[]): BenchRow => {
    l.sort((a, b) => a - b);
    return {
      name: `${name} proof at ${size.toLocaleString('en-US')} entries (${samples} random)`,
      ours: `p50 ${percentile(l, 50).toFixed(3)} ms, p99 ${percentile(l, 99).toFixed(3)} ms`,
      limit: '-',
      ratio: percentile(l, 99) <= 1 ? 'met' : 'missed',
      goal: 'p99 <= 1 ms',
    };
  };
  return [row('inclusion', inclusion), row('consistency', consistency)];
}

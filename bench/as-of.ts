/**
 * The budget of fresh `asOf` work: one client asks for many distinct past points in quick
 * succession (each a replay no cache holds). With the reader's default budget most are
 * answered 429 after the burst; the limit beside it is the same requests against a reader
 * without a budget, in the same run. Reported: core time spent serving the client.
 *
 * GOVLEDGER_BENCH_ASOF_EVENTS sets the ledger size (default 20,000 complaint filings) and
 * GOVLEDGER_BENCH_ASOF_REQUESTS the distinct past points asked (default 20).
 */
import { MemoryStore } from '@govledger/core';
import { createReader } from '../apps/reader/src/index.ts';
import { benchBatch } from './sample-events.ts';
import type { BenchRow } from './table.ts';

async function askDistinctPoints(
  store: MemoryStore,
  points: number,
  events: number,
  budget: boolean,
): Promise<{ ms: number; refused: number }> {
  const reader = createReader({
    store,
    docs: false,
    rateLimit: false,
    ...(budget ? {} : { asOfBudget: { burst: 1e9, perSecond: 1e9 } }),
  });
  await reader.ready();
  await reader.inject({ method: 'GET', url: '/v1/complaints?limit=1' });
  let refused = 0;
  const started = process.cpuUsage();
  for (let i = 0; i < points; i++) {
    const asOf = Math.floor(((i + 1) * (events - 1)) / (points + 1));
    const res = await reader.inject({ method: 'GET', url: `/v1/complaints?limit=1&asOf=${asOf}` });
    if (res.statusCode === 429) refused++;
    else if (res.statusCode !== 200) throw new Error(`asOf=${asOf} answered ${res.statusCode}`);
  }
  const used = process.cpuUsage(started);
  await reader.close();
  return { ms: (used.user + used.system) / 1000, refused };
}

/** Core time one client costs with many fresh asOf requests, with and without the budget. */
export async function benchAsOf(): Promise<BenchRow> {
  const events = Number(process.env.GOVLEDGER_BENCH_ASOF_EVENTS ?? 20_000);
  const points = Number(process.env.GOVLEDGER_BENCH_ASOF_REQUESTS ?? 20);
  const store = new MemoryStore();
  for (let from = 0; from < events; from += 1000) {
    const appended = await store.appendBatch(benchBatch(from, Math.min(1000, events - from)));
    if (appended._tag === 'Left') throw new Error(`bench ledger refused: ${JSON.stringify(appended.left)}`);
  }
  const limit = await askDistinctPoints(store, points, events, false);
  const ours = await askDistinctPoints(store, points, events, true);
  return {
    name: `${points} distinct fresh asOf from one client (${events.toLocaleString('en-US')} events)`,
    ours: `${Math.round(ours.ms)} ms CPU, ${ours.refused} answered 429`,
    limit: `${Math.round(limit.ms)} ms CPU without a budget (${(limit.ms / points).toFixed(1)} ms a replay)`,
    ratio: `${(ours.ms / Math.max(limit.ms, 1e-9)).toFixed(2)}x of the CPU`,
    goal: 'bounded by the burst',
  };
}

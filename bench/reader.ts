/**
 * Read API benchmark: a dashboard endpoint of the reader (a page of 50 complaints) under
 * load (autocannon, 50 connections, seven alternating pairs of runs), beside a bare Fastify route serving the same bytes from memory in the same
 * run. The reader keeps the hot path cheap — one head read, then the answer serialised once
 * per head — so it should reach at least 0.8× the bare route's requests per second.
 *
 * GOVLEDGER_BENCH_READER_SECONDS sets the time under load per side (default 10), and
 * GOVLEDGER_BENCH_READER_EVENTS the ledger size (default 20,000 complaint filings).
 */
import { MemoryStore } from '@govledger/core';
import { bareServer, type LoadResult, measure } from '../apps/reader/bench/load.ts';
import { createReader } from '../apps/reader/src/index.ts';
import { benchBatch } from './sample-events.ts';
import type { BenchRow } from './table.ts';

const PATH = '/v1/complaints?status=filed&limit=50';

/** Loads a page of the complaint board and a bare route serving its bytes; req/s and p99 side by side. */
export async function benchReader(): Promise<BenchRow[]> {
  const seconds = Number(process.env.GOVLEDGER_BENCH_READER_SECONDS ?? 10);
  const events = Number(process.env.GOVLEDGER_BENCH_READER_EVENTS ?? 20_000);
  const store = new MemoryStore();
  for (let from = 0; from < events; from += 1000) {
    const appended = await store.appendBatch(benchBatch(from, Math.min(1000, events - from)));
    if (appended._tag === 'Left') throw new Error(`bench ledger refused: ${JSON.stringify(appended.left)}`);
  }
  // Rate limiting stays on (its hook is part of every answer's cost), with a limit no run reaches.
  const reader = createReader({ store, docs: false, rateLimit: { max: 1e9, timeWindowMs: 60_000 } });
  const readerUrl = await reader.listen({ host: '127.0.0.1', port: 0 });
  const warm = await fetch(`${readerUrl}${PATH}`);
  if (warm.status !== 200) throw new Error(`${PATH} answered ${warm.status}`);
  const body = Buffer.from(await warm.arrayBuffer());
  const bare = await bareServer(body, Object.fromEntries(warm.headers));
  // Short runs in alternating pairs, compared pair by pair: other load on the machine then
  // slows both sides of a pair alike; the median pair is reported.
  const pairs = 7;
  const load = { seconds: Math.max(1, Math.round(seconds / pairs)), connections: 50, workers: 1 };
  try {
    const runs: { ours: LoadResult; limit: LoadResult; ratio: number }[] = [];
    for (let i = 0; i < pairs; i++) {
      const limit = await measure(bare.url, load);
      const ours = await measure(`${readerUrl}${PATH}`, load);
      if (ours.non2xx > 0 || ours.errors > 0)
        throw new Error(`reader answered ${ours.non2xx} non-2xx, ${ours.errors} errors`);
      runs.push({ ours, limit, ratio: ours.requestsPerSecond / limit.requestsPerSecond });
    }
    runs.sort((a, b) => a.ratio - b.ratio);
    const { ours, limit } = runs[Math.floor(pairs / 2)]!;
    const perSecond = (n: number) => `${Math.round(n).toLocaleString('en-US')} req/s`;
    const name = `read API ${PATH} (${events.toLocaleString('en-US')} events, ${body.length.toLocaleString('en-US')} B)`;
    return [
      {
        name,
        ours: perSecond(ours.requestsPerSecond),
        limit: `${perSecond(limit.requestsPerSecond)} bare Fastify, same bytes and headers`,
        ratio: `${(ours.requestsPerSecond / limit.requestsPerSecond).toFixed(2)}x (pairs ${runs.map((r) => r.ratio.toFixed(2)).join(' ')})`,
        goal: '>= 0.80x',
      },
      {
        name: `${name}, p99 latency`,
        ours: `${ours.p99Ms} ms`,
        limit: `${limit.p99Ms} ms bare Fastify`,
        ratio: `${(limit.p99Ms / Math.max(ours.p99Ms, 1e-9)).toFixed(2)}x`,
        goal: 'report',
      },
    ];
  } finally {
    await bare.app.close();
    await reader.close();
  }
}

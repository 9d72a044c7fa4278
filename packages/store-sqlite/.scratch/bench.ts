import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchmarkSqliteStore } from '../src/index.ts';
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
for (const synchronous of ['full', 'normal', 'full', 'normal', 'full', 'normal'] as const) {
  const r = await benchmarkSqliteStore(dir, { events: 100_000, batchSize: 1000, synchronous });
  console.log(synchronous, JSON.stringify(r));
}

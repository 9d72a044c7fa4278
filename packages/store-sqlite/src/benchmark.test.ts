import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarkSqliteStore } from './benchmark.ts';
import { makeTempDir } from './test-fixtures/temp-dir.ts';

describe('the SQLite store benchmark', () => {
  it('appends and replays the requested events through the store and the raw baseline, leaving no files', async () => {
    const temp = makeTempDir();
    try {
      const result = await benchmarkSqliteStore(temp.dir, { events: 2500, batchSize: 1000, leafBytes: 400 });
      expect(result.append.events).toBe(2500);
      expect(result.replay.events).toBe(2500);
      expect(Math.abs(result.leafBytes - 400)).toBeLessThan(20);
      expect(result.append.storeEventsPerSecond).toBeGreaterThan(0);
      expect(readdirSync(temp.dir)).toEqual([]);
    } finally {
      temp.remove();
    }
  });
});

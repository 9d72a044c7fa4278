import { existsSync, statSync } from 'node:fs';
import { sampleEvent } from '@govledger/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { startFixture } from './test-fixtures/child-process.ts';
import { collect, makeTempDir, type TempDir } from './test-fixtures/temp-dir.ts';
import { checkStoredLog } from './test-fixtures/verify-log.ts';

let temp: TempDir;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const walBytes = (path: string): number => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

/** Resolves once the WAL grows past `bytes`: the big batch is spilling uncommitted pages into it. */
async function walGrowsPast(path: string, bytes: number, stopped: () => boolean): Promise<void> {
  while (walBytes(path) <= bytes && !stopped()) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('a process killed in the middle of a batch', () => {
  // `bulk`: the batch is written by the pipelined writer thread; `direct`: on the main thread.
  it.each(['bulk', 'direct'])(
    'leaves every acknowledged event, none of the batch, gapless indexes and a consistent Merkle log (%s writer)',
    async (writer) => {
      const path = temp.file();
      const child = startFixture('crash-child.ts', [path, '7', '50000', writer]);
      await child.waitForLine((line) => line === 'batch');
      let ended = false;
      void child.exited.then(() => {
        ended = true;
      });
      const before = walBytes(path);
      await walGrowsPast(path, before, () => ended);
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(child.lines).not.toContain('committed');
      expect(exit.signal).toBe('SIGKILL');

      const acknowledged = child.lines
        .filter((line) => line.startsWith('ack '))
        .map((line) => line.split(' ').slice(1));
      expect(acknowledged).toHaveLength(7);
      const store = openSqliteStore(path);
      const events = await collect(store.readAll());
      expect(events.map((e) => [String(e.index), e.eventId])).toEqual(acknowledged);
      const check = await checkStoredLog(store);
      expect(check).toMatchObject({ size: 7, firstMismatch: undefined, rootMatches: true });
      expect(check.indexes).toEqual([0, 1, 2, 3, 4, 5, 6]);
      // The survivor keeps appending where the acknowledged log ended.
      const next = await store.append('after-crash', [sampleEvent('after-crash')]);
      expect(next._tag === 'Right' && next.right.events[0]?.index).toBe(7);
      expect(await checkStoredLog(store)).toMatchObject({ size: 8, firstMismatch: undefined, rootMatches: true });
      await store.close();
    },
  );
});

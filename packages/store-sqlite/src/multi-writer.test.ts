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

describe('several writers on one file', () => {
  it('lets two stores interleave appends, each seeing the true head, versions and tree', async () => {
    const a = openSqliteStore(temp.file());
    const b = openSqliteStore(temp.file());
    for (let round = 0; round < 12; round++) {
      const [writer, other] = round % 3 === 0 ? [b, a] : [a, b];
      const version = await other.streamVersion('shared');
      const result = await writer.append('shared', [sampleEvent('shared', { round }), sampleEvent('shared')], version);
      expect(result._tag).toBe('Right');
      expect(await other.head()).toEqual(await writer.head());
      expect(await other.log.treeHead()).toEqual(await writer.log.treeHead());
    }
    const stale = await a.append('shared', [sampleEvent('shared')], 0);
    expect(stale._tag === 'Left' && stale.left).toMatchObject({ _tag: 'WrongExpectedVersion', actual: 23 });
    expect(await checkStoredLog(b)).toMatchObject({ size: 24, firstMismatch: undefined, rootMatches: true });
    await a.close();
    await b.close();
  });

  it('refreshes its cached frontier and versions when another process appended in between', async () => {
    const store = openSqliteStore(temp.file());
    const child = startFixture('append-child.ts', [temp.file(), 'child', 'lockstep']);
    await child.waitForLine((line) => line === 'started');
    for (let n = 0; n < 15; n++) {
      const version = await store.streamVersion('shared');
      const result = await store.append('shared', [sampleEvent('shared', { by: 'parent', n })], version);
      expect(result._tag).toBe('Right');
      child.send('append');
      await child.waitForLine((line) => line === `appended ${n}`);
    }
    child.send('quit');
    expect(await child.exited).toMatchObject({ code: 0, stderr: '' });
    // Parent: 15 events; child: 15 batches of (1..3 shared + 1 own) = 30 + 15 events.
    const check = await checkStoredLog(store);
    expect(check).toMatchObject({ size: 60, firstMismatch: undefined, rootMatches: true });
    const shared = await collect(store.readStream('shared'));
    expect(shared.map((e) => e.streamVersion)).toEqual([...Array(45).keys()]);
    expect(shared.slice(0, 3).map((e) => e.data.by)).toEqual(['parent', 'child', 'parent']);
    await store.close();
  });

  it('stays gapless and verifiable while another process appends to the same file at full speed', async () => {
    const store = openSqliteStore(temp.file());
    const child = startFixture('append-child.ts', [temp.file(), 'child', 'free', '60']);
    await child.waitForLine((line) => line === 'started');
    for (let n = 0; n < 60; n++) {
      const result = await store.appendBatch([
        { streamId: 'shared', expectedVersion: 'any', events: [sampleEvent('shared', { by: 'parent', n })] },
        { streamId: `parent-${n % 4}`, expectedVersion: 'any', events: [sampleEvent(`parent-${n % 4}`, { n })] },
      ]);
      expect(result._tag).toBe('Right');
    }
    expect(await child.exited).toMatchObject({ code: 0, stderr: '' });
    // Child: 60 batches of (1..3 shared + 1 own) = 120 + 60 events; parent: 60 batches of 2.
    const expected = 120 + 60 + 120;
    const check = await checkStoredLog(store);
    expect(check).toMatchObject({ size: expected, firstMismatch: undefined, rootMatches: true });
    expect(check.indexes).toEqual([...Array(expected).keys()]);
    const shared = await collect(store.readStream('shared'));
    expect(shared.map((e) => e.streamVersion)).toEqual([...Array(shared.length).keys()]);
    expect(new Set(shared.map((e) => e.data.by))).toEqual(new Set(['parent', 'child']));
    await store.close();
  });
});

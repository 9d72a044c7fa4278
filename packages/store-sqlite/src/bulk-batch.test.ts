import type { StreamAppend } from '@govledger/core';
import { must, sampleEvent } from '@govledger/core/testing';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { chunksOf } from './bulk-batch.ts';
import { openSqliteStore, type SqliteStoreOptions } from './open-store.ts';
import { collect, makeTempDir, sequentialIds, steppingClock, type TempDir } from './test-fixtures/temp-dir.ts';
import { checkStoredLog } from './test-fixtures/verify-log.ts';

/** `count` events over 5 streams, grouped by stream in runs of `run` (so groups straddle chunks). */
function batch(count: number, run = 700): StreamAppend[] {
  const groups: StreamAppend[] = [];
  for (let from = 0; from < count; from += run) {
    const streamId = `s-${(from / run) % 5}`;
    const events = Array.from({ length: Math.min(run, count - from) }, (_, k) =>
      sampleEvent(streamId, { i: from + k, 名: '钢村嘉园' }),
    );
    groups.push({ streamId, expectedVersion: 'any', events });
  }
  return groups;
}

async function leavesOf(store: { readLeaves(from: number, to: number): AsyncIterable<{ leaf: Uint8Array }> }) {
  return (await collect(store.readLeaves(0, Number.MAX_SAFE_INTEGER))).map(({ leaf }) => Buffer.from(leaf).toString());
}

describe('large batches through the pipelined writer', () => {
  let dir: TempDir;
  afterEach(() => dir?.remove());
  // The same clock and ids for both paths, so their ledgers must be byte for byte the same.
  const opened = (name: string, bulkFromEntries: number, more: SqliteStoreOptions = {}) =>
    openSqliteStore(dir.file(name), {
      clock: steppingClock(),
      newEventId: sequentialIds(),
      bulkFromEntries,
      ...more,
    });

  it('cuts a batch into chunks that keep every event in order and split a long group', () => {
    const chunks = chunksOf(batch(10_000, 3000), 4096);
    expect(chunks.map((c) => c.reduce((n, g) => n + g.events.length, 0))).toEqual([4096, 4096, 1808]);
    expect(chunks.flat().flatMap((g) => g.events.map((e) => e.data.i))).toEqual(
      Array.from({ length: 10_000 }, (_, i) => i),
    );
    // The second piece of a split group goes on from the first; only the first carries the expectation.
    expect(chunks[1]![0]).toMatchObject({ streamId: 's-1', expectedVersion: 'any' });
  });

  it('appendBatch records the same leaves, versions and root as the one-transaction path', async () => {
    dir = makeTempDir();
    const direct = opened('direct.db', Number.POSITIVE_INFINITY);
    const bulk = opened('bulk.db', 1);
    for (const store of [direct, bulk]) {
      must(await store.appendBatch(batch(30)));
      const result = must(await store.appendBatch(batch(5000)));
      expect(result.size).toBe(5030);
      expect(result.events.map((e) => e.index)).toEqual(Array.from({ length: 5000 }, (_, i) => 30 + i));
      // One batch, one time, however many chunks it took.
      expect(new Set(result.events.map((e) => e.metadata.recordedAt)).size).toBe(1);
    }
    expect(await leavesOf(bulk)).toEqual(await leavesOf(direct));
    expect(Buffer.from((await bulk.log.treeHead()).root)).toEqual(Buffer.from((await direct.log.treeHead()).root));
    expect(await bulk.streamVersion('s-2')).toBe(await direct.streamVersion('s-2'));
    expect(await checkStoredLog(bulk)).toMatchObject({ firstMismatch: undefined, rootMatches: true });
    await direct.close();
    await bulk.close();
  });

  it('a large batch recorded at a time its caller read (as the command executor does) keeps exactly that time', async () => {
    dir = makeTempDir();
    const store = opened('timed.db', 1);
    must(await store.appendBatch(batch(3), { recordedAt: '2030-01-01T00:00:00.000Z' }));
    const result = must(await store.appendBatch(batch(5000), { recordedAt: '2030-01-02T00:00:00.000Z' }));
    expect(new Set(result.events.map((e) => e.metadata.recordedAt))).toEqual(new Set(['2030-01-02T00:00:00.000Z']));
    const behind = await store.appendBatch(batch(5000), { recordedAt: '2029-12-31T00:00:00.000Z' });
    expect(behind._tag === 'Left' && behind.left._tag).toBe('RecordedAtBehind');
    expect((await store.head()).size).toBe(5003);
    await store.close();
  });

  it('importLeaves of an export reproduces it byte for byte, with its root', async () => {
    dir = makeTempDir();
    const source = opened('source.db', Number.POSITIVE_INFINITY);
    must(await source.appendBatch(batch(5000)));
    const leaves = (await collect(source.readLeaves(0, 5000))).map(({ leaf }) => Buffer.from(leaf));
    const target = opened('target.db', 1);
    expect(must(await target.importLeaves(leaves)).size).toBe(5000);
    expect(await leavesOf(target)).toEqual(await leavesOf(source));
    expect(Buffer.from((await target.log.treeHead()).root)).toEqual(Buffer.from((await source.log.treeHead()).root));
    await source.close();
    await target.close();
  });

  it('an invalid event in the last chunk writes nothing and is named by its place in the whole batch', async () => {
    dir = makeTempDir();
    const store = opened('bad.db', 1);
    must(await store.appendBatch(batch(3)));
    const groups = batch(5000);
    const last = groups[groups.length - 1]!;
    const events = [...last.events];
    const lastEvent = events[events.length - 1]!;
    events[events.length - 1] = { ...lastEvent, metadata: { ...lastEvent.metadata, occurredAt: 'not a time' } };
    groups[groups.length - 1] = { ...last, events };
    const refused = await store.appendBatch(groups);
    expect(refused._tag === 'Left' && refused.left).toMatchObject({ _tag: 'InvalidEvent', position: 4999 });
    expect((await store.head()).size).toBe(3);
    expect(await checkStoredLog(store)).toMatchObject({ size: 3, firstMismatch: undefined, rootMatches: true });
    await store.close();
  });

  it('a wrong expected version in a later chunk refuses the whole batch', async () => {
    dir = makeTempDir();
    const store = opened('version.db', 1);
    const groups = batch(5000);
    groups.push({ streamId: 'new', expectedVersion: 'exists', events: [sampleEvent('new')] });
    const refused = await store.appendBatch(groups);
    expect(refused._tag === 'Left' && refused.left._tag).toBe('WrongExpectedVersion');
    expect((await store.head()).size).toBe(0);
    await store.close();
  });

  it('a leaf out of its stream order in a later chunk of an import writes nothing and is named by its place', async () => {
    dir = makeTempDir();
    const source = opened('source.db', Number.POSITIVE_INFINITY);
    must(await source.appendBatch(batch(5000)));
    const leaves = (await collect(source.readLeaves(0, 5000))).map(({ leaf }) => Buffer.from(leaf));
    [leaves[4500], leaves[4501]] = [leaves[4501]!, leaves[4500]!];
    const target = opened('target.db', 1);
    const refused = await target.importLeaves(leaves);
    expect(refused._tag === 'Left' && refused.left).toMatchObject({ _tag: 'InvalidLeaf', position: 4500 });
    expect((await target.head()).size).toBe(0);
    await source.close();
    await target.close();
  });

  it('a batch that finds the ledger locked throws SQLite busy, as the one-transaction path does, and writes nothing', async () => {
    dir = makeTempDir();
    const holder = opened('busy.db', 1);
    const run = must(await holder.bulkAppend({ commit: 'end' }));
    const store = opened('busy.db', 1, { busyTimeoutMs: 50 });
    const thrown = await store.appendBatch(batch(20)).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Database.SqliteError);
    expect((thrown as { code: string }).code).toBe('SQLITE_BUSY');
    await run.abort();
    expect((await store.head()).size).toBe(0);
    await store.close();
    await holder.close();
  });

  it('tells its caller while it holds the lock, with the entries written after each chunk, and when it ends', async () => {
    dir = makeTempDir();
    const told: string[] = [];
    const store = opened('told.db', 100, {
      onLongWrite: (entries) => {
        told.push(`start ${entries}`);
        return { written: (n) => told.push(`written ${n}`), end: () => told.push('end') };
      },
    });
    must(await store.appendBatch(batch(99)));
    expect(told).toEqual([]);
    must(await store.appendBatch(batch(5000)));
    expect(told).toEqual(['start 5000', 'written 4096', 'written 5000', 'end']);
    await store.close();
  });
});

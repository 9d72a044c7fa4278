import { MemoryStore, type StreamAppend } from '@govledger/core';
import { must, sampleEvent } from '@govledger/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { makeTempDir, sequentialIds, type TempDir } from './test-fixtures/temp-dir.ts';
import { checkStoredLog } from './test-fixtures/verify-log.ts';

function batch(from: number, size: number): StreamAppend[] {
  return Array.from({ length: size }, (_, k) => {
    const i = from + k;
    return {
      streamId: `s-${i % 7}`,
      expectedVersion: 'any' as const,
      events: [sampleEvent(`s-${i % 7}`, { i, 名: '钢村嘉园' })],
    };
  });
}

async function collectLeaves(
  store: { readLeaves(from: number, to: number): AsyncIterable<{ leaf: Uint8Array }> },
  n: number,
) {
  const out: string[] = [];
  for await (const { leaf } of store.readLeaves(0, n)) out.push(Buffer.from(leaf).toString('hex'));
  return out;
}

describe('bulk appends through the writer thread', () => {
  let dir: TempDir;
  afterEach(() => dir?.remove());
  const clock = () => () => new Date('2024-05-01T00:00:00.000Z');

  it('write exactly the leaves and tree that ordinary appends would', async () => {
    dir = makeTempDir();
    const store = openSqliteStore(dir.file('bulk.db'), { clock: clock(), newEventId: sequentialIds() });
    const reference = new MemoryStore({ clock: clock(), newEventId: sequentialIds() });
    const bulk = must(await store.bulkAppend());
    for (let b = 0; b < 6; b++) {
      expect((await bulk.add(batch(b * 50, 50)))._tag).toBe('Right');
      await reference.appendBatch(batch(b * 50, 50));
    }
    expect(await bulk.commit()).toEqual({ _tag: 'Right', right: { size: 300 } });
    expect(await collectLeaves(store, 300)).toEqual(await collectLeaves(reference, 300));
    expect(Buffer.from((await store.log.treeHead()).root)).toEqual(Buffer.from((await reference.log.treeHead()).root));
    expect(await checkStoredLog(store)).toMatchObject({ firstMismatch: undefined, rootMatches: true });
    expect(await store.streamVersion('s-3')).toBe(await reference.streamVersion('s-3'));
    await store.close();
  });

  it('leaves nothing behind when an all-or-nothing run is aborted', async () => {
    dir = makeTempDir();
    const store = openSqliteStore(dir.file('abort.db'));
    await store.appendBatch(batch(0, 3));
    const bulk = must(await store.bulkAppend({ commit: 'end' }));
    await bulk.add(batch(3, 100));
    await bulk.add(batch(103, 100));
    await bulk.abort();
    expect((await store.head()).size).toBe(3);
    expect((await store.appendBatch(batch(3, 2)))._tag).toBe('Right');
    expect(await checkStoredLog(store)).toMatchObject({ firstMismatch: undefined, rootMatches: true });
    await store.close();
  });

  it('refuses an invalid batch without losing the others', async () => {
    dir = makeTempDir();
    const store = openSqliteStore(dir.file('invalid.db'));
    const bulk = must(await store.bulkAppend());
    await bulk.add(batch(0, 10));
    const bad = await bulk.add([{ streamId: 'x', expectedVersion: 'exists', events: [sampleEvent('x')] }]);
    expect(bad._tag === 'Left' && bad.left._tag).toBe('WrongExpectedVersion');
    await bulk.add(batch(10, 10));
    expect((await bulk.commit())._tag).toBe('Right');
    expect((await store.head()).size).toBe(20);
    await store.close();
  });

  it('stops at a concurrent writer between chunk commits, keeping what was committed', async () => {
    dir = makeTempDir();
    const store = openSqliteStore(dir.file('race.db'));
    const other = openSqliteStore(dir.file('race.db'));
    const bulk = must(await store.bulkAppend({ commit: 'chunk', inFlight: 1 }));
    await bulk.add(batch(0, 10));
    await bulk.add(batch(10, 10));
    await other.appendBatch(batch(100, 1));
    await bulk.add(batch(20, 10));
    await bulk.add(batch(30, 10));
    const done = await bulk.commit();
    expect(done._tag === 'Left' && done.left._tag).toBe('ConcurrentWriter');
    // The first batch was committed before the other writer; later ones may or may not have
    // been (the writer thread runs concurrently), but none after the conflict, and no gap.
    const size = (await store.head()).size;
    expect(size).toBeGreaterThanOrEqual(11);
    expect(size).toBeLessThan(41);
    let others = 0;
    for await (const event of store.readAll()) if (event.data.i === 100) others++;
    expect(others).toBe(1);
    expect(await checkStoredLog(store)).toMatchObject({ firstMismatch: undefined, rootMatches: true });
    await other.close();
    await store.close();
  });

  it('import recorded leaves verbatim, with the root an ordinary import gives', async () => {
    dir = makeTempDir();
    const source = openSqliteStore(dir.file('source.db'), { clock: clock(), newEventId: sequentialIds() });
    await source.appendBatch(batch(0, 120));
    const leaves: Uint8Array[] = [];
    for await (const { leaf } of source.readLeaves(0, 120)) leaves.push(Buffer.from(leaf));
    const target = openSqliteStore(dir.file('target.db'));
    const bulk = must(await target.bulkAppend());
    expect((await bulk.addLeaves(leaves.slice(0, 50)))._tag).toBe('Right');
    expect((await bulk.addLeaves(leaves.slice(50)))._tag).toBe('Right');
    expect(await bulk.commit()).toEqual({ _tag: 'Right', right: { size: 120 } });
    expect(await collectLeaves(target, 120)).toEqual(await collectLeaves(source, 120));
    expect(Buffer.from((await target.log.treeHead()).root)).toEqual(Buffer.from((await source.log.treeHead()).root));
    expect(await checkStoredLog(target)).toMatchObject({ firstMismatch: undefined, rootMatches: true });
    await source.close();
    await target.close();
  });

  it('refuses leaves out of their stream order, naming the position within the batch', async () => {
    dir = makeTempDir();
    const source = openSqliteStore(dir.file('source.db'));
    await source.appendBatch(batch(0, 20));
    const leaves: Uint8Array[] = [];
    for await (const { leaf } of source.readLeaves(0, 20)) leaves.push(Buffer.from(leaf));
    const target = openSqliteStore(dir.file('target.db'));
    const bulk = must(await target.bulkAppend());
    const refused = await bulk.addLeaves([leaves[0]!, leaves[8]!]);
    expect(refused._tag === 'Left' && refused.left).toMatchObject({ _tag: 'InvalidLeaf', position: 1 });
    await bulk.abort();
    expect((await target.head()).size).toBe(0);
    await source.close();
    await target.close();
  });

  it('does not start while another connection holds the write lock, and says the ledger is busy', async () => {
    dir = makeTempDir();
    const holder = openSqliteStore(dir.file('busy.db'));
    const first = must(await holder.bulkAppend({ commit: 'end' }));
    await first.add(batch(0, 5));
    const store = openSqliteStore(dir.file('busy.db'), { busyTimeoutMs: 50 });
    const second = await store.bulkAppend();
    expect(second._tag === 'Left' && second.left._tag).toBe('LedgerBusy');
    expect((await first.commit())._tag).toBe('Right');
    expect((await store.head()).size).toBe(5);
    await store.close();
    await holder.close();
  });
});

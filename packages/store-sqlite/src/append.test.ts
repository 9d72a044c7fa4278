import { canonicalLeaf, type ProposedEvent } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { collect, makeTempDir, sequentialIds, steppingClock, type TempDir } from './test-fixtures/temp-dir.ts';
import { checkStoredLog } from './test-fixtures/verify-log.ts';

let temp: TempDir;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const events = (streamId: string, count: number, from = 0): ProposedEvent[] =>
  Array.from({ length: count }, (_, i) => sampleEvent(streamId, { n: from + i }));

describe('appending to a SQLite store', () => {
  it('stores exactly the canonical leaf of each recorded event', async () => {
    const store = openSqliteStore(temp.file());
    const result = await store.appendBatch([
      { streamId: 'a', expectedVersion: 'no-stream', events: events('a', 2) },
      { streamId: 'b', expectedVersion: 'any', events: [sampleEvent('b', { 名: '悦盛花苑' }, '投诉已受理')] },
    ]);
    expect(result._tag).toBe('Right');
    const recorded = result._tag === 'Right' ? result.right.events : [];
    const leaves = await collect(store.readLeaves(0, 3));
    expect(leaves.map((l) => Buffer.from(l.leaf).toString('utf8'))).toEqual(
      recorded.map((e) => canonicalLeaf(e).toString('utf8')),
    );
    expect(await collect(store.readAll())).toEqual(recorded);
    await store.close();
  });

  it('takes recordedAt and event ids from the injected clock and id source', async () => {
    const store = openSqliteStore(temp.file(), { clock: steppingClock(), newEventId: sequentialIds() });
    await store.append('s', events('s', 2));
    await store.append('s', events('s', 1));
    const all = await collect(store.readAll());
    expect(all.map((e) => [e.eventId, e.metadata.recordedAt])).toEqual([
      ['evt-000001', '2024-03-01T08:00:00.000Z'],
      ['evt-000002', '2024-03-01T08:00:00.000Z'],
      ['evt-000003', '2024-03-01T08:00:01.000Z'],
    ]);
    await store.close();
  });

  it('never records a time earlier than the last entry, even from another store with a slower clock', async () => {
    const ahead = openSqliteStore(temp.file(), { clock: () => new Date('2024-06-01T00:00:00.000Z') });
    const behind = openSqliteStore(temp.file(), { clock: () => new Date('2024-01-01T00:00:00.000Z') });
    await ahead.append('s', events('s', 1));
    await behind.append('s', events('s', 1, 1));
    const times = (await collect(behind.readAll())).map((e) => e.metadata.recordedAt);
    expect(times).toEqual(['2024-06-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z']);
    expect((await behind.head()).lastRecordedAt).toBe('2024-06-01T00:00:00.000Z');
    await ahead.close();
    await behind.close();
  });

  it('accepts an empty batch without writing anything', async () => {
    const store = openSqliteStore(temp.file());
    await store.append('s', events('s', 2));
    const result = await store.appendBatch([]);
    expect(result).toEqual({ _tag: 'Right', right: { events: [], size: 2 } });
    await store.close();
  });

  it('rolls back a batch that fails while writing and keeps the Merkle log right afterwards', async () => {
    const store = openSqliteStore(temp.file());
    await store.append('s', events('s', 3));
    const saboteur = new Database(temp.file());
    saboteur.exec(
      "CREATE TRIGGER sabotage BEFORE INSERT ON entries WHEN NEW.idx = 5 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    await expect(store.append('s', events('s', 3, 3))).rejects.toThrow('disk on fire');
    expect((await store.head()).size).toBe(3);
    saboteur.exec('DROP TRIGGER sabotage');
    saboteur.close();
    // Another writer brings the file to the size the failed batch would have reached.
    const other = openSqliteStore(temp.file());
    await other.append('t', events('t', 3));
    await other.close();
    await store.append('s', events('s', 2, 3));
    const check = await checkStoredLog(store);
    expect(check).toMatchObject({ size: 8, firstMismatch: undefined, rootMatches: true });
    expect(check.indexes).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await store.close();
  });

  it('imports an exported ledger byte for byte, with the same tree, and continues its streams', async () => {
    const source = openSqliteStore(temp.file('source.db'));
    for (let i = 0; i < 9; i++) await source.append(`s${i % 3}`, events(`s${i % 3}`, 2, i * 2));
    const exported = (await collect(source.readLeaves(0, 18))).map((l) => l.leaf);
    const target = openSqliteStore(temp.file('target.db'));
    const imported = await target.importLeaves(exported);
    expect(imported._tag === 'Right' && imported.right.size).toBe(18);
    expect((await collect(target.readLeaves(0, 18))).map((l) => l.leaf)).toEqual(exported);
    expect(await target.log.treeHead()).toEqual(await source.log.treeHead());
    expect(await target.head()).toEqual(await source.head());
    const next = await target.append('s1', events('s1', 1), 5);
    expect(next._tag === 'Right' && next.right.events[0]?.streamVersion).toBe(6);
    await source.close();
    await target.close();
  });

  it('refuses an import holding a non-canonical leaf and writes none of it', async () => {
    const source = openSqliteStore(temp.file('source.db'));
    await source.append('s', events('s', 2));
    const [first, second] = (await collect(source.readLeaves(0, 2))).map((l) => Buffer.from(l.leaf));
    const spaced = Buffer.from(second!.toString('utf8').replace('{', '{ '));
    const target = openSqliteStore(temp.file('target.db'));
    const result = await target.importLeaves([first!, spaced]);
    expect(result._tag === 'Left' && result.left).toMatchObject({ _tag: 'InvalidLeaf', position: 1, index: 1 });
    expect((await target.head()).size).toBe(0);
    await source.close();
    await target.close();
  });

  it('refuses every write on a store opened readonly', async () => {
    await openSqliteStore(temp.file()).close();
    const store = openSqliteStore(temp.file(), { readonly: true });
    const readonly = expect.objectContaining({ code: 'GL_READONLY_STORE' });
    await expect(store.append('s', events('s', 1))).rejects.toThrow(readonly);
    await expect(store.importLeaves([])).rejects.toThrow(readonly);
    await expect(store.log.saveCheckpoint({ size: 0, note: 'n\n' })).rejects.toThrow(readonly);
    await expect(store.saveSnapshot({ name: 'p', version: 1, size: 0, state: {} })).rejects.toThrow(readonly);
    expect(() => store.setMeta('origin', 'x')).toThrow(readonly);
    await store.close();
  });

  it('refuses every call after close, and closing twice is harmless', async () => {
    const store = openSqliteStore(temp.file());
    await store.close();
    await store.close();
    const closed = expect.objectContaining({ code: 'GL_STORE_CLOSED' });
    await expect(store.append('s', events('s', 1))).rejects.toThrow(closed);
    await expect(store.head()).rejects.toThrow(closed);
    expect(() => store.readAll()).toThrow(closed);
    await expect(store.log.treeHead()).rejects.toThrow(closed);
  });

  it('keeps settings such as the log origin in the file', async () => {
    const store = openSqliteStore(temp.file());
    expect(store.getMeta('origin')).toBeNull();
    store.setMeta('origin', 'ledger.zjg.example/red-property');
    await store.close();
    const again = openSqliteStore(temp.file(), { readonly: true });
    expect(again.getMeta('origin')).toBe('ledger.zjg.example/red-property');
    await again.close();
  });
});

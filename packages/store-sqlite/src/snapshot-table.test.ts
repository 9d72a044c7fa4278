import { SNAPSHOT_MILESTONE } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { serialize } from 'node:v8';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { migrate } from './schema.ts';
import { SNAPSHOTS_KEPT, SnapshotTable } from './snapshot-table.ts';
import type { SqliteStore } from './sqlite-store.ts';
import { makeTempDir, type TempDir } from './test-fixtures/temp-dir.ts';

let temp: TempDir;
let store: SqliteStore;
beforeEach(async () => {
  temp = makeTempDir();
  store = openSqliteStore(temp.file());
  await store.append(
    's',
    Array.from({ length: 20 }, (_, i) => sampleEvent('s', { i })),
  );
});
afterEach(async () => {
  await store.close();
  temp.remove();
});

describe('projection snapshots in a SQLite store', () => {
  it('round-trips Maps, Sets, Dates and nested objects across reopening', async () => {
    const state = {
      balances: new Map([['community-1', { fen: 12_345 }]]),
      members: new Set(['a', 'b']),
      since: new Date('2024-01-01T00:00:00Z'),
      list: [1, 'two', null],
    };
    await store.saveSnapshot({ name: 'fundLedger', version: 1, size: 10, state });
    await store.close();
    store = openSqliteStore(temp.file());
    expect(await store.loadSnapshot('fundLedger', 1, 20)).toEqual({ name: 'fundLedger', version: 1, size: 10, state });
  });

  it('loads the newest snapshot at or below the requested size, and none above it', async () => {
    for (const size of [5, 10, 15]) await store.saveSnapshot({ name: 'p', version: 1, size, state: { size } });
    expect((await store.loadSnapshot('p', 1, 12))?.size).toBe(10);
    expect((await store.loadSnapshot('p', 1, 15))?.state).toEqual({ size: 15 });
    expect(await store.loadSnapshot('p', 1, 4)).toBeNull();
    expect(await store.loadSnapshot('q', 1, 20)).toBeNull();
  });

  it('drops the other versions of a projection when a new version is saved', async () => {
    await store.saveSnapshot({ name: 'p', version: 1, size: 10, state: 'old' });
    await store.saveSnapshot({ name: 'other', version: 1, size: 10, state: 'kept' });
    await store.saveSnapshot({ name: 'p', version: 2, size: 5, state: 'new' });
    expect(await store.loadSnapshot('p', 1, 20)).toBeNull();
    expect((await store.loadSnapshot('p', 2, 20))?.state).toBe('new');
    expect((await store.loadSnapshot('other', 1, 20))?.state).toBe('kept');
  });

  it(`keeps only the newest ${SNAPSHOTS_KEPT} sizes of one projection version`, async () => {
    for (let size = 1; size <= SNAPSHOTS_KEPT + 3; size++)
      await store.saveSnapshot({ name: 'p', version: 1, size, state: size });
    // Sizes 1, 2 and 3 were pruned; 4 … SNAPSHOTS_KEPT + 3 remain.
    expect(await store.loadSnapshot('p', 1, 3)).toBeNull();
    expect((await store.loadSnapshot('p', 1, 4))?.size).toBe(4);
    expect((await store.loadSnapshot('p', 1, 20))?.size).toBe(SNAPSHOTS_KEPT + 3);
  });

  it('returns a fresh copy each time, so a caller mutating it cannot change the stored state', async () => {
    await store.saveSnapshot({ name: 'p', version: 1, size: 3, state: new Map([['k', [1]]]) });
    const first = (await store.loadSnapshot('p', 1, 3))!.state as Map<string, number[]>;
    first.get('k')!.push(2);
    first.set('x', []);
    expect((await store.loadSnapshot('p', 1, 3))!.state).toEqual(new Map([['k', [1]]]));
  });

  it('refuses a snapshot beyond the ledger head as a bug', async () => {
    await expect(store.saveSnapshot({ name: 'p', version: 1, size: 21, state: {} })).rejects.toThrow(RangeError);
  });
});

describe('milestone snapshots', () => {
  it(`keeps snapshots at multiples of ${SNAPSHOT_MILESTONE} beside the newest ${SNAPSHOTS_KEPT}`, () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const table = new SnapshotTable(db);
    const sizes = [0, SNAPSHOT_MILESTONE, SNAPSHOT_MILESTONE + 1, 2 * SNAPSHOT_MILESTONE];
    for (let i = 1; i <= SNAPSHOTS_KEPT + 2; i++) sizes.push(2 * SNAPSHOT_MILESTONE + i);
    for (const size of sizes) table.save({ name: 'p', version: 1, size, state: size });
    const kept = (db.prepare('SELECT size FROM snapshots ORDER BY size').all() as { size: number }[]).map(
      (r) => r.size,
    );
    expect(kept).toEqual([SNAPSHOT_MILESTONE, 2 * SNAPSHOT_MILESTONE, ...sizes.slice(-SNAPSHOTS_KEPT)]);
    db.close();
  });
});

describe('snapshot storage', () => {
  const board = {
    complaints: Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [
        `c-${i}`,
        { status: 'filed', filedAt: '2024-01-01T00:00:00Z', dueAt: null },
      ]),
    ),
  };

  it('stores a state compressed: a state of repeated keys takes a fraction of its serialised size', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    new SnapshotTable(db).save({ name: 'p', version: 1, size: 1, state: board });
    const { bytes } = db.prepare('SELECT length(state) AS bytes FROM snapshots').get() as { bytes: number };
    expect(bytes).toBeLessThan(serialize(board).length / 4);
    db.close();
  });

  it('still loads a state stored uncompressed by an earlier version', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    db.prepare('INSERT INTO snapshots (name, version, size, state) VALUES (?, ?, ?, ?)').run(
      'p',
      1,
      3,
      serialize(board),
    );
    expect(new SnapshotTable(db).load('p', 1, 3)).toEqual({ name: 'p', version: 1, size: 3, state: board });
    db.close();
  });
});

import { type EventStore, MemoryStore, type ReadAllOptions, type StreamAppend } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { PAGE_ROWS } from './read-pages.ts';
import type { SqliteStore } from './sqlite-store.ts';
import { collect, makeTempDir, sequentialIds, steppingClock, type TempDir } from './test-fixtures/temp-dir.ts';

const STREAMS = ['vote-1', 'vote-%_2', 'v_te-3', '投诉-1', '投诉-12', 'fund-🏠'];
const TYPES = ['BallotCast', 'VotingOpened', '投诉已受理', 'FundDeposited'];
const SIZE = 2 * PAGE_ROWS + 345;

/** The same batches for both stores: mixed streams and types, and a long stream spanning pages. */
function batches(): StreamAppend[][] {
  const out: StreamAppend[][] = [];
  let n = 0;
  const group = (streamId: string, count: number): StreamAppend => {
    const events = Array.from({ length: count }, (_, i) =>
      sampleEvent(streamId, { n: n + i }, TYPES[(n + i) % TYPES.length]),
    );
    n += count;
    return { streamId, expectedVersion: 'any', events };
  };
  for (let b = 0; n < SIZE; b++) {
    const batch = [group(STREAMS[(b * 2) % 6]!, Math.min(1 + (b % 17), SIZE - n))];
    if (n < SIZE) batch.push(group('long', Math.min(20, SIZE - n)));
    if (n < SIZE) batch.push(group(STREAMS[(b * 2 + 1) % 6]!, Math.min(1 + ((b * 5) % 13), SIZE - n)));
    out.push(batch);
  }
  return out;
}

let temp: TempDir;
let sqlite: SqliteStore;
let memory: EventStore;

beforeAll(async () => {
  temp = makeTempDir();
  sqlite = openSqliteStore(temp.file(), { clock: steppingClock(), newEventId: sequentialIds() });
  memory = new MemoryStore({ clock: steppingClock(), newEventId: sequentialIds() });
  for (const batch of batches()) {
    await sqlite.appendBatch(batch);
    await memory.appendBatch(batch);
  }
});

afterAll(async () => {
  await sqlite.close();
  temp.remove();
});

const indexes = async (store: EventStore, options: ReadAllOptions) =>
  (await collect(store.readAll(options))).map((e) => `${e.index}:${e.eventId}`);

describe('paged reads of a SQLite store', () => {
  it('returns the same events as the reference memory store for a whole replay', async () => {
    expect((await sqlite.head()).size).toBe(SIZE);
    expect(await collect(sqlite.readAll())).toEqual(await collect(memory.readAll()));
  });

  it('filters and bounds readAll exactly like the reference memory store, across page boundaries', async () => {
    const options = fc.record(
      {
        from: fc.nat(SIZE + 10),
        to: fc.nat(SIZE + 10),
        direction: fc.constantFrom('forwards' as const, 'backwards' as const),
        limit: fc.oneof(fc.nat(30), fc.nat(SIZE + 10)),
        types: fc.subarray([...TYPES, 'Unknown']),
        streamPrefix: fc.constantFrom('', 'vote', 'vote-%', 'v_te', '投', '投诉-1', 'fund-🏠', 'x', 'long'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(options, async (o) => {
        expect(await indexes(sqlite, o)).toEqual(await indexes(memory, o));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a stream longer than a page from any version with any limit', async () => {
    const longest = await sqlite.streamVersion('long');
    expect(longest).toBeGreaterThan(PAGE_ROWS);
    for (const options of [
      {},
      { fromVersion: 3 },
      { fromVersion: 2, limit: PAGE_ROWS + 1 },
      { limit: 0 },
      { fromVersion: 99_999 },
    ]) {
      expect(await collect(sqlite.readStream('long', options))).toEqual(
        await collect(memory.readStream('long', options)),
      );
    }
  });

  it('reads exact leaves and their hashes across page boundaries, clamped to the head', async () => {
    const leaves = await collect(sqlite.readLeaves(PAGE_ROWS - 5, SIZE + 50));
    expect(leaves.map((l) => l.index)).toEqual(
      Array.from({ length: SIZE - PAGE_ROWS + 5 }, (_, i) => PAGE_ROWS - 5 + i),
    );
    const hex = (list: { index: number; leaf: Uint8Array }[]) =>
      list.map((l) => `${l.index}:${Buffer.from(l.leaf).toString('hex')}`);
    expect(hex(leaves)).toEqual(hex(await collect(memory.readLeaves(PAGE_ROWS - 5, SIZE + 50))));
    const hashed = await collect(sqlite.log.readHashedLeaves(0, SIZE));
    expect(hashed.map((h) => h.index)).toEqual([...Array(SIZE).keys()]);
    expect(hashed.every((h) => h.hashes.length % 32 === 0 && h.hashes.length >= 32)).toBe(true);
  });

  it('rejects negative or fractional positions as bugs', async () => {
    await expect(collect(sqlite.readAll({ from: -1 }))).rejects.toThrow(RangeError);
    await expect(collect(sqlite.readAll({ limit: 1.5 }))).rejects.toThrow(RangeError);
    await expect(collect(sqlite.readStream('long', { fromVersion: -2 }))).rejects.toThrow(RangeError);
    await expect(collect(sqlite.readLeaves(-1, 3))).rejects.toThrow(RangeError);
  });
});

describe('a replay in progress', () => {
  it('does not visit entries appended after it began', async () => {
    const path = temp.file('growing.db');
    const store = openSqliteStore(path);
    for (let i = 0; i < 3; i++) await store.append('g', [sampleEvent('g', { i })]);
    const seen: number[] = [];
    for await (const event of store.readAll()) {
      seen.push(event.index);
      if (seen.length === 1) await store.append('g', [sampleEvent('g', { late: true })]);
    }
    expect(seen).toEqual([0, 1, 2]);
    expect((await store.head()).size).toBe(4);
    await store.close();
  });

  it('lets the same connection append between its pages, holding no statement open', async () => {
    const path = temp.file('busy.db');
    const store = openSqliteStore(path);
    await store.append(
      'b',
      Array.from({ length: PAGE_ROWS + 10 }, (_, i) => sampleEvent('b', { i })),
    );
    let count = 0;
    for await (const _event of store.readAll()) {
      count++;
      if (count % 250 === 0) await store.append('c', [sampleEvent('c', { count })]);
    }
    expect(count).toBe(PAGE_ROWS + 10);
    expect((await store.head()).size).toBe(PAGE_ROWS + 10 + 4);
    await store.close();
  });
});

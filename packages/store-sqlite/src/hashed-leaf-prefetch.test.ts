import { encodeVerifierKey, generateSignerKey, parseVerifierKey, verifyLedger } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefetchHashedLeaves, READ_AHEAD_MIN_ROWS } from './hashed-leaf-prefetch.ts';
import { openSqliteStore } from './open-store.ts';
import { betterSqlitePath } from './sqlite-binding.ts';
import type { SqliteStore } from './sqlite-store.ts';
import { collect, makeTempDir, sequentialIds, steppingClock, type TempDir } from './test-fixtures/temp-dir.ts';

let temp: TempDir;
let path: string;
let store: SqliteStore;
const SIZE = 250;

const source = () => ({ path, sqlitePath: betterSqlitePath() });

beforeAll(async () => {
  temp = makeTempDir();
  path = temp.file('prefetch.db');
  store = openSqliteStore(path, { clock: steppingClock(), newEventId: sequentialIds() });
  for (let i = 0; i < SIZE; i += 25) {
    const events = Array.from({ length: 25 }, (_, j) => sampleEvent(`s-${(i + j) % 7}`, { n: i + j, 文字: '电梯' }));
    const result = await store.appendBatch(
      events.map((e) => ({ streamId: e.streamId, expectedVersion: 'any', events: [e] })),
    );
    expect(result._tag).toBe('Right');
  }
});

afterAll(async () => {
  await store.close();
  temp.remove();
});

const plain = (rows: { index: number; leaf: Uint8Array; hashes: Uint8Array }[]) =>
  rows.map((r) => [r.index, Buffer.from(r.leaf).toString('hex'), Buffer.from(r.hashes).toString('hex')]);

describe('prefetchHashedLeaves', () => {
  it('yields exactly what the paged reader yields, across page boundaries', async () => {
    const paged = await collect(store.log.readHashedLeaves(0, SIZE));
    for (const pageRows of [1, 7, 64, 1000]) {
      const ahead = await collect(prefetchHashedLeaves(source(), 0, SIZE, pageRows));
      expect(plain(ahead)).toEqual(plain(paged));
    }
    const middle = await collect(prefetchHashedLeaves(source(), 33, 101, 10));
    expect(middle.map((r) => r.index)).toEqual(Array.from({ length: 68 }, (_, i) => 33 + i));
  });

  it('reports the real indexes around a removed entry, so an audit can name it', async () => {
    const copy = temp.file('gap.db');
    const original = new Database(path, { readonly: true });
    await original.backup(copy);
    original.close();
    const db = new Database(copy);
    db.prepare('DELETE FROM entries WHERE idx = ?').run(42);
    db.close();
    const rows = await collect(prefetchHashedLeaves({ path: copy, sqlitePath: betterSqlitePath() }, 0, SIZE, 16));
    expect(rows.map((r) => r.index).slice(40, 44)).toEqual([40, 41, 43, 44]);
    expect(rows).toHaveLength(SIZE - 1);
  });

  it('stops its worker when the consumer stops early', async () => {
    const seen: number[] = [];
    for await (const row of prefetchHashedLeaves(source(), 0, SIZE, 8)) {
      seen.push(row.index);
      if (seen.length === 20) break;
    }
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('fails with the reason when the ledger cannot be read', async () => {
    const missing = { path: temp.file('absent.db'), sqlitePath: betterSqlitePath() };
    await expect(collect(prefetchHashedLeaves(missing, 0, 10))).rejects.toThrow(
      /reading the ledger for verification failed/,
    );
  });
});

describe('a whole-log verify on a ledger long enough to read ahead', () => {
  it('passes when sound and names a removed entry', { timeout: 60_000 }, async () => {
    const bigPath = temp.file('big.db');
    const big = openSqliteStore(bigPath, { clock: steppingClock(), newEventId: sequentialIds() });
    const size = READ_AHEAD_MIN_ROWS + 500;
    for (let i = 0; i < size; i += 2500) {
      const events = Array.from({ length: Math.min(2500, size - i) }, (_, j) =>
        sampleEvent(`b-${(i + j) % 11}`, { n: i + j }),
      );
      const result = await big.appendBatch(
        events.map((e) => ({ streamId: e.streamId, expectedVersion: 'any', events: [e] })),
      );
      expect(result._tag).toBe('Right');
    }
    const signer = generateSignerKey('test.example/prefetch');
    if (signer._tag === 'Left') throw new Error('key');
    const verifier = parseVerifierKey(encodeVerifierKey(signer.right));
    if (verifier._tag === 'Left') throw new Error('key');
    const sound = await verifyLedger(big, { verifier: verifier.right });
    expect(sound).toMatchObject({ ok: true, size, entriesChecked: size });
    await big.close();

    const db = new Database(bigPath);
    db.prepare('DELETE FROM entries WHERE idx = ?').run(15_000);
    db.close();
    const tampered = openSqliteStore(bigPath, { readonly: true });
    const report = await verifyLedger(tampered, { verifier: verifier.right });
    await tampered.close();
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ _tag: 'EntryMissing', index: 15_000 });
  });
});

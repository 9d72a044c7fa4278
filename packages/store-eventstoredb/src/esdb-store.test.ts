import { existsSync } from 'node:fs';
import { EventStoreDBClient, binaryEvent } from '@eventstore/db-client';
import { sampleEvent } from '@govledger/core/testing';
import Database from 'better-sqlite3';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EsdbStoreError } from './errors.ts';
import { ledgerStreams, parseLedgerUrl } from './ledger-url.ts';
import { esdbLedgerExists, openEsdbStore } from './open-store.ts';
import { startTestDoubleServer, type TestDoubleServer } from './test-double/index.ts';
import { freshLedgerName, ledgerUrl, openFresh, tempDir } from './test-fixtures/ledger-server.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

function codeOf(error: unknown): string | undefined {
  return error instanceof EsdbStoreError ? error.code : undefined;
}

describe.each([
  { path: 'BatchAppend', batchAppend: true },
  { path: 'the unary Append', batchAppend: false },
])('EsdbStore, the client appending through $path', ({ batchAppend }) => {
  let server: TestDoubleServer;
  beforeAll(async () => {
    server = await startTestDoubleServer({ batchAppend });
  });
  afterAll(async () => server.stop());

  it('appends through the path the server advertises', async () => {
    const { store } = openFresh(server.url, dir);
    await store.head(); // creates the ledger (its ACLs and LedgerCreated are appends too)
    const before = { ...server.calls };
    await store.append('path', [sampleEvent('path')]);
    const batchWrites = server.calls.batchAppendWrites - before.batchAppendWrites;
    const unaryWrites = server.calls.append - before.append;
    expect(batchAppend ? [batchWrites, unaryWrites] : [unaryWrites, batchWrites]).toEqual([1, 0]);
    await store.close();
  });

  it('tells whether a ledger exists by asking the server alone, leaving no local cache behind', async () => {
    const cache = dir.file();
    const url = `${ledgerUrl(server.url, freshLedgerName())}&cache=${encodeURIComponent(cache)}`;
    expect(await esdbLedgerExists(url)).toBe(false);
    expect(existsSync(cache)).toBe(false);
    const created = openEsdbStore(url, { create: true, origin: 'zjg.example/l' });
    await created.head();
    await created.close();
    expect(await esdbLedgerExists(url)).toBe(true);
  });

  it('creates a new ledger recording its origin, and refuses an existing one with LEDGER_EXISTS when it must be new', async () => {
    const url = ledgerUrl(server.url, freshLedgerName());
    const created = openEsdbStore(url, {
      cachePath: dir.file(),
      create: true,
      mustBeNew: true,
      origin: 'zjg.example/l',
    });
    expect(await created.lifecycle()).toMatchObject({ type: 'LedgerCreated', data: { origin: 'zjg.example/l' } });
    await created.close();
    const again = openEsdbStore(url, { cachePath: dir.file(), create: true, mustBeNew: true });
    const failure = await again.head().catch((e: unknown) => e);
    expect(codeOf(failure)).toBe('GL_LEDGER_EXISTS');
    expect((failure as Error).message).toContain('ledger=');
    await again.close();
  });

  it('refuses to write to a deleted entries stream with STREAM_DELETED naming it, and to read it', async () => {
    const { store } = openFresh(server.url, dir);
    await store.append('d', [sampleEvent('d')]);
    server.log.tombstone(store.streams.entries);
    const failure = await store.append('d', [sampleEvent('d')]).catch((e: unknown) => e);
    expect(codeOf(failure)).toBe('GL_STREAM_DELETED');
    expect((failure as Error).message).toContain(store.streams.entries);
    const reader = openEsdbStore(ledgerUrl(server.url, store.ledger), { cachePath: dir.file() });
    expect(codeOf(await reader.head().catch((e: unknown) => e))).toBe('GL_STREAM_DELETED');
    await reader.close();
    await store.close();
  });

  it('writes a multi-stream batch as one append to the entries stream, revision = ledger index', async () => {
    const { store } = openFresh(server.url, dir);
    await store.append('solo', [sampleEvent('solo')]);
    const before = server.log.all().length;
    const result = await store.appendBatch([
      { streamId: 'vote-1', expectedVersion: 'no-stream', events: [sampleEvent('vote-1'), sampleEvent('vote-1')] },
      { streamId: 'fund-1', expectedVersion: 'no-stream', events: [sampleEvent('fund-1')] },
    ]);
    expect(isRight(result)).toBe(true);
    const written = server.log.all().slice(before);
    expect(written.map((r) => [r.streamName, r.revision])).toEqual([
      [store.streams.entries, 1],
      [store.streams.entries, 2],
      [store.streams.entries, 3],
    ]);
    expect(new Set(written.map((r) => r.position)).size).toBe(3);
    const leaves = await collect(store.readLeaves(0, 4));
    expect(Buffer.from(written[2]!.data).equals(Buffer.from(leaves[3]!.leaf))).toBe(true);
    expect((await collect(store.readStream('vote-1'))).map((e) => e.index)).toEqual([1, 2]);
    await store.close();
  });

  it('keeps two writers with separate caches consistent: a stale writer re-checks and still sees conflicts', async () => {
    const { store: a, url } = openFresh(server.url, dir);
    const b = openEsdbStore(url, { cachePath: dir.file() });
    expect(isRight(await a.append('x', [sampleEvent('x')], 'no-stream'))).toBe(true);
    const stale = await b.append('x', [sampleEvent('x')], 'no-stream');
    expect(isLeft(stale) && stale.left).toMatchObject({ _tag: 'WrongExpectedVersion', actual: 0 });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).append(`w${i % 4}`, [sampleEvent(`w${i % 4}`, { i })], 'any'),
      ),
    );
    const headA = await a.head();
    const headB = await b.head();
    expect(headA.size).toBe(21);
    expect(headB.size).toBe(21);
    expect(Buffer.from((await a.log.treeHead()).root)).toEqual(Buffer.from((await b.log.treeHead()).root));
    const versions = (await collect(a.readStream('w1'))).map((e) => e.streamVersion);
    expect(versions).toEqual([0, 1, 2, 3, 4]);
    await a.close();
    await b.close();
  });

  it('refuses a batch over the server append limit with BATCH_TOO_LARGE and writes nothing', async () => {
    const small = await startTestDoubleServer({ maxAppendSize: 4000, batchAppend });
    const { store } = openFresh(small.url, dir);
    await store.append('s', [sampleEvent('s')]);
    const events = Array.from({ length: 20 }, (_, i) => sampleEvent('s', { i, pad: 'x'.repeat(200) }));
    const failure = await store.append('s', events).catch((error: unknown) => error);
    expect(codeOf(failure)).toBe('GL_BATCH_TOO_LARGE');
    expect((failure as Error).message).toContain('4000');
    expect((await store.head()).size).toBe(1);
    await store.close();
    await small.stop();
  });

  it('rebuilds a deleted cache from EventStoreDB with the same root and checkpoints', async () => {
    const { store, url } = openFresh(server.url, dir);
    for (let i = 0; i < 11; i++) await store.append(`r${i % 3}`, [sampleEvent(`r${i % 3}`, { i })]);
    await store.log.saveCheckpoint({ size: 11, note: 'eleven\n' });
    const root = Buffer.from((await store.log.treeHead()).root);
    await store.close();
    const rebuilt = openEsdbStore(url, { cachePath: dir.file() });
    expect((await rebuilt.head()).size).toBe(11);
    expect(Buffer.from((await rebuilt.log.treeHead()).root)).toEqual(root);
    expect(await rebuilt.log.checkpoint()).toEqual({ size: 11, note: 'eleven\n' });
    expect(await rebuilt.streamVersion('r1')).toBe(3);
    await rebuilt.close();
  });

  it('refuses a cache of another cluster, and one whose entries EventStoreDB no longer holds', async () => {
    const other = await startTestDoubleServer({ batchAppend });
    const name = freshLedgerName();
    const cachePath = dir.file();
    const first = openEsdbStore(ledgerUrl(server.url, name), { create: true, cachePath });
    await first.append('c', [sampleEvent('c'), sampleEvent('c')]);
    await first.close();
    const elsewhere = ledgerUrl(other.url, name);
    expect(() => openEsdbStore(elsewhere, { cachePath })).toThrow(/does not match/);
    // The same cluster address with its data wiped (simulated by re-labelling the cache).
    const db = new Database(cachePath);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'ledger'").run(parseLedgerUrl(elsewhere).redacted);
    db.close();
    const wiped = openEsdbStore(elsewhere, { cachePath, create: true });
    const failure = await wiped.head().catch((e: unknown) => e);
    expect(codeOf(failure)).toBe('GL_CACHE_MISMATCH');
    expect((failure as Error).message).toContain('no entry 1');
    await wiped.close();
    await other.stop();
  });

  it('refuses to open a ledger that was never created, and a readonly store refuses writes', async () => {
    const missing = openEsdbStore(ledgerUrl(server.url, freshLedgerName()), { cachePath: dir.file() });
    expect(codeOf(await missing.head().catch((e: unknown) => e))).toBe('GL_NO_LEDGER');
    await missing.close();
    const { store, url } = openFresh(server.url, dir);
    await store.head();
    const reader = openEsdbStore(url, { cachePath: dir.file(), readonly: true });
    await expect(reader.append('r', [sampleEvent('r')])).rejects.toThrow(/readonly/);
    expect((await reader.head()).size).toBe(0);
    await reader.close();
    await store.close();
  });

  it('sets stream ACLs that leave deleting and metadata changes to admins and never truncate', async () => {
    const { store } = openFresh(server.url, dir);
    await store.head();
    for (const stream of [store.streams.entries, store.streams.checkpoints, store.streams.meta]) {
      const metadata = server.log.streamMetadata(stream) as Record<string, unknown>;
      expect(metadata.$acl).toMatchObject({ $d: ['$admins'], $mw: ['$admins'], $w: ['govledger-writers'] });
      expect(metadata).not.toHaveProperty('$maxAge');
      expect(metadata).not.toHaveProperty('$maxCount');
      expect(metadata).not.toHaveProperty('$tb');
    }
    await store.close();
  });

  it('names the first entry that something other than govledger wrote to the entries stream', async () => {
    const { store } = openFresh(server.url, dir);
    await store.append('g', [sampleEvent('g')]);
    const client = EventStoreDBClient.connectionString(server.url);
    await client.appendToStream(store.streams.entries, [
      binaryEvent({ type: 'X', data: Buffer.from('{"not":"a leaf"}') }),
    ]);
    await client.dispose();
    const failure = await store.head().catch((e: unknown) => e);
    expect(codeOf(failure)).toBe('GL_CORRUPT_ENTRY');
    expect((failure as Error).message).toContain('entry 1');
    await store.close();
  });

  it('refuses a different checkpoint for a stored size across stores (compare-and-set on the stream)', async () => {
    const { store: a, url } = openFresh(server.url, dir);
    const b = openEsdbStore(url, { cachePath: dir.file() });
    await a.append('k', [sampleEvent('k')]);
    await a.log.saveCheckpoint({ size: 1, note: 'a\n' });
    await expect(b.log.saveCheckpoint({ size: 1, note: 'b\n' })).rejects.toThrow(/different checkpoint/);
    await b.log.saveCheckpoint({ size: 1, note: 'a\n' });
    expect(server.log.stream(a.streams.checkpoints)).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('keeps projection snapshots in the local cache only', async () => {
    const { store } = openFresh(server.url, dir);
    await store.append('p', [sampleEvent('p')]);
    await store.head();
    await store.saveSnapshot({ name: 'board', version: 1, size: 1, state: new Map([['a', 1]]) });
    expect(await store.loadSnapshot('board', 1, 5)).toEqual({
      name: 'board',
      version: 1,
      size: 1,
      state: new Map([['a', 1]]),
    });
    expect(server.log.all().some((r) => r.streamName.includes('snapshot'))).toBe(false);
    await store.close();
  });

  it('names its streams under govledger.<ledger>. so one ledger never prefixes another', () => {
    expect(ledgerStreams('zjg')).toEqual({
      entries: 'govledger.zjg.entries',
      checkpoints: 'govledger.zjg.checkpoints',
      stateNotes: 'govledger.zjg.state-notes',
      meta: 'govledger.zjg.meta',
    });
    expect(() => ledgerStreams('a.entries')).toThrow(/letters, digits or _/);
  });
});

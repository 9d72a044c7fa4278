import { type ProposedEvent, type StreamAppend, verifyInclusion } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { ENCODE_AHEAD_MIN_EVENTS } from './encode-ahead.ts';
import { PG_CHUNK_ENTRIES } from './entry-writer.ts';
import { openPostgresStore } from './open-store.ts';
import { checkLedger } from './test-fixtures/ledger-check.ts';
import { describeOnServer } from './test-fixtures/server-suite.ts';

/** A batch of `count` one-event groups over `streams` streams, big enough to span several chunks. */
function spread(count: number, streams: number): StreamAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    streamId: `s-${i % streams}`,
    expectedVersion: 'any' as const,
    events: [sampleEvent(`s-${i % streams}`, { i })],
  }));
}

describeOnServer('batches larger than one insert chunk', (server) => {
  it('writes a batch of several chunks whole: dense indexes, stream versions carried across chunks, the log recomputes', async () => {
    const store = await openPostgresStore(server().url('chunks'), { create: true });
    try {
      const count = PG_CHUNK_ENTRIES * 3 + 17;
      const done = await store.appendBatch(spread(count, 7));
      expect(done._tag).toBe('Right');
      const check = await checkLedger(store);
      expect(check).toMatchObject({
        size: count,
        dense: true,
        streamsDense: true,
        idsUnique: true,
        rootMatches: true,
      });
      expect(check.firstMismatch).toBeUndefined();
      const head = await store.log.treeHead();
      const proof = await store.log.inclusionProof(count - 1, count);
      expect(verifyInclusion(proof, await store.log.leafHash(count - 1))._tag).toBe('Right');
      expect(proof.root).toBe(Buffer.from(head.root).toString('base64'));
    } finally {
      await store.close();
    }
  }, 60_000);

  it('refuses a batch whose invalid event lies in a later chunk, naming its position in the batch, and writes nothing', async () => {
    const store = await openPostgresStore(server().url('refused'), { create: true });
    try {
      await store.append('before', [sampleEvent('before')]);
      const batch = spread(PG_CHUNK_ENTRIES * 2 + 10, 5);
      const bad = PG_CHUNK_ENTRIES + 42;
      const broken = { ...batch[bad]!.events[0]!, type: '' } as ProposedEvent;
      batch[bad] = { ...batch[bad]!, events: [broken] };
      const done = await store.appendBatch(batch);
      expect(done).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidEvent', position: bad } });
      expect((await store.head()).size).toBe(1);
      expect(await store.streamVersion('s-0')).toBe('no-stream');
      expect((await store.appendBatch(spread(3, 3)))._tag).toBe('Right');
      expect((await checkLedger(store)).rootMatches).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('checks a later chunk against the versions an earlier chunk of the same batch wrote', async () => {
    const store = await openPostgresStore(server().url('versions'), { create: true });
    try {
      const batch = spread(PG_CHUNK_ENTRIES + 5, 1);
      batch.push({ streamId: 's-0', expectedVersion: PG_CHUNK_ENTRIES + 3, events: [sampleEvent('s-0')] });
      const done = await store.appendBatch(batch);
      expect(done).toMatchObject({
        _tag: 'Left',
        left: { _tag: 'WrongExpectedVersion', streamId: 's-0', actual: PG_CHUNK_ENTRIES + 4 },
      });
      expect((await store.head()).size).toBe(0);
      batch[batch.length - 1] = { ...batch[batch.length - 1]!, expectedVersion: PG_CHUNK_ENTRIES + 4 };
      expect(await store.appendBatch(batch)).toMatchObject({ _tag: 'Right', right: { size: PG_CHUNK_ENTRIES + 6 } });
    } finally {
      await store.close();
    }
  }, 60_000);

  it('writes a batch encoded on the second thread byte for byte as the same events appended in small batches', async () => {
    const deterministic = () => {
      let id = 0;
      return {
        clock: () => new Date('2024-06-01T00:00:00.000Z'),
        newEventId: () => `0190a000-0000-7000-8000-${(id++).toString(16).padStart(12, '0')}`,
      };
    };
    const large = await openPostgresStore(server().url('ahead_large'), { create: true, ...deterministic() });
    const small = await openPostgresStore(server().url('ahead_small'), { create: true, ...deterministic() });
    try {
      const batch = spread(ENCODE_AHEAD_MIN_EVENTS * 2 + 3, 11);
      expect((await large.appendBatch(batch))._tag).toBe('Right');
      for (let i = 0; i < batch.length; i += 10)
        expect((await small.appendBatch(batch.slice(i, i + 10)))._tag).toBe('Right');
      expect((await large.log.treeHead()).root).toEqual((await small.log.treeHead()).root);
      expect((await checkLedger(large)).rootMatches).toBe(true);
    } finally {
      await large.close();
      await small.close();
    }
  }, 60_000);

  it('refuses a large batch holding a value that is not plain JSON, naming its position, and writes nothing', async () => {
    const store = await openPostgresStore(server().url('ahead_refused'), { create: true });
    try {
      const batch = spread(ENCODE_AHEAD_MIN_EVENTS * 2, 5);
      const bad = ENCODE_AHEAD_MIN_EVENTS + 9;
      batch[bad] = { ...batch[bad]!, events: [sampleEvent(batch[bad]!.streamId, { when: new Date(0) })] };
      const done = await store.appendBatch(batch);
      expect(done).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidEvent', position: bad } });
      expect((await store.head()).size).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it("rolls a whole batch back when the server refuses one of its inserts, and reports the server's own error", async () => {
    const url = server().url('refused_insert');
    const store = await openPostgresStore(url, { create: true });
    const sql = postgres(url.replace(/[?&]ledger=refused_insert$/, ''), { max: 1, onnotice: () => {} });
    try {
      await store.append('before', [sampleEvent('before')]);
      // A row at the index the batch's second chunk will take, written behind the store's back.
      const taken = 1 + PG_CHUNK_ENTRIES + 3;
      await sql.unsafe(
        `INSERT INTO "govledger_refused_insert".entries (idx, stream_id, stream_version, type, recorded_at, leaf, hashes)
         VALUES ($1, 'intruder', 0, 'T', '2024-01-01T00:00:00.000Z', '\\x00', '\\x00')`,
        [taken],
      );
      await expect(store.appendBatch(spread(PG_CHUNK_ENTRIES * 2, 3))).rejects.toMatchObject({ code: '23505' });
      expect((await store.head()).size).toBe(1);
      expect(await store.streamVersion('s-0')).toBe('no-stream');
    } finally {
      await sql.end();
      await store.close();
    }
  }, 60_000);

  it('imports leaves across several chunks, refusing a bad leaf in a later chunk by its position and writing nothing', async () => {
    const source = await openPostgresStore(server().url('import_source'), { create: true });
    const target = await openPostgresStore(server().url('import_target'), { create: true });
    try {
      const count = PG_CHUNK_ENTRIES * 2 + 3;
      await source.appendBatch(spread(count, 4));
      const leaves: Uint8Array[] = [];
      for await (const { leaf } of source.readLeaves(0, count)) leaves.push(leaf);
      const bad = PG_CHUNK_ENTRIES + 1;
      const broken = [...leaves];
      broken[bad] = Buffer.from('{"not":"a leaf"}');
      expect(await target.importLeaves(broken)).toMatchObject({ _tag: 'Left', left: { position: bad, index: bad } });
      expect((await target.head()).size).toBe(0);
      expect(await target.importLeaves(leaves)).toMatchObject({ _tag: 'Right', right: { size: count } });
      expect((await target.log.treeHead()).root).toEqual((await source.log.treeHead()).root);
    } finally {
      await source.close();
      await target.close();
    }
  }, 60_000);
});

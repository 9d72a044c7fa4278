import { sampleEvent } from '@govledger/core/testing';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { openPostgresStore } from './open-store.ts';
import { PG_SCHEMA_VERSION } from './schema.ts';
import { describeOnServer } from './test-fixtures/server-suite.ts';

describeOnServer('signed state notes in PostgreSQL', (server) => {
  it('keeps one note per size, accepts the same note again, refuses a different one and a size past the head', async () => {
    const url = server().url('state_notes');
    const store = await openPostgresStore(url, { create: true });
    try {
      expect(await store.stateNoteSizes()).toEqual([]);
      expect(await store.stateNote(0)).toBeNull();
      for (let i = 0; i < 3; i++) await store.append('s', [sampleEvent('s', { i })]);
      await store.saveStateNote(3, 'note of 3\n');
      await store.saveStateNote(1, 'note of 1\n');
      await store.saveStateNote(3, 'note of 3\n');
      await expect(store.saveStateNote(3, 'another note of 3\n')).rejects.toMatchObject({
        code: 'GL_CHECKPOINT_CONFLICT',
      });
      await expect(store.saveStateNote(4, 'note of 4\n')).rejects.toThrow(RangeError);
      expect(await store.stateNoteSizes()).toEqual([1, 3]);
      expect(await store.stateNote(3)).toBe('note of 3\n');
      expect(await store.stateNote(2)).toBeNull();
      const reader = await openPostgresStore(url, { readonly: true });
      try {
        expect(await reader.stateNote(1)).toBe('note of 1\n');
        await expect(reader.saveStateNote(2, 'note of 2\n')).rejects.toMatchObject({ code: 'GL_READONLY_STORE' });
      } finally {
        await reader.close();
      }
    } finally {
      await store.close();
    }
  }, 60_000);

  it('adds the state notes table to a ledger written before it, keeping its entries', async () => {
    const url = server().url('before_state_notes');
    const first = await openPostgresStore(url, { create: true });
    await first.append('s', [sampleEvent('s')]);
    await first.close();
    const sql = postgres(url.replace(/[?&]ledger=before_state_notes$/, ''), { max: 1, onnotice: () => {} });
    try {
      // Bring the ledger back to schema version 1, as an older build left it.
      await sql.unsafe('DROP TABLE "govledger_before_state_notes".state_notes');
      await sql.unsafe('DELETE FROM "govledger_before_state_notes".migrations WHERE version > 1');
      const store = await openPostgresStore(url);
      try {
        expect((await store.head()).size).toBe(1);
        await store.saveStateNote(1, 'note of 1\n');
        expect(await store.stateNoteSizes()).toEqual([1]);
      } finally {
        await store.close();
      }
      const [row] = await sql.unsafe<{ v: number }[]>(
        'SELECT max(version) AS v FROM "govledger_before_state_notes".migrations',
      );
      expect(row?.v).toBe(PG_SCHEMA_VERSION);
    } finally {
      await sql.end();
    }
  }, 60_000);

  it('reads a ledger of schema version 1 read-only as it is (no state note, nothing migrated) and finds the notes once a writer has migrated it', async () => {
    const url = server().url('older_read_only');
    const first = await openPostgresStore(url, { create: true });
    for (let i = 0; i < 3; i++) await first.append('s', [sampleEvent('s', { i })]);
    const root = (await first.log.treeHead()).root;
    await first.close();
    const sql = postgres(url.replace(/[?&]ledger=older_read_only$/, ''), { max: 1, onnotice: () => {} });
    const version = async () =>
      (await sql.unsafe<{ v: number }[]>('SELECT max(version) AS v FROM "govledger_older_read_only".migrations'))[0]?.v;
    try {
      // Bring the ledger back to schema version 1, as an older build left it.
      await sql.unsafe('DROP TABLE "govledger_older_read_only".state_notes');
      await sql.unsafe('DELETE FROM "govledger_older_read_only".migrations WHERE version > 1');
      const reader = await openPostgresStore(url, { readonly: true });
      try {
        expect((await reader.head()).size).toBe(3);
        const read: unknown[] = [];
        for await (const event of reader.readAll()) read.push(event.data);
        expect(read).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
        expect(Buffer.from((await reader.log.treeHead()).root)).toEqual(Buffer.from(root));
        expect(await reader.stateNoteSizes()).toEqual([]);
        expect(await reader.stateNote(3)).toBeNull();
        expect(await version()).toBe(1);

        const writer = await openPostgresStore(url);
        try {
          await writer.saveStateNote(3, 'note of 3\n');
        } finally {
          await writer.close();
        }
        expect(await version()).toBe(PG_SCHEMA_VERSION);
        expect(await reader.stateNoteSizes()).toEqual([3]);
        expect(await reader.stateNote(3)).toBe('note of 3\n');
      } finally {
        await reader.close();
      }
    } finally {
      await sql.end();
    }
  }, 60_000);
});

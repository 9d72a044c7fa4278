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
});

import { sampleEvent } from '@govledger/core/testing';
import { expect, it } from 'vitest';
import { openPostgresStore } from './open-store.ts';
import { PG_SNAPSHOTS_KEPT } from './snapshot-table.ts';
import { describeOnServer } from './test-fixtures/server-suite.ts';

describeOnServer('projection snapshots in PostgreSQL', (server) => {
  it('loads the newest snapshot at or below a size as a fresh copy, keeps the newest few, and drops other versions', async () => {
    const store = await openPostgresStore(server().url('snapshots'), { create: true });
    try {
      for (let i = 0; i < 10; i++) await store.append('s', [sampleEvent('s', { i })]);
      for (let size = 1; size <= 8; size++) {
        await store.saveSnapshot({ name: 'board', version: 1, size, state: { size, names: ['悦盛花苑'] } });
      }
      const loaded = await store.loadSnapshot('board', 1, 6);
      expect(loaded).toEqual({ name: 'board', version: 1, size: 6, state: { size: 6, names: ['悦盛花苑'] } });
      (loaded!.state as { names: string[] }).names.push('changed');
      expect((await store.loadSnapshot('board', 1, 6))?.state).toEqual({ size: 6, names: ['悦盛花苑'] });
      expect(await store.loadSnapshot('board', 1, 8 - PG_SNAPSHOTS_KEPT)).toBeNull();
      await store.saveSnapshot({ name: 'board', version: 2, size: 3, state: { v: 2 } });
      expect(await store.loadSnapshot('board', 1, 10)).toBeNull();
      expect((await store.loadSnapshot('board', 2, 10))?.state).toEqual({ v: 2 });
      await expect(store.saveSnapshot({ name: 'board', version: 2, size: 11, state: {} })).rejects.toThrow(RangeError);
    } finally {
      await store.close();
    }
  }, 60_000);
});

import { sampleEvent } from '@govledger/core/testing';
import { describe, expect, it } from 'vitest';
import { EsdbStoreError } from './errors.ts';
import { openEsdbStore } from './open-store.ts';
import { openFresh, testDoubleForFile } from './test-fixtures/ledger-server.ts';

// Runs against the project's wire-level gRPC test double of EventStoreDB, not a real server
// (none can run here); set GOVLEDGER_ESDB_URL to point other suites at a real node.
const double = testDoubleForFile();

describe('state notes in EventStoreDB (wire-level test double)', () => {
  it('keeps a state note in its own stream, where another process with a fresh cache reads it', async () => {
    const { store, url } = openFresh(double.server.url, double.dir);
    await store.append('a', [sampleEvent('a'), sampleEvent('a')]);
    await store.saveStateNote(2, 'note of size 2\n');
    await store.saveStateNote(0, 'note of size 0\n');
    const other = openEsdbStore(url, { cachePath: double.dir.file() });
    expect(await other.stateNoteSizes()).toEqual([0, 2]);
    expect(await other.stateNote(2)).toBe('note of size 2\n');
    expect(await other.stateNote(1)).toBeNull();
    await other.close();
    await store.close();
  });

  it('keeps an identical note once and refuses a different note for a stored size, changing nothing', async () => {
    const { store, url } = openFresh(double.server.url, double.dir);
    await store.append('a', [sampleEvent('a')]);
    await store.saveStateNote(1, 'first\n');
    await store.saveStateNote(1, 'first\n');
    const refused = await store.saveStateNote(1, 'second\n').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EsdbStoreError);
    expect((refused as Error).message).toContain('a different state note for size 1 is already stored');
    const other = openEsdbStore(url, { cachePath: double.dir.file() });
    expect(await other.stateNoteSizes()).toEqual([1]);
    expect(await other.stateNote(1)).toBe('first\n');
    await other.close();
    await store.close();
  });

  it('refuses a state note for a size past the ledger head, and on a readonly store', async () => {
    const { store, url } = openFresh(double.server.url, double.dir);
    await store.append('a', [sampleEvent('a')]);
    await expect(store.saveStateNote(2, 'too far\n')).rejects.toThrow(/ledger size 1, got 2/);
    const reader = openEsdbStore(url, { cachePath: double.dir.file(), readonly: true });
    await expect(reader.saveStateNote(1, 'n\n')).rejects.toThrow(/readonly/);
    expect(await reader.stateNoteSizes()).toEqual([]);
    await reader.close();
    await store.close();
  });
});

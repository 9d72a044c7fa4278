import { MemoryStore } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { EsdbStoreError } from './errors.ts';
import type { EsdbStore } from './esdb-store.ts';
import { importExport } from './import-export.ts';
import { LIFECYCLE } from './ledger-lifecycle.ts';
import { openEsdbStore } from './open-store.ts';
import { freshLedgerName, ledgerUrl, testDoubleForFile } from './test-fixtures/ledger-server.ts';

const double = testDoubleForFile({ maxAppendSize: 6000 });
const dir = double.dir;

/** The leaves of a ledger of `events` entries: what an export holds. */
async function exportOf(events: number): Promise<Uint8Array[]> {
  const source = new MemoryStore();
  for (let i = 0; i < events; i++) await source.append(`i${i % 5}`, [sampleEvent(`i${i % 5}`, { i })]);
  const out: Uint8Array[] = [];
  for await (const { leaf } of source.readLeaves(0, events)) out.push(leaf);
  return out;
}

function newLedger() {
  const url = ledgerUrl(double.server.url, freshLedgerName());
  return { url, store: openEsdbStore(url, { create: true, allowIncompleteMigration: true, cachePath: dir.file() }) };
}

async function storedLeaves(store: EsdbStore): Promise<string[]> {
  const out: string[] = [];
  for await (const { leaf } of store.readLeaves(0, Number.MAX_SAFE_INTEGER)) out.push(Buffer.from(leaf).toString());
  return out;
}

describe('importExport', () => {
  it('imports an export that fits in one append as that one append, with no migration markers', async () => {
    const leaves = await exportOf(6);
    const { store } = newLedger();
    const report = await importExport(store, leaves);
    expect(isRight(report) && report.right).toEqual({ size: 6, appends: 'one', resumedFrom: 0 });
    expect(await storedLeaves(store)).toEqual(leaves.map((l) => Buffer.from(l).toString()));
    expect((await store.lifecycle())?.type).toBe(LIFECYCLE.created);
    await store.close();
  });

  it('imports a larger export in capped appends under migration markers, with every leaf in place', async () => {
    const leaves = await exportOf(80);
    const { store } = newLedger();
    const progress: number[] = [];
    const report = await importExport(store, leaves, { onProgress: (n) => progress.push(n) });
    expect(isRight(report) && report.right).toEqual({ size: 80, appends: 'several', resumedFrom: 0 });
    expect(progress.length).toBeGreaterThan(2);
    expect(await storedLeaves(store)).toEqual(leaves.map((l) => Buffer.from(l).toString()));
    expect((await store.lifecycle())?.type).toBe(LIFECYCLE.migrationCompleted);
    await store.close();
  });

  it('checks the whole export first: a bad leaf anywhere writes nothing and names its position', async () => {
    const leaves = await exportOf(80);
    leaves[70] = Buffer.from('{"not":"a leaf"}');
    const { store } = newLedger();
    const report = await importExport(store, leaves);
    expect(isLeft(report) && report.left).toMatchObject({ _tag: 'Invalid', error: { position: 70 } });
    expect(double.server.log.stream(store.streams.entries)).toBeUndefined();
    expect((await store.lifecycle())?.type).toBe(LIFECYCLE.created);
    await store.close();
  });

  it('refuses a ledger that holds entries, and resumes an import that stopped half way', async () => {
    const leaves = await exportOf(80);
    const { url, store } = newLedger();
    let appends = 0;
    const crashing = new Proxy(store, {
      get(target, key) {
        if (key === 'importLeaves') {
          return (batch: readonly Uint8Array[]) => {
            if (++appends === 3) throw new Error('connection lost');
            return target.importLeaves(batch);
          };
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await expect(importExport(crashing, leaves, { chunkBytes: 3000 })).rejects.toThrow(/connection lost/);
    const copied = (await store.head()).size;
    expect(copied).toBeGreaterThan(0);
    await store.close();
    const early = openEsdbStore(url, { cachePath: dir.file() });
    const refused = await early.head().catch((e: unknown) => e);
    expect(refused instanceof EsdbStoreError && refused.code).toBe('GL_MIGRATION_INCOMPLETE');
    await early.close();
    const again = openEsdbStore(url, { allowIncompleteMigration: true, cachePath: dir.file() });
    const other = await importExport(again, await exportOf(3));
    expect(isLeft(other) && other.left._tag).toBe('Stopped');
    const report = await importExport(again, leaves);
    expect(isRight(report) && report.right).toEqual({ size: 80, appends: 'several', resumedFrom: copied });
    expect(await storedLeaves(again)).toEqual(leaves.map((l) => Buffer.from(l).toString()));
    const full = await importExport(again, await exportOf(3));
    expect(isLeft(full) && full.left).toEqual({ _tag: 'NotEmpty', size: 80 });
    await again.close();
  });
});

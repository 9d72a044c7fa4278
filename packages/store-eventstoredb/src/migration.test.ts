import { MemoryStore } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { EsdbStoreError } from './errors.ts';
import { LIFECYCLE } from './ledger-lifecycle.ts';
import { migrateLedger } from './migration.ts';
import { openEsdbStore } from './open-store.ts';
import { freshLedgerName, ledgerUrl, testDoubleForFile } from './test-fixtures/ledger-server.ts';

const double = testDoubleForFile({ maxAppendSize: 6000 });
const dir = double.dir;

async function sourceLedger(events: number): Promise<MemoryStore> {
  const source = new MemoryStore();
  for (let i = 0; i < events; i++) {
    await source.append(`m${i % 7}`, [sampleEvent(`m${i % 7}`, { i, 小区: '悦盛花苑' })]);
    if (i % 50 === 49) await source.log.saveCheckpoint({ size: i + 1, note: `note ${i + 1}\n` });
  }
  return source;
}

async function leaves(store: { readLeaves(a: number, b: number): AsyncIterable<{ leaf: Uint8Array }> }, n: number) {
  const out: string[] = [];
  for await (const { leaf } of store.readLeaves(0, n)) out.push(Buffer.from(leaf).toString('hex'));
  return out;
}

function target(url: string, cachePath = dir.file()) {
  return openEsdbStore(url, { create: true, allowIncompleteMigration: true, cachePath });
}

describe('migrateLedger', () => {
  it('copies every leaf in capped appends, checks equal roots, copies checkpoints, then completes', async () => {
    const source = await sourceLedger(160);
    const url = ledgerUrl(double.server.url, freshLedgerName());
    const into = target(url);
    const progress: number[] = [];
    const report = await migrateLedger(source, into, { chunkBytes: 50_000, onProgress: (n) => progress.push(n) });
    expect(isRight(report) && report.right).toMatchObject({ size: 160, resumedFrom: 0, checkpointsCopied: 3 });
    expect(progress.length).toBeGreaterThan(3); // the server's 6,000-byte cap forced smaller appends
    expect(await leaves(into, 160)).toEqual(await leaves(source, 160));
    expect((await into.lifecycle())?.type).toBe(LIFECYCLE.migrationCompleted);
    await into.close();
    const ordinary = openEsdbStore(url, { cachePath: dir.file() });
    expect(Buffer.from((await ordinary.log.treeHead()).root)).toEqual(Buffer.from((await source.log.treeHead()).root));
    expect(await ordinary.log.checkpoint(100)).toEqual({ size: 100, note: 'note 100\n' });
    await ordinary.close();
  });

  it('leaves a stopped migration unusable until it is resumed, and resumes after the copied prefix', async () => {
    const source = await sourceLedger(60);
    const url = ledgerUrl(double.server.url, freshLedgerName());
    const failing = {
      head: () => source.head(),
      log: source.log,
      async *readLeaves(from: number, to: number) {
        for await (const leaf of source.readLeaves(from, to)) {
          if (leaf.index === 40) throw new Error('source disk unplugged');
          yield leaf;
        }
      },
    } as unknown as MemoryStore;
    const first = target(url);
    await expect(migrateLedger(failing, first, { chunkBytes: 3000 })).rejects.toThrow(/unplugged/);
    const copied = (await first.head()).size;
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(60);
    await first.close();
    const early = openEsdbStore(url, { cachePath: dir.file() });
    const refused = await early.head().catch((e: unknown) => e);
    expect(refused instanceof EsdbStoreError && refused.code).toBe('GL_MIGRATION_INCOMPLETE');
    await early.close();
    const second = target(url);
    const report = await migrateLedger(source, second);
    expect(isRight(report) && report.right.resumedFrom).toBe(copied);
    expect(await leaves(second, 60)).toEqual(await leaves(source, 60));
    await second.close();
  });

  it('refuses a target that already holds another ledger', async () => {
    const url = ledgerUrl(double.server.url, freshLedgerName());
    const existing = openEsdbStore(url, { create: true, cachePath: dir.file() });
    await existing.append('x', [sampleEvent('x')]);
    await existing.close();
    const into = target(url);
    const report = await migrateLedger(await sourceLedger(3), into);
    expect(isLeft(report) && report.left).toEqual({ _tag: 'TargetNotEmpty', size: 1 });
    await into.close();
  });
});

import { generateSignerKey, openCheckpoint, verifierKeyOf } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { EsdbStore } from './esdb-store.ts';
import { type KeeperStateSigner, LogKeeper } from './log-keeper.ts';
import { openEsdbStore } from './open-store.ts';
import { openFresh, testDoubleForFile } from './test-fixtures/ledger-server.ts';

const double = testDoubleForFile();
const dir = double.dir;

function signer(name = 'zjg.example.gov.cn/property-ledger') {
  const key = generateSignerKey(name);
  if (!isRight(key)) throw new Error('key');
  return key.right;
}

/**
 * A stand-in for the CLI's state signer (which replays the domain's projections, unknown to
 * this package): it keeps a note naming the latest checkpoint's size, so the tests see at
 * which sizes the keeper asked for one.
 */
function sizeNamingSigner(store: EsdbStore): KeeperStateSigner & { readonly sizes: number[] } {
  const sizes: number[] = [];
  return {
    sizes,
    async signLatest() {
      const latest = await store.log.checkpoint();
      const note = `state of size ${latest!.size}\n`;
      await store.saveStateNote(latest!.size, note);
      sizes.push(latest!.size);
      return note;
    },
  };
}

describe('LogKeeper', () => {
  it('follows appends made by another process and signs the new tree head', async () => {
    const { store: writer, url } = openFresh(double.server.url, dir);
    await writer.append('a', [sampleEvent('a')]);
    const keeperStore = openEsdbStore(url, { cachePath: dir.file() });
    const key = signer();
    const keeper = await LogKeeper.start(keeperStore, { signer: key, settleMs: 20 });
    expect(keeper.checkpointedSize).toBe(1);
    for (let i = 0; i < 6; i++) await writer.append(`s${i % 2}`, [sampleEvent(`s${i % 2}`, { i })]);
    await keeper.waitForCheckpoint(7);
    await keeper.stop();
    const stored = await writer.log.checkpoint();
    expect(stored?.size).toBe(7);
    const opened = openCheckpoint(stored!.note, [verifierKeyOf(key)]);
    expect(isRight(opened) && Buffer.from(opened.right.checkpoint.root)).toEqual(
      Buffer.from((await writer.log.treeHead(7)).root),
    );
    await keeperStore.close();
    await writer.close();
  });

  it('is harmless twice: two keepers with one key store exactly one identical note per size', async () => {
    const { store: writer, url } = openFresh(double.server.url, dir);
    await writer.head(); // creates the ledger
    const key = signer();
    const problems: unknown[] = [];
    const stores = [openEsdbStore(url, { cachePath: dir.file() }), openEsdbStore(url, { cachePath: dir.file() })];
    const keepers = await Promise.all(
      stores.map((s) => LogKeeper.start(s, { signer: key, settleMs: 10, onProblem: (e) => problems.push(e) })),
    );
    for (let i = 0; i < 5; i++) {
      await writer.append('t', [sampleEvent('t', { i })]);
      await Promise.all(keepers.map((k) => k.waitForCheckpoint(i + 1)));
    }
    await Promise.all(keepers.map((k) => k.stop()));
    const sizes = (await writer.log.checkpoints()).map((c) => c.size);
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(sizes).toContain(5);
    expect(problems).toEqual([]);
    await Promise.all(stores.map((s) => s.close()));
    await writer.close();
  });

  it('with a state signer, stores the state note of each checkpoint it signs at the same size', async () => {
    const { store: writer, url } = openFresh(double.server.url, dir);
    await writer.append('a', [sampleEvent('a')]);
    const keeperStore = openEsdbStore(url, { cachePath: dir.file() });
    const state = sizeNamingSigner(keeperStore);
    const reported: number[] = [];
    const keeper = await LogKeeper.start(keeperStore, {
      signer: signer(),
      settleMs: 10,
      state,
      onStateNote: (size) => reported.push(size),
    });
    for (let i = 0; i < 3; i++) {
      await writer.append('b', [sampleEvent('b', { i }), sampleEvent('b', { i })]);
      await keeper.waitForCheckpoint(1 + 2 * (i + 1));
    }
    await keeper.stop();
    const checkpointed = (await writer.log.checkpoints()).map((c) => c.size);
    expect(checkpointed).toEqual([1, 3, 5, 7]);
    expect(await writer.stateNoteSizes()).toEqual(checkpointed);
    expect(await writer.stateNote(7)).toBe('state of size 7\n');
    expect(reported).toEqual(checkpointed);
    await keeperStore.close();
    await writer.close();
  });

  it('signs the missing state note of a checkpoint kept without one, once', async () => {
    const { store: writer, url } = openFresh(double.server.url, dir);
    await writer.append('a', [sampleEvent('a'), sampleEvent('a')]);
    const key = signer();
    const plain = await LogKeeper.start(writer, { signer: key });
    await plain.stop();
    expect(await writer.stateNoteSizes()).toEqual([]);
    const keeperStore = openEsdbStore(url, { cachePath: dir.file() });
    const state = sizeNamingSigner(keeperStore);
    await (await LogKeeper.start(keeperStore, { signer: key, state })).stop();
    await (await LogKeeper.start(keeperStore, { signer: key, state })).stop();
    expect(state.sizes).toEqual([2]);
    expect(await writer.stateNoteSizes()).toEqual([2]);
    await keeperStore.close();
    await writer.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openCheckpoint } from './checkpoint/checkpoint.ts';
import { generateSignerKey, verifierKeyOf } from './checkpoint/keys.ts';
import { headCheckpoint, ledgerSettingsOf, publishHeadCheckpoint } from './checkpoint-publishing.ts';
import { MemoryStore } from './memory-store.ts';
import { must } from './testing/must.ts';
import { sampleEvent } from './testing/sample-events.ts';

const signer = must(generateSignerKey('ledger.example/publishing'));

async function storeOfSize(n: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (let i = 0; i < n; i++) must(await store.append(`s-${i}`, [sampleEvent(`s-${i}`, { i })]));
  return store;
}

describe('publishing the head checkpoint', () => {
  it('signs the head once, stores it, and returns the stored note on the next call', async () => {
    const store = await storeOfSize(3);
    const first = await publishHeadCheckpoint(store.log, signer);
    expect(first).toMatchObject({ size: 3, fresh: true });
    const opened = must(openCheckpoint(first.note, [verifierKeyOf(signer)]));
    expect(opened.checkpoint.size).toBe(3);
    expect(opened.checkpoint.root).toEqual((await store.log.treeHead()).root);
    expect(await store.log.checkpoint(3)).toEqual({ size: 3, note: first.note });
    const again = await publishHeadCheckpoint(store.log, signer);
    expect(again).toEqual({ size: 3, note: first.note, fresh: false });
  });

  it('signs an earlier size when asked, and stores nothing when only the note is wanted', async () => {
    const store = await storeOfSize(4);
    const unstored = await headCheckpoint(store.log, signer, 2);
    expect(unstored).toMatchObject({ size: 2, fresh: true });
    expect(await store.log.checkpoint(2)).toBeNull();
    await publishHeadCheckpoint(store.log, signer, 2);
    expect((await store.log.checkpoints()).map((c) => c.size)).toEqual([2]);
  });

  it('takes the checkpoint another publisher stored for the size, even when signed by another key', async () => {
    const store = await storeOfSize(2);
    const other = must(generateSignerKey('ledger.example/publishing'));
    const theirs = await publishHeadCheckpoint(store.log, other);
    expect(await publishHeadCheckpoint(store.log, signer)).toEqual({ size: 2, note: theirs.note, fresh: false });
  });
});

describe('ledger settings', () => {
  it('are offered by a store with getMeta and setMeta, and by no other', () => {
    const values = new Map<string, string>();
    const withSettings = {
      getMeta: (key: string) => values.get(key) ?? null,
      setMeta: (key: string, value: string) => void values.set(key, value),
    };
    const settings = ledgerSettingsOf(withSettings);
    settings?.setMeta('witness-size:w1', '7');
    expect(settings?.getMeta('witness-size:w1')).toBe('7');
    expect(ledgerSettingsOf(new MemoryStore())).toBeUndefined();
  });
});

import { MemoryStore } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { etagOf, LedgerHeads } from './ledger-head.ts';

const event = (i: number) => ({
  streamId: 's',
  type: 'Happened',
  schemaVersion: 1,
  data: { i },
  metadata: { actor: { id: 'a', role: 'system' }, occurredAt: '2024-01-01T00:00:00Z' },
});

describe('LedgerHeads', () => {
  it('reads the size on every call and the root only when the size moved', async () => {
    const store = new MemoryStore();
    await store.append('s', [event(0)]);
    const heads = new LedgerHeads(store);
    let rootReads = 0;
    const treeHead = store.log.treeHead.bind(store.log);
    store.log.treeHead = (size?: number) => {
      rootReads++;
      return treeHead(size);
    };
    const first = await heads.current();
    expect(await heads.current()).toBe(first);
    await store.append('s', [event(1)]);
    const second = await heads.current();
    expect(second.size).toBe(2);
    expect(second.root).toBe(Buffer.from((await treeHead()).root).toString('base64'));
    expect(rootReads).toBe(2);
  });

  it('names a head by its size and root in a strong ETag', () => {
    const root = Buffer.alloc(32, 0xab).toString('base64');
    expect(etagOf(7, root)).toBe(`"7-${'ab'.repeat(16)}"`);
  });
});

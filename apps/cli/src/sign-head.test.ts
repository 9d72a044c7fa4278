import { type EventStore, generateSignerKey, MemoryStore, openStateNote, verifierKeyOf } from '@govledger/core';
import { must, sampleEvent } from '@govledger/core/testing';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkpointOfNote } from './state/state-notes.ts';
import { signHead } from './sign-head.ts';

/** A memory store that keeps no snapshots, recording where each read of the log starts. */
function storeWithoutSnapshots(): { store: EventStore; readsFrom: number[] } {
  const target = new MemoryStore();
  const readsFrom: number[] = [];
  const hidden = new Set(['loadSnapshot', 'saveSnapshot']);
  const store = new Proxy(target, {
    has: (t, name) => !hidden.has(String(name)) && name in t,
    get(t, name) {
      if (hidden.has(String(name))) return undefined;
      if (name === 'readAll') {
        return (options: { from?: number } = {}) => {
          readsFrom.push(options.from ?? 0);
          return t.readAll(options);
        };
      }
      const value = Reflect.get(t, name, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  }) as unknown as EventStore;
  return { store, readsFrom };
}

const signer = must(generateSignerKey('ledger.example/sign-head'));

describe('signHead', () => {
  it('signs the checkpoint of the head and the state note of the same size, log root and key together', async () => {
    const store = new MemoryStore();
    await store.append('complaint-1', [sampleEvent('complaint-1', { n: 1 }), sampleEvent('complaint-1', { n: 2 })]);
    const signed = await signHead(store, signer);
    const checkpoint = checkpointOfNote(signed.note)!;
    const opened = openStateNote(signed.stateNote, [verifierKeyOf(signer)]);
    expect(isRight(opened)).toBe(true);
    if (!isRight(opened)) return;
    expect(checkpoint.size).toBe(2);
    expect(opened.right.head.size).toBe(2);
    expect(Buffer.from(opened.right.head.logRoot).equals(Buffer.from(checkpoint.root))).toBe(true);
    expect(opened.right.head.origin).toBe(checkpoint.origin);
  });

  it('folds only the entries of the latest write on a store without snapshots, instead of the whole log', async () => {
    const { store, readsFrom } = storeWithoutSnapshots();
    const write = (n: number) => store.append(`complaint-${n}`, [sampleEvent(`complaint-${n}`, { n })]);
    await write(1);
    await write(2);
    await write(3);
    const first = await signHead(store, signer);
    await write(4);
    await write(5);
    const second = await signHead(store, signer);
    expect(readsFrom).toEqual([0, 3]);
    expect(checkpointOfNote(first.note)!.size).toBe(3);
    expect(second.stateNote.split('\n')[1]).toBe('5');
  });
});

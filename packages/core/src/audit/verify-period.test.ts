import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../checkpoint/checkpoint.ts';
import { generateSignerKey, verifierKeyOf } from '../checkpoint/keys.ts';
import { MemoryStore } from '../memory-store.ts';
import type { EventStore, StoredLeaf } from '../store.ts';
import { sampleEvent } from '../testing/sample-events.ts';
import { verifyPeriod } from './verify-period.ts';
import { must } from '../testing/must.ts';

const ORIGIN = 'ledger.example/zjg';
const signer = must(generateSignerKey(ORIGIN));
const verifier = verifierKeyOf(signer);

async function ledger(size: number, checkpointAt: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (let i = 0; i < size; i++) must(await store.append(`s-${i % 3}`, [sampleEvent(`s-${i % 3}`, { i })]));
  const root = (await store.log.treeHead(checkpointAt)).root;
  await store.log.saveCheckpoint({
    size: checkpointAt,
    note: signCheckpoint({ origin: ORIGIN, size: checkpointAt, root }, signer),
  });
  return store;
}

/** The same store, except that entry `index` reads back with one byte changed. */
function withAlteredLeaf(store: EventStore, index: number): EventStore {
  const altered = Object.create(store) as EventStore;
  altered.readLeaves = async function* (from: number, to: number): AsyncIterable<StoredLeaf> {
    for await (const stored of store.readLeaves(from, to)) {
      if (stored.index !== index) yield stored;
      else yield { index, leaf: Buffer.concat([Buffer.from(stored.leaf), Buffer.from(' ')]) };
    }
  };
  return altered;
}

describe('verifyPeriod', () => {
  it('rehashes only the period and proves it part of the signed tree, from the checkpoint before it', async () => {
    const store = await ledger(40, 10);
    const signedRoot = (await store.log.treeHead(40)).root;
    const result = await verifyPeriod(store, { fromSize: 12, toSize: 30, checkpointSize: 40, signedRoot, verifier });
    expect(result).toEqual({ ok: true, entriesChecked: 18, startCheckpointSize: 10, problem: null });
    const toEnd = await verifyPeriod(store, { fromSize: 0, toSize: 40, checkpointSize: 40, signedRoot, verifier });
    expect(toEnd).toMatchObject({ ok: true, entriesChecked: 40, startCheckpointSize: null });
  });

  it('fails when an entry of the period was altered', async () => {
    const store = await ledger(40, 10);
    const signedRoot = (await store.log.treeHead(40)).root;
    const altered = withAlteredLeaf(store, 20);
    const inside = await verifyPeriod(altered, { fromSize: 12, toSize: 30, checkpointSize: 40, signedRoot, verifier });
    expect(inside).toMatchObject({ ok: false, entriesChecked: 18 });
    expect(inside.problem).toMatch(/altered/);
    const atEnd = await verifyPeriod(altered, { fromSize: 12, toSize: 40, checkpointSize: 40, signedRoot, verifier });
    expect(atEnd.ok).toBe(false);
    // An entry outside the period is not looked at.
    const outside = await verifyPeriod(altered, { fromSize: 22, toSize: 30, checkpointSize: 40, signedRoot, verifier });
    expect(outside.ok).toBe(true);
  });

  it('fails against a root the log never had, and for a stored start checkpoint of another log', async () => {
    const store = await ledger(40, 10);
    const other = await ledger(41, 10);
    const foreignRoot = (await other.log.treeHead(40)).root;
    const result = await verifyPeriod(store, {
      fromSize: 12,
      toSize: 30,
      checkpointSize: 40,
      signedRoot: foreignRoot,
      verifier,
    });
    expect(result.ok).toBe(false);
    const stranger = verifierKeyOf(must(generateSignerKey(ORIGIN)));
    const signedRoot = (await store.log.treeHead(40)).root;
    const unsigned = await verifyPeriod(store, {
      fromSize: 12,
      toSize: 30,
      checkpointSize: 40,
      signedRoot,
      verifier: stranger,
    });
    expect(unsigned).toMatchObject({ ok: false, entriesChecked: 0 });
    expect(unsigned.problem).toMatch(/not signed/);
  });
});

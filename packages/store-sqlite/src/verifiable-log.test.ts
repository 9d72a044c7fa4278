import { encodeHash, leafHash, MerkleFrontier, verifyConsistency, verifyInclusion } from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import type { SqliteStore } from './sqlite-store.ts';
import { collect, makeTempDir, type TempDir } from './test-fixtures/temp-dir.ts';

const SIZE = 70;
let temp: TempDir;
let store: SqliteStore;
/** `roots[n]`: the root of the first n leaves, recomputed from the leaf bytes. */
const roots: Buffer[] = [];
const leafHashes: Buffer[] = [];

beforeAll(async () => {
  temp = makeTempDir();
  store = openSqliteStore(temp.file());
  for (let i = 0; i < SIZE; i += 1 + (i % 4)) {
    const count = Math.min(1 + (i % 4), SIZE - i);
    await store.append(
      `s${i % 5}`,
      Array.from({ length: count }, (_, k) => sampleEvent(`s${i % 5}`, { i: i + k })),
    );
  }
  const frontier = new MerkleFrontier();
  roots.push(frontier.root());
  for (const { leaf } of await collect(store.readLeaves(0, SIZE))) {
    leafHashes.push(leafHash(leaf));
    frontier.append(leafHash(leaf));
    roots.push(frontier.root());
  }
});

afterAll(async () => {
  await store.close();
  temp.remove();
});

describe('the verifiable log of a SQLite store', () => {
  it('serves the tree head of every size, equal to a recomputation from the leaves', async () => {
    expect((await store.head()).size).toBe(SIZE);
    for (let size = 0; size <= SIZE; size++) {
      const head = await store.log.treeHead(size);
      expect(head.size).toBe(size);
      expect(Buffer.from(head.root).toString('hex')).toBe(roots[size]!.toString('hex'));
    }
    expect(await store.log.treeHead()).toEqual(await store.log.treeHead(SIZE));
  });

  it('serves the stored leaf hash of every entry', async () => {
    for (let index = 0; index < SIZE; index++) {
      expect(Buffer.from(await store.log.leafHash(index)).equals(leafHashes[index]!)).toBe(true);
    }
  });

  it('serves inclusion proofs that the independent verifier accepts, for every index of several sizes', async () => {
    for (const size of [1, 2, 5, 32, 33, SIZE]) {
      for (let index = 0; index < size; index++) {
        const proof = await store.log.inclusionProof(index, size);
        expect(proof.root).toBe(encodeHash(roots[size]!));
        expect(verifyInclusion(proof, leafHashes[index]!)._tag).toBe('Right');
      }
    }
    expect((await store.log.inclusionProof(3)).size).toBe(SIZE);
  });

  it('serves consistency proofs that the independent verifier accepts, for every pair of sizes', async () => {
    for (let to = 1; to <= SIZE; to += 3) {
      for (let from = 1; from <= to; from++) {
        const proof = await store.log.consistencyProof(from, to);
        expect(proof).toMatchObject({ from, to, fromRoot: encodeHash(roots[from]!), toRoot: encodeHash(roots[to]!) });
        expect(verifyConsistency(proof)._tag).toBe('Right');
      }
    }
    expect((await store.log.consistencyProof(7)).to).toBe(SIZE);
  });

  it('refuses sizes and indexes outside the log with a RangeError', async () => {
    const calls = [
      () => store.log.treeHead(SIZE + 1),
      () => store.log.treeHead(-1),
      () => store.log.treeHead(2.5),
      () => store.log.leafHash(SIZE),
      () => store.log.leafHash(-1),
      () => store.log.inclusionProof(5, 5),
      () => store.log.inclusionProof(0, SIZE + 1),
      () => store.log.consistencyProof(6, 5),
      () => store.log.consistencyProof(1, SIZE + 1),
      () => store.log.saveCheckpoint({ size: SIZE + 1, note: 'ahead\n' }),
    ];
    for (const call of calls) await expect(call()).rejects.toThrow(RangeError);
  });
});

describe('checkpoints of a SQLite store', () => {
  it('keeps checkpoints across reopening and refuses a different note for a stored size', async () => {
    const path = temp.file('checkpoints.db');
    const first = openSqliteStore(path);
    await first.append('c', [sampleEvent('c'), sampleEvent('c')]);
    await first.log.saveCheckpoint({ size: 1, note: 'one\n' });
    await first.log.saveCheckpoint({ size: 2, note: 'two\n' });
    await first.close();
    const again = openSqliteStore(path);
    expect(await again.log.checkpoints()).toEqual([
      { size: 1, note: 'one\n' },
      { size: 2, note: 'two\n' },
    ]);
    await again.log.saveCheckpoint({ size: 2, note: 'two\n' });
    await expect(again.log.saveCheckpoint({ size: 2, note: 'forked\n' })).rejects.toThrow(
      expect.objectContaining({ code: 'GL_CHECKPOINT_CONFLICT' }),
    );
    expect(await again.log.checkpoint(2)).toEqual({ size: 2, note: 'two\n' });
    await again.close();
  });
});

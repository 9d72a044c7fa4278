import { createRequire } from 'node:module';
import { leafHash, MerkleFrontier } from '@govledger/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKER_TREE_SOURCE } from './worker-tree-source.ts';

interface WorkerTree {
  appendLeaf(leaf: Uint8Array): Buffer;
  mark(): void;
  reset(): void;
  readonly size: number;
}

/** The writer thread's tree, evaluated here as the worker evaluates it. */
const createWorkerTree = new Function('require', `${WORKER_TREE_SOURCE}; return createWorkerTree;`)(
  createRequire(import.meta.url),
) as (size: number, subtrees: Uint8Array) => WorkerTree;

const leafOf = (i: number) => Buffer.from(`{"i":${i},"pad":"${'x'.repeat(i % 97)}"}`);

function coreAt(size: number): MerkleFrontier {
  const frontier = new MerkleFrontier();
  for (let i = 0; i < size; i++) frontier.appendBlob(leafHash(leafOf(i)));
  return frontier;
}

describe("the bulk writer's tree", () => {
  it("stores exactly the hashes blob of core's frontier for every entry, from any starting size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 300 }), (start, count) => {
        const core = coreAt(start);
        const tree = createWorkerTree(start, Buffer.concat(core.subtreeHashes()));
        for (let i = start; i < start + count; i++) {
          const leaf = leafOf(i);
          expect(tree.appendLeaf(leaf).equals(core.appendBlob(leafHash(leaf)))).toBe(true);
        }
        expect(tree.size).toBe(start + count);
      }),
      { numRuns: 60 },
    );
  });

  it('forgets the leaves of a failed chunk when reset to its mark', () => {
    const core = coreAt(10);
    const tree = createWorkerTree(10, Buffer.concat(core.subtreeHashes()));
    tree.mark();
    for (let i = 10; i < 17; i++) tree.appendLeaf(Buffer.from('a chunk that failed'));
    tree.reset();
    expect(tree.size).toBe(10);
    for (let i = 10; i < 40; i++)
      expect(tree.appendLeaf(leafOf(i)).equals(core.appendBlob(leafHash(leafOf(i))))).toBe(true);
  });
});

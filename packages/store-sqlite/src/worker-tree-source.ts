/**
 * The Merkle tree extension of a bulk run, as plain JavaScript source for the writer thread.
 *
 * A bulk append's main thread validates and canonicalises; hashing the leaves there too left
 * it the bottleneck while the writer thread idled. So the writer hashes: for each leaf it
 * computes the RFC 6962 leaf hash and the node hashes of every subtree that leaf completes —
 * exactly the `hashes` blob core's `MerkleFrontier.appendBlob` returns. The writer runs as
 * eval'd source (see `write-worker-source.ts`) and cannot load core's TypeScript, hence this
 * second rendering of the same few lines; `worker-tree-source.test.ts` holds it to core's
 * frontier, byte for byte, over many sizes.
 *
 * The source defines `createWorkerTree(size, subtrees)`: `subtrees` are the frontier's
 * perfect-subtree hashes, largest first (core's `subtreeHashes()`), concatenated. The tree it
 * returns has `appendLeaf(leaf) → Buffer` (the entry's hashes blob), `mark()` and `reset()`
 * to undo the leaves of a chunk that failed.
 */
export const WORKER_TREE_SOURCE = `
function createWorkerTree(initialSize, subtrees) {
  const crypto = require('node:crypto');
  const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;
  const sha256 = (bytes) => oneShot ? oneShot('sha256', bytes, 'buffer') : crypto.createHash('sha256').update(bytes).digest();
  let leafScratch = Buffer.alloc(1024);
  const nodeScratch = Buffer.alloc(65);
  nodeScratch[0] = 0x01;
  let size = initialSize;
  let stack = [];
  for (let at = 0; at < subtrees.length; at += 32) stack.push(Buffer.from(subtrees.subarray(at, at + 32)));
  let marked = { size, stack: stack.slice() };
  function leafHash(leaf) {
    if (leafScratch.length < leaf.length + 1) leafScratch = Buffer.alloc(Math.max(leaf.length + 1, leafScratch.length * 2));
    leafScratch[0] = 0x00;
    leafScratch.set(leaf, 1);
    return sha256(leafScratch.subarray(0, leaf.length + 1));
  }
  function nodeHash(left, right) {
    nodeScratch.set(left, 1);
    nodeScratch.set(right, 33);
    return sha256(nodeScratch);
  }
  return {
    appendLeaf(leaf) {
      let hash = leafHash(leaf);
      const completed = [hash];
      let rest = size;
      while (rest % 2 === 1) {
        hash = nodeHash(stack.pop(), hash);
        completed.push(hash);
        rest = (rest - 1) / 2;
      }
      stack.push(hash);
      size += 1;
      return completed.length === 1 ? hash : Buffer.concat(completed, 32 * completed.length);
    },
    mark() { marked = { size, stack: stack.slice() }; },
    reset() { size = marked.size; stack = marked.stack.slice(); },
    get size() { return size; },
  };
}
`;
